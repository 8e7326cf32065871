import { DestroyRef, Injectable, computed, effect, inject, signal } from '@angular/core';
import { immediateResource } from '../core/immediate-resource';
import { isUnknown } from '../core/loaded';
import { PageTitleService } from '../core/page-title.service';
import { routeParam } from '../core/route-params';
import { CurrentEventService } from '../events/current-event.service';
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
  private readonly eventId = routeParam('eventId');

  /** The stand marked on the plan: chosen in the list or tapped in the plan. */
  readonly standId = signal<string | null>(null);
  // Not rxResource: on the server-rendered page the transferred market arrives at once, and hydration's first
  // render must show it as the server did, not 'loading'.
  private readonly loaded = immediateResource(this.eventId, (eventId) => {
    this.standId.set(null);
    return this.service.get(eventId);
  });
  readonly market = computed(() => this.loaded.value() ?? null);
  readonly state = computed<MarketState>(() =>
    this.loaded.state() === 'error' && isUnknown(this.loaded.error()) ? 'notPublished' : this.loaded.state(),
  );

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
    effect(() => {
      const market = this.market();
      if (!market) return;
      this.currentEvent.show(market.event);
      this.pageTitle.set(market.event.title);
    });
    inject(DestroyRef).onDestroy(() => this.currentEvent.show(null));
  }
}
