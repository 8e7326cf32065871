import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';
import { PageTitleService } from '../core/page-title.service';
import { CurrentEventService } from '../events/current-event.service';
import { MarketView } from './market-filter';
import { MarketService } from './market.service';

export type MarketState = 'loading' | 'ready' | 'notPublished' | 'error';

/**
 * The market page's data: the market of one event, the stand marked on its plan and who is there. While the
 * page is open the header names this market's event, not whichever event is open for applications. Provided by
 * the page.
 */
@Injectable()
export class MarketStore {
  private readonly service = inject(MarketService);
  private readonly pageTitle = inject(PageTitleService);
  private readonly currentEvent = inject(CurrentEventService);

  readonly state = signal<MarketState>('loading');
  readonly market = signal<MarketView | null>(null);
  /** The stand marked on the plan: chosen in the list or tapped in the plan. */
  readonly standId = signal<string | null>(null);

  readonly standNumber = computed(
    () => this.market()?.plan?.stands.find((s) => s.id === this.standId())?.number ?? null,
  );
  readonly onStand = computed(() =>
    (this.market()?.exhibitors ?? []).filter((e) => e.standId !== null && e.standId === this.standId()),
  );
  readonly onStandNames = computed(() =>
    this.onStand()
      .map((e) => e.organisationName)
      .join(', '),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.currentEvent.show(null));
  }

  /** Loads the market of an event; the page unsubscribes when the event changes or it closes. */
  load(eventId: string): Subscription {
    this.state.set('loading');
    this.standId.set(null);
    return this.service.get(eventId).subscribe({
      next: (market) => {
        this.market.set(market);
        this.state.set('ready');
        this.currentEvent.show(market.event);
        this.pageTitle.set(market.event.title);
      },
      error: (error: unknown) => this.state.set(isNotPublished(error) ? 'notPublished' : 'error'),
    });
  }
}

/** 404: not published (or no such event); 400: not an event id at all. Both mean there is no market to show. */
function isNotPublished(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
}
