import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ApplicationListComponent } from './application-list.component';
import { loadApplicantOverview } from './applicant-overview';
import { OpenEventsComponent } from './open-events.component';

/** `/bewerbungen`: all own applications, and where a new one can be started. */
@Component({
  selector: 'app-my-applications-page',
  imports: [ApplicationListComponent, OpenEventsComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'applications.heading' | t }}</h1>
    <p class="lead">{{ 'applications.intro' | t }}</p>
    <app-application-list [overview]="overview" />
    <app-open-events [overview]="overview" />
  `,
})
export class MyApplicationsPage {
  protected readonly overview = loadApplicantOverview();
}
