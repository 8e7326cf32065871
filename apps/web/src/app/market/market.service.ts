import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { PublicMarketDto } from '@markt/shared';
import { Observable, map, of, throwError } from 'rxjs';
import { MARKET_KEY, TransferredData } from '../core/ssr/transferred-data';
import { MarketView, toMarketView } from './market-filter';

/** HTTP access to the public exhibitor market (no login; the API answers from cache with an ETag). */
@Injectable({ providedIn: 'root' })
export class MarketService {
  private readonly http = inject(HttpClient);
  private readonly transferred = inject(TransferredData);

  /** The market ready to show; fails like the API (404) where it is not published. */
  get(eventId: string): Observable<MarketView> {
    // The server rendered this page with the market already: take that over instead of asking again.
    const rendered = this.transferred.take(MARKET_KEY);
    if (rendered?.eventId === eventId) {
      return rendered.view
        ? of(rendered.view)
        : throwError(() => new HttpErrorResponse({ status: 404, statusText: 'Not Found', url: this.url(eventId) }));
    }
    return this.http.get<PublicMarketDto>(this.url(eventId)).pipe(map(toMarketView));
  }

  private url(eventId: string): string {
    return `/api/public/events/${encodeURIComponent(eventId)}/market`;
  }
}
