import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { EventListComponent } from '../events/event-list.component';
import { loadEvents } from '../events/events-loader';

/** Home page of reviewers and admins: all events (drafts included); admins also get management links. */
@Component({
  selector: 'app-staff-home-page',
  imports: [RouterLink, EventListComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ (auth.isAdmin() ? 'home.admin.heading' : 'home.reviewer.heading') | t }}</h1>
    <p class="lead">{{ 'home.staff.intro' | t }}</p>
    @if (auth.isAdmin()) {
      <section aria-labelledby="admin-actions-heading">
        <h2 id="admin-actions-heading">{{ 'home.admin.actions' | t }}</h2>
        <ul class="actions">
          <li>
            <a class="button-link button-link--primary" routerLink="/verwaltung/veranstaltungen/neu">{{
              'nav.newEvent' | t
            }}</a>
          </li>
          <li>
            <a class="button-link" routerLink="/verwaltung/personal">{{ 'title.staff' | t }}</a>
          </li>
          <li>
            <a class="button-link" routerLink="/verwaltung/postausgang">{{ 'nav.outbox' | t }}</a>
          </li>
          <li>
            <a class="button-link" routerLink="/verwaltung/aufbewahrung">{{ 'title.retention' | t }}</a>
          </li>
        </ul>
      </section>
    }
    <section aria-labelledby="all-events-heading">
      <h2 id="all-events-heading">{{ 'home.allEvents' | t }}</h2>
      <app-event-list
        [events]="list.events()"
        [state]="list.state()"
        [headingLevel]="3"
        [editable]="auth.isAdmin()"
        [reviewable]="true"
      />
    </section>
  `,
})
export class StaffHomePage {
  protected readonly auth = inject(AuthService);
  protected readonly list = loadEvents();
}
