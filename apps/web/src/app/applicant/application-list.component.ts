import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { LoadStateComponent } from '../ui/load-state.component';
import { DefinitionRowComponent } from '../ui/definition-row.component';
import { StatusBadgeComponent } from '../ui/status-badge.component';
import { ApplicantOverview } from './applicant-overview';

/** The applicant's own applications as cards: project, event, status, deadline. */
@Component({
  selector: 'app-application-list',
  imports: [LoadStateComponent, RouterLink, TranslatePipe, DefinitionRowComponent, StatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let state = overview().state();
    <app-load-state [state]="state" errorKey="applications.loadError" />
    @if (state === 'ready') {
      @if (overview().applications().length === 0) {
        <p>{{ 'applications.none' | t }}</p>
      } @else {
        <ul class="card-list">
          @for (application of overview().applications(); track application.id) {
            @let event = eventsById().get(application.eventId);
            <li>
              <article class="card">
                <h3>
                  <a [routerLink]="['/bewerbungen', application.id]">{{
                    application.projectTitle || ('applications.untitled' | t)
                  }}</a>
                </h3>
                <p [appStatusBadge]="application.status">
                  <span class="visually-hidden">{{ 'applications.status' | t }}: </span>
                </p>
                <dl class="facts">
                  <div appDefinitionRow="applications.event">
                    {{ event?.title ?? ('applications.unknownEvent' | t) }}
                  </div>
                  @if (event) {
                    <div appDefinitionRow="applications.deadline" [date]="event.applicationClosesAt"></div>
                  }
                </dl>
              </article>
            </li>
          }
        </ul>
      }
    }
  `,
})
export class ApplicationListComponent {
  readonly overview = input.required<ApplicantOverview>();

  protected readonly eventsById = computed(
    () =>
      new Map(
        this.overview()
          .events()
          .map((event) => [event.id, event]),
      ),
  );
}
