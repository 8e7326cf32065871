import { isPlatformServer } from '@angular/common';
import { Injectable, PLATFORM_ID, StateKey, TransferState, inject, makeStateKey } from '@angular/core';
import { EventDto } from '@markt/shared';
import type { MarketView } from '../../market/market-filter';

/** The header's open event (see CurrentEventService). */
export const OPEN_EVENT_KEY = makeStateKey<{ event: EventDto | null }>('markt.openEvent');
/** The event the header of a rendered page names (see CurrentEventService.show); absent: the open event. */
export const HEADER_EVENT_KEY = makeStateKey<{ id: string; title: string }>('markt.headerEvent');
/** The market `/markt/:eventId` was rendered with, as the page shows it; `view` null: not published. */
export const MARKET_KEY = makeStateKey<{ eventId: string; view: MarketView | null }>('markt.market');

/**
 * Data a server-rendered page was drawn with. The server puts it into TransferState (it travels in
 * the HTML); the browser reads it once while it hydrates, so its first render matches the HTML it
 * takes over: no second request, no flash, no layout shift. Later reads go to the API again.
 */
@Injectable({ providedIn: 'root' })
export class TransferredData {
  private readonly state = inject(TransferState);
  private readonly server = isPlatformServer(inject(PLATFORM_ID));

  /** Puts a value in (server side). */
  set<T>(key: StateKey<T>, value: T): void {
    this.state.set(key, value);
  }

  /**
   * The transferred value of `key`, or undefined. In the browser it is used up, so only the first
   * read after hydration gets it; on the server it stays, as it still has to be sent along.
   */
  take<T>(key: StateKey<T>): T | undefined {
    if (!this.state.hasKey(key)) return undefined;
    const value = this.state.get<T | null>(key, null);
    if (!this.server) this.state.remove(key);
    return value ?? undefined;
  }
}
