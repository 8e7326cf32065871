import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PublicExhibitor, PublicMarketDto } from '@markt/shared';
import { LocalDatePipe } from '../core/i18n/date.pipe';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { ExhibitorCardComponent } from './exhibitor-card.component';
import { MarketPlanComponent } from './market-plan.component';
import { filterExhibitors, sortExhibitors, topicsOf } from './market-filter';
import { MarketService } from './market.service';

type MarketState = 'loading' | 'ready' | 'notPublished' | 'error';

/**
 * `/markt/:eventId` (public, mobile first): who exhibits, searchable and filterable by topic, and
 * where their stand is. The list is the text version of the plan; "Stand zeigen" marks the stand on it.
 */
@Component({
  selector: 'app-market-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LocalDatePipe,
    ExhibitorCardComponent,
    MarketPlanComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .facts {
      display: grid;
      gap: 0.25rem 1.5rem;
      margin: 0 0 1rem;
    }
    @media (min-width: 40rem) {
      .facts {
        grid-template-columns: repeat(3, auto);
        justify-content: start;
      }
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
    }
    .filters mat-form-field {
      flex: 1 1 16rem;
    }
    .filters .native-field {
      flex: 0 1 14rem;
      margin-bottom: 1.25rem;
    }
    .count {
      margin: 0 0 0.75rem;
      font-weight: 600;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem 2rem;
    }
    @media (min-width: 64rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr);
        align-items: start;
      }
      .plan {
        position: sticky;
        top: 0.5rem;
      }
      .card-list {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .plan:focus {
      outline: none;
    }
    .plan__scroll {
      overflow: auto;
      border: 1px solid #74777f;
      border-radius: 4px;
      background: #fafafa;
    }
    .plan__scroll app-market-plan {
      min-width: 40rem;
    }
    @media (min-width: 64rem) {
      .plan__scroll app-market-plan {
        min-width: 0;
      }
    }
    .plan__status {
      min-height: 1.5rem;
    }
    .plan__status p {
      margin: 0.5rem 0;
    }
  `,
  template: `
    @switch (state()) {
      @case ('loading') {
        <h1>{{ 'app.name' | t }}</h1>
        <p role="status">{{ 'app.loading' | t }}</p>
      }
      @case ('notPublished') {
        <h1>{{ 'app.name' | t }}</h1>
        <p class="message">{{ 'market.notPublished' | t }}</p>
      }
      @case ('error') {
        <h1>{{ 'app.name' | t }}</h1>
        <p role="alert" class="message message--error">{{ 'market.loadError' | t }}</p>
      }
      @default {
        @if (market(); as m) {
          <h1>{{ m.event.title }}</h1>
          <dl class="facts">
            <div>
              <dt>{{ 'event.date' | t }}</dt>
              <dd>{{ m.event.date | localDate }}</dd>
            </div>
            <div>
              <dt>{{ 'event.time' | t }}</dt>
              <dd>{{ 'event.timeRange' | t: { start: m.event.startTime, end: m.event.endTime } }}</dd>
            </div>
            <div>
              <dt>{{ 'event.venue' | t }}</dt>
              <dd>{{ m.event.venueName }}, {{ m.event.venueAddress }}</dd>
            </div>
          </dl>
          <p class="lead">{{ 'market.intro' | t }}</p>

          <div class="layout">
            <section aria-labelledby="exhibitors-heading">
              <h2 id="exhibitors-heading">{{ 'market.exhibitorsHeading' | t }}</h2>
              <div class="filters" role="search" [attr.aria-label]="'market.filterHeading' | t">
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'market.search' | t }}</mat-label>
                  <input
                    matInput
                    type="search"
                    autocomplete="off"
                    [value]="query()"
                    (input)="query.set($any($event.target).value)"
                  />
                  <mat-hint>{{ 'market.searchHint' | t }}</mat-hint>
                </mat-form-field>
                @if (topics().length) {
                  <label class="native-field">
                    {{ 'market.topic' | t }}
                    <select [value]="topic()" (change)="topic.set($any($event.target).value)">
                      <option value="">{{ 'market.allTopics' | t }}</option>
                      @for (t of topics(); track t) {
                        <option [value]="t" [selected]="t === topic()">{{ t }}</option>
                      }
                    </select>
                  </label>
                }
              </div>
              <p class="count" role="status">
                {{ 'market.count' | t: { shown: shown().length, total: m.exhibitors.length } }}
              </p>
              @if (shown().length) {
                <ul class="card-list">
                  @for (e of shown(); track e.id) {
                    <li>
                      <app-exhibitor-card
                        [exhibitor]="e"
                        [active]="e.standId !== null && e.standId === highlighted()?.standId"
                        (showStand)="showStand($event)"
                      />
                    </li>
                  }
                </ul>
              } @else {
                <p>{{ 'market.none' | t }}</p>
                <button mat-stroked-button type="button" (click)="reset()">{{ 'market.reset' | t }}</button>
              }
            </section>

            <section class="plan" aria-labelledby="plan-heading">
              <h2 id="plan-heading">{{ 'market.planHeading' | t }}</h2>
              @if (m.plan; as plan) {
                <div class="plan__status" role="status">
                  @if (highlighted(); as h) {
                    <p>{{ 'market.highlighted' | t: { number: h.standNumber, name: h.organisationName } }}</p>
                  }
                </div>
                <div class="plan__scroll" #planScroll tabindex="0" role="group" aria-labelledby="plan-heading">
                  <app-market-plan [plan]="plan" [label]="planLabel()" [highlighted]="highlighted()?.standId ?? null" />
                </div>
                <p class="hint">{{ 'market.planHint' | t }}</p>
                @if (highlighted(); as h) {
                  <button mat-stroked-button type="button" (click)="backToList(h)">
                    {{ 'market.backToList' | t: { name: h.organisationName } }}
                  </button>
                }
              } @else {
                <p>{{ 'market.noPlan' | t }}</p>
              }
            </section>
          </div>
        }
      }
    }
  `,
})
export class MarketPage {
  readonly eventId = input.required<string>();
  private readonly service = inject(MarketService);
  private readonly i18n = inject(I18nService);
  private readonly titleStrategy = inject(TitleStrategy);
  private readonly injector = inject(Injector);
  private readonly planScroll = viewChild<ElementRef<HTMLElement>>('planScroll');
  private readonly planDrawing = viewChild(MarketPlanComponent);

  protected readonly state = signal<MarketState>('loading');
  protected readonly market = signal<PublicMarketDto | null>(null);
  protected readonly query = signal('');
  protected readonly topic = signal('');
  protected readonly highlighted = signal<PublicExhibitor | null>(null);

  private readonly sorted = computed(() => sortExhibitors(this.market()?.exhibitors ?? []));
  protected readonly topics = computed(() => topicsOf(this.sorted()));
  protected readonly shown = computed(() =>
    filterExhibitors(this.sorted(), { query: this.query(), topic: this.topic() }),
  );
  protected readonly planLabel = computed(() => {
    const stands = this.market()?.plan?.stands.length ?? 0;
    const h = this.highlighted();
    return h
      ? this.i18n.t('market.planLabelHighlighted', { stands, number: h.standNumber })
      : this.i18n.t('market.planLabel', { stands });
  });

  constructor() {
    effect((onCleanup) => {
      const id = this.eventId();
      this.state.set('loading');
      this.highlighted.set(null);
      const subscription = this.service.get(id).subscribe({
        next: (market) => {
          this.market.set(market);
          this.state.set('ready');
          if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(market.event.title);
        },
        error: (error: unknown) => this.state.set(isNotPublished(error) ? 'notPublished' : 'error'),
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected showStand(exhibitor: PublicExhibitor): void {
    const standId = exhibitor.standId;
    if (!standId) return;
    this.highlighted.set(exhibitor);
    afterNextRender(
      () => {
        this.planScroll()?.nativeElement.focus({ preventScroll: true });
        this.planDrawing()?.scrollToStand(standId);
      },
      { injector: this.injector },
    );
  }

  protected backToList(exhibitor: PublicExhibitor): void {
    const button = document.getElementById('show-' + exhibitor.id);
    if (button) {
      button.focus();
      return;
    }
    // Filtered out meanwhile: show everyone again, then return to the exhibitor.
    this.reset();
    afterNextRender(() => document.getElementById('show-' + exhibitor.id)?.focus(), { injector: this.injector });
  }

  protected reset(): void {
    this.query.set('');
    this.topic.set('');
  }
}

/** 404: not published (or no such event); 400: not an event id at all. Both mean there is no market to show. */
function isNotPublished(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
}
