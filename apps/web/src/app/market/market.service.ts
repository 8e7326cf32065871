import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { PublicMarketDto } from '@markt/shared';
import { Observable } from 'rxjs';

/** HTTP access to the public exhibitor market (no login; the API answers from cache with an ETag). */
@Injectable({ providedIn: 'root' })
export class MarketService {
  private readonly http = inject(HttpClient);

  get(eventId: string): Observable<PublicMarketDto> {
    return this.http.get<PublicMarketDto>(`/api/public/events/${encodeURIComponent(eventId)}/market`);
  }
}
