import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ApplicationListComponent } from './application-list.component';
import { EmailVerificationNoticeComponent } from './email-verification-notice.component';
import { loadApplicantOverview } from './applicant-overview';
import { OpenEventsComponent } from './open-events.component';

/** Home page of applicants: their applications and the events open for applications. */
@Component({
  selector: 'app-applicant-home-page',
  imports: [ApplicationListComponent, EmailVerificationNoticeComponent, OpenEventsComponent, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'home.applicant.heading' | t: { name: auth.user()?.name } }}</h1>
    <p class="lead">{{ 'home.applicant.intro' | t }}</p>
    <app-email-verification-notice />
    <section aria-labelledby="my-applications-heading">
      <h2 id="my-applications-heading">
        <a routerLink="/bewerbungen">{{ 'applications.heading' | t }}</a>
      </h2>
      <app-application-list [overview]="overview" />
    </section>
    <app-open-events [overview]="overview" />
  `,
})
export class ApplicantHomePage {
  protected readonly auth = inject(AuthService);
  protected readonly overview = loadApplicantOverview();
}
