import { Injectable } from '@angular/core';
import { CopyEventInput, EventDto, EventInput } from '@markt/shared';
import { Observable } from 'rxjs';
import { ApiCollection } from '../core/http/api-collection';

/** HTTP access to events. Anonymous users and applicants get published events only; staff get all. */
@Injectable({ providedIn: 'root' })
export class EventsService extends ApiCollection<EventDto, EventInput, Partial<EventInput>> {
  protected readonly path = '/api/events';

  get(id: string): Observable<EventDto> {
    return this.http.get<EventDto>(this.url(id));
  }

  /** A new event (a draft) as a copy of this one, with its own title and dates. */
  copy(id: string, input: CopyEventInput): Observable<EventDto> {
    return this.http.post<EventDto>(this.url(id, 'copy'), input);
  }
}
