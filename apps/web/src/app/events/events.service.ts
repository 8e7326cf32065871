import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CopyEventInput, EventDto, EventInput } from '@markt/shared';
import { Observable } from 'rxjs';

/** HTTP access to events. Anonymous users and applicants get published events only; staff get all. */
@Injectable({ providedIn: 'root' })
export class EventsService {
  private readonly http = inject(HttpClient);

  list(): Observable<EventDto[]> {
    return this.http.get<EventDto[]>('/api/events');
  }

  get(id: string): Observable<EventDto> {
    return this.http.get<EventDto>(`/api/events/${encodeURIComponent(id)}`);
  }

  create(input: EventInput): Observable<EventDto> {
    return this.http.post<EventDto>('/api/events', input);
  }

  update(id: string, input: Partial<EventInput>): Observable<EventDto> {
    return this.http.patch<EventDto>(`/api/events/${encodeURIComponent(id)}`, input);
  }

  /** A new event (a draft) as a copy of this one, with its own title and dates. */
  copy(id: string, input: CopyEventInput): Observable<EventDto> {
    return this.http.post<EventDto>(`/api/events/${encodeURIComponent(id)}/copy`, input);
  }
}
