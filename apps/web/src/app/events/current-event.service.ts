import { Injectable, computed, inject, signal } from '@angular/core';
import { EventDto, EventStatus } from '@markt/shared';
import { HEADER_EVENT_KEY, OPEN_EVENT_KEY, TransferredData } from '../core/ssr/transferred-data';
import { EventsService } from './events.service';

/** What the header needs to name and link an event. */
export type HeaderEvent = Pick<EventDto, 'id' | 'title'>;

/** The event named in the header: the one a page is about, else the first one open for applications. */
@Injectable({ providedIn: 'root' })
export class CurrentEventService {
  private readonly events = inject(EventsService);
  private readonly transferred = inject(TransferredData);
  readonly openEvent = signal<EventDto | null>(null);
  /** Set by a page about one event (the public market of 2025 names 2025, not the open 2027 event). */
  private readonly shown = signal<HeaderEvent | null>(this.transferred.take(HEADER_EVENT_KEY) ?? null);
  readonly headerEvent = computed<HeaderEvent | null>(() => this.shown() ?? this.openEvent());

  /** The event the current page is about; null when it is left. */
  show(event: HeaderEvent | null): void {
    this.shown.set(event && { id: event.id, title: event.title });
  }

  refresh(): void {
    // A server-rendered page brings the event its header was drawn with.
    const rendered = this.transferred.take(OPEN_EVENT_KEY);
    if (rendered) {
      this.openEvent.set(rendered.event);
      return;
    }
    this.events.list().subscribe({
      next: (events) => this.openEvent.set(events.find((event) => event.status === EventStatus.Open) ?? null),
      error: () => this.openEvent.set(null),
    });
  }
}
