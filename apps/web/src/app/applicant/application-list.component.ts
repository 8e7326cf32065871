import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApplicationDto, EventDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { LoadStateComponent } from '../ui/load-state.component';
import { LoadState } from '../core/loaded';
import { DefinitionRowComponent } from '../ui/definition-row.component';
import { StatusBadgeComponent } from '../ui/status-badge.component';

/** The applicant's own applications as cards: project, event, status, deadline. */
@Component({
  selector: 'app-application-list',
  imports: [LoadStateComponent, RouterLink, TranslatePipe, DefinitionRowComponent, StatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-load-state [state]="state()" errorKey="applications.loadError" />
    @if (state() === 'ready') {
      @if (applications().length === 0) {
        <p>{{ 'applications.none' | t }}</p>
      } @else {
        <ul class="card-list">
          @for (application of applications(); track application.id) {
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
  readonly applications = input.required<ApplicationDto[]>();
  readonly events = input.required<EventDto[]>();
  readonly state = input<LoadState>('ready');

  protected readonly eventsById = computed(() => new Map(this.events().map((event) => [event.id, event])));
}
