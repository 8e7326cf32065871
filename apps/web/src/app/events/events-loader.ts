import { DestroyRef, inject, signal } from '@angular/core';
import { EventDto } from '@markt/shared';
import { EventsService } from './events.service';

export type LoadState = 'loading' | 'ready' | 'error';

/** Loads the event list for a page; call inside an injection context (a field initialiser). */
export function loadEvents() {
  const service = inject(EventsService);
  const destroyRef = inject(DestroyRef);
  const events = signal<EventDto[]>([]);
  const state = signal<LoadState>('loading');
  const subscription = service.list().subscribe({
    next: (list) => {
      events.set(list);
      state.set('ready');
    },
    error: () => state.set('error'),
  });
  destroyRef.onDestroy(() => subscription.unsubscribe());
  return { events: events.asReadonly(), state: state.asReadonly() };
}
