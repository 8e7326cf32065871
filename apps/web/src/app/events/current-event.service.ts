import { Injectable, inject, signal } from '@angular/core';
import { EventDto, EventStatus } from '@markt/shared';
import { EventsService } from './events.service';

/** The event shown in the header: the first one open for applications. */
@Injectable({ providedIn: 'root' })
export class CurrentEventService {
  private readonly events = inject(EventsService);
  readonly openEvent = signal<EventDto | null>(null);

  refresh(): void {
    this.events.list().subscribe({
      next: (events) => this.openEvent.set(events.find((event) => event.status === EventStatus.Open) ?? null),
      error: () => this.openEvent.set(null),
    });
  }
}
