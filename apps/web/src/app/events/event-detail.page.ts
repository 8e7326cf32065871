import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink, TitleStrategy } from '@angular/router';
import { EventDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { LocalDatePipe, LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { LoadState } from './events-loader';
import { EventsService } from './events.service';

@Component({
  selector: 'app-event-detail-page',
  imports: [RouterLink, TranslatePipe, LocalDatePipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state()) {
      @case ('loading') {
        <h1>{{ 'title.eventDetail' | t }}</h1>
        <p role="status">{{ 'app.loading' | t }}</p>
      }
      @case ('error') {
        <h1>{{ 'title.eventDetail' | t }}</h1>
        <p role="alert" class="message message--error">{{ 'event.notFound' | t }}</p>
      }
      @default {
        @if (event(); as ev) {
          <h1>{{ ev.title }}</h1>
          <p [class]="'badge badge--' + ev.status">{{ 'status.' + ev.status | t }}</p>
          @if (ev.description) {
            <h2>{{ 'event.description' | t }}</h2>
            <p class="prewrap">{{ ev.description }}</p>
          }
          <dl class="facts facts--wide">
            <div>
              <dt>{{ 'event.date' | t }}</dt>
              <dd>{{ ev.date | localDate }}</dd>
            </div>
            <div>
              <dt>{{ 'event.time' | t }}</dt>
              <dd>{{ 'event.timeRange' | t: { start: ev.startTime, end: ev.endTime } }}</dd>
            </div>
            <div>
              <dt>{{ 'event.venue' | t }}</dt>
              <dd>{{ ev.venueName }}<br />{{ ev.venueAddress }}</dd>
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
            <div>
              <dt>{{ 'event.standsPlanned' | t }}</dt>
              <dd>{{ ev.standsPlanned }}</dd>
            </div>
          </dl>
          @if (ev.topics.length) {
            <h2>{{ 'event.topics' | t }}</h2>
            <ul class="chips">
              @for (topic of ev.topics; track $index) {
                <li>{{ topic }}</li>
              }
            </ul>
          }
          @if (auth.isStaff() && ev.reviewCriteria.length) {
            <h2>{{ 'event.criteria' | t }}</h2>
            <ul>
              @for (c of ev.reviewCriteria; track $index) {
                <li>{{ 'event.criterionRange' | t: { label: c.label, min: c.min, max: c.max } }}</li>
              }
            </ul>
          }
          @if (ev.marketPublished) {
            <p>
              <a class="button-link button-link--primary" [routerLink]="['/markt', ev.id]">{{ 'market.link' | t }}</a>
            </p>
          }
          @if (auth.isAdmin()) {
            <p>
              <a class="button-link" [routerLink]="['/verwaltung/veranstaltungen', ev.id]">{{ 'event.edit' | t }}</a>
              <a class="button-link" [routerLink]="['/verwaltung/veranstaltungen', ev.id, 'hallenplan']">{{
                'floorPlan.link' | t
              }}</a>
              <a class="button-link" [routerLink]="['/verwaltung/veranstaltungen', ev.id, 'zuteilung']">{{
                'assign.link' | t
              }}</a>
              <a class="button-link" [routerLink]="['/verwaltung/veranstaltungen', ev.id, 'druck']">{{
                'print.link' | t
              }}</a>
            </p>
          }
        }
      }
    }
    <p>
      <a routerLink="/veranstaltungen">{{ 'event.back' | t }}</a>
    </p>
  `,
})
export class EventDetailPage {
  readonly id = input.required<string>();
  protected readonly auth = inject(AuthService);
  private readonly events = inject(EventsService);
  private readonly titleStrategy = inject(TitleStrategy);
  protected readonly event = signal<EventDto | null>(null);
  protected readonly state = signal<LoadState>('loading');

  constructor() {
    effect((onCleanup) => {
      const id = this.id();
      this.state.set('loading');
      const subscription = this.events.get(id).subscribe({
        next: (event) => {
          this.event.set(event);
          this.state.set('ready');
          if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
        },
        error: () => this.state.set('error'),
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
