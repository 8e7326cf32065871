import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { EventListComponent } from '../events/event-list.component';
import { loadEvents } from '../events/events-loader';
import { SectionComponent } from '../ui/section.component';

/** The admins' links, the main one (a new event) first. */
const ADMIN_LINKS = [
  { path: '/verwaltung/veranstaltungen/neu', key: 'nav.newEvent' },
  { path: '/verwaltung/personal', key: 'title.staff' },
  { path: '/verwaltung/postausgang', key: 'nav.outbox' },
  { path: '/verwaltung/aufbewahrung', key: 'title.retention' },
];

/** Home page of reviewers and admins: all events (drafts included); admins also get management links. */
@Component({
  selector: 'app-staff-home-page',
  imports: [RouterLink, EventListComponent, TranslatePipe, SectionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ (auth.isAdmin() ? 'home.admin.heading' : 'home.reviewer.heading') | t }}</h1>
    <p class="lead">{{ 'home.staff.intro' | t }}</p>
    @if (auth.isAdmin()) {
      <app-section heading="home.admin.actions">
        <ul class="actions">
          @for (link of adminLinks; track link.path; let first = $first) {
            <li>
              <a class="button-link" [class.button-link--primary]="first" [routerLink]="link.path">{{
                link.key | t
              }}</a>
            </li>
          }
        </ul>
      </app-section>
    }
    <app-section heading="home.allEvents">
      <app-event-list
        [events]="list.events()"
        [state]="list.state()"
        [headingLevel]="3"
        [editable]="auth.isAdmin()"
        reviewable
      />
    </app-section>
  `,
})
export class StaffHomePage {
  protected readonly adminLinks = ADMIN_LINKS;
  protected readonly auth = inject(AuthService);
  protected readonly list = loadEvents();
}
