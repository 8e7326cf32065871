import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EventDto, isApplicationWindowOpen } from '@markt/shared';
import { LocalDatePipe, LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** One event as a card: title (link to details), date, time, venue and application period. */
@Component({
  selector: 'app-event-summary',
  imports: [RouterLink, TranslatePipe, LocalDatePipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let ev = event();
    <article class="card event-summary">
      @if (headingLevel() === 2) {
        <h2 class="event-summary__title">
          <a [routerLink]="['/veranstaltungen', ev.id]">{{ ev.title }}</a>
        </h2>
      } @else {
        <h3 class="event-summary__title">
          <a [routerLink]="['/veranstaltungen', ev.id]">{{ ev.title }}</a>
        </h3>
      }
      <p [class]="'badge badge--' + ev.status">{{ 'status.' + ev.status | t }}</p>
      <dl class="facts">
        <div>
          <dt>{{ 'event.date' | t }}</dt>
          <dd>{{ ev.date | localDate }}, {{ 'event.timeRange' | t: { start: ev.startTime, end: ev.endTime } }}</dd>
        </div>
        <div>
          <dt>{{ 'event.venue' | t }}</dt>
          <dd>{{ ev.venueName }}</dd>
        </div>
        <div>
          <dt>{{ 'event.applicationPeriod' | t }}</dt>
          <dd>
            {{
              'event.periodRange'
                | t: { from: (ev.applicationOpensAt | localDateTime), to: (ev.applicationClosesAt | localDateTime) }
            }}
          </dd>
        </div>
      </dl>
      <p class="event-summary__window">
        @switch (windowState()) {
          @case ('open') {
            <strong>{{ 'event.windowOpen' | t: { date: (ev.applicationClosesAt | localDateTime) } }}</strong>
          }
          @case ('notYet') {
            {{ 'event.windowNotYet' | t: { date: (ev.applicationOpensAt | localDateTime) } }}
          }
          @default {
            {{ 'event.windowClosed' | t }}
          }
        }
      </p>
      @if (reviewable() || editable()) {
        <p class="actions">
          @if (reviewable()) {
            <!-- aria-label: a visually hidden span adds a space before the colon in the accessible name -->
            <a
              class="button-link button-link--primary"
              [routerLink]="['/pruefung', ev.id]"
              [attr.aria-label]="'common.actionFor' | t: { action: ('review.openList' | t), name: ev.title }"
            >
              {{ 'review.openList' | t }}
            </a>
          }
          @if (editable()) {
            <a
              class="button-link"
              [routerLink]="['/verwaltung/veranstaltungen', ev.id]"
              [attr.aria-label]="'common.actionFor' | t: { action: ('event.edit' | t), name: ev.title }"
            >
              {{ 'event.edit' | t }}
            </a>
            <a
              class="button-link"
              [routerLink]="['/verwaltung/veranstaltungen', ev.id, 'kopieren']"
              [attr.aria-label]="'common.actionFor' | t: { action: ('eventCopy.action' | t), name: ev.title }"
            >
              {{ 'eventCopy.action' | t }}
            </a>
          }
        </p>
      }
    </article>
  `,
})
export class EventSummaryComponent {
  readonly event = input.required<EventDto>();
  readonly headingLevel = input<2 | 3>(2);
  readonly editable = input(false);
  readonly reviewable = input(false);

  protected readonly windowState = computed(() => {
    const event = this.event();
    const now = new Date();
    if (isApplicationWindowOpen(event, now)) return 'open';
    if (event.status === 'open' && now < new Date(event.applicationOpensAt)) return 'notYet';
    return 'closed';
  });
}
