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
    <app-application-list
      [applications]="overview.applications()"
      [events]="overview.events()"
      [state]="overview.state()"
    />
    @if (overview.state() === 'ready') {
      <section aria-labelledby="open-events-heading">
        <h2 id="open-events-heading">{{ 'applications.openEvents' | t }}</h2>
        <app-open-events [events]="overview.openEvents()" [applications]="overview.applications()" />
      </section>
    }
  `,
})
export class MyApplicationsPage {
  protected readonly overview = loadApplicantOverview();
}
