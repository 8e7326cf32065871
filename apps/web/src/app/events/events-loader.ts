import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { LoadState, loadState, loaded } from '../core/loaded';
import { EventsService } from './events.service';

export type { LoadState } from '../core/loaded';

/** Loads the event list for a page; call inside an injection context (a field initialiser). */
export function loadEvents() {
  const service = inject(EventsService);
  const list = rxResource({ stream: () => service.list() });
  return {
    events: computed(() => loaded(list) ?? []),
    state: computed<LoadState>(() => loadState(list)),
  };
}

/**
 * Loads one event for a page, by the id `id` gives (nothing while it gives undefined); call inside an injection
 * context (a field initialiser).
 */
export function loadEvent(id: () => string | undefined) {
  const service = inject(EventsService);
  return rxResource({ params: id, stream: ({ params }) => service.get(params) });
}
