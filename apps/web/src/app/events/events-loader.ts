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
