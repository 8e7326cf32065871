import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApplicationHistoryComponent } from '../applicant/application-history.component';
import { statusKey } from '../applicant/application-status';
import { ApplicationSummaryComponent } from '../applicant/application-summary.component';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PageTitleService } from '../core/page-title.service';
import { LoadStateComponent } from '../ui/load-state.component';
import { ApplicationReviewStore } from './application-review.store';
import { DecisionFormComponent } from './decision-form.component';
import { NotesComponent } from './notes.component';
import { OtherReviewsComponent } from './other-reviews.component';
import { RequestChangesFormComponent } from './request-changes-form.component';
import { ReviewChangesComponent } from './review-changes.component';
import { ReviewFactsComponent } from './review-facts.component';
import { ReviewFormComponent } from './review-form.component';
import { StagedDecisionNoteComponent } from './staged-decision-note.component';

/** `/pruefung/bewerbungen/:id`: everything the applicant gave, own review, others' reviews, notes, and (admins) the decision. */
@Component({
  selector: 'app-application-review-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    ApplicationSummaryComponent,
    ReviewFactsComponent,
    ReviewFormComponent,
    NotesComponent,
    DecisionFormComponent,
    ApplicationHistoryComponent,
    OtherReviewsComponent,
    RequestChangesFormComponent,
    ReviewChangesComponent,
    StagedDecisionNoteComponent,
    LoadStateComponent,
  ],
  providers: [ApplicationReviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './application-review.page.scss',
  templateUrl: './application-review.page.html',
})
export class ApplicationReviewPage {
  protected readonly store = inject(ApplicationReviewStore);
  protected readonly statusLabel = statusKey;

  constructor() {
    inject(PageTitleService).detail(() => this.store.title());
  }
}
