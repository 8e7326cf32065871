import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApplicationStatus } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PageTitleService } from '../core/page-title.service';
import { LoadStateComponent } from '../ui/load-state.component';
import { StatusBadgeComponent } from '../ui/status-badge.component';
import { ApplicantStandComponent } from './applicant-stand.component';
import { ApplicationFormComponent } from './application-form.component';
import { ApplicationStatusComponent } from './application-status.component';
import { ApplicationSummaryComponent } from './application-summary.component';
import { ApplicationStore } from './application.store';
import { ChangeRequestNoticeComponent } from './change-request-notice.component';
import { EmailVerificationNoticeComponent } from './email-verification-notice.component';

/**
 * `/bewerbungen/:id`: a draft opens in the form; a submitted application shows its status, history
 * and a summary, and opens in the same form (`?schritt=`) while it may still be changed.
 */
@Component({
  selector: 'app-application-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    ApplicationFormComponent,
    ApplicationStatusComponent,
    ApplicationSummaryComponent,
    EmailVerificationNoticeComponent,
    ChangeRequestNoticeComponent,
    ApplicantStandComponent,
    StatusBadgeComponent,
    LoadStateComponent,
  ],
  providers: [ApplicationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application.page.html',
})
export class ApplicationPage {
  protected readonly store = inject(ApplicationStore);
  protected readonly draft = ApplicationStatus.Draft;

  constructor() {
    inject(PageTitleService).detail(() => this.store.eventTitle());
  }
}
