import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { EventStatus } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { EventListComponent } from '../events/event-list.component';
import { loadEvents } from '../events/events-loader';

/** Home page of applicants: open events with their application deadlines. */
@Component({
  selector: 'app-applicant-home-page',
  imports: [EventListComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'home.applicant.heading' | t: { name: auth.user()?.name } }}</h1>
    <p class="lead">{{ 'home.applicant.intro' | t }}</p>
    <section aria-labelledby="open-events-heading">
      <h2 id="open-events-heading">{{ 'home.openEvents' | t }}</h2>
      <app-event-list [events]="openEvents()" [state]="list.state()" [headingLevel]="3" emptyKey="home.noOpenEvents" />
    </section>
  `,
})
export class ApplicantHomePage {
  protected readonly auth = inject(AuthService);
  protected readonly list = loadEvents();
  protected readonly openEvents = computed(() => this.list.events().filter((e) => e.status === EventStatus.Open));
}
