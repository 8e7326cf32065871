import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { isApplicationWindowOpen } from '@markt/shared';
import { forkJoin } from 'rxjs';
import { LoadState, loadState, loaded } from '../core/loaded';
import { EventsService } from '../events/events.service';
import { ApplicationsService } from './applications.service';

/** What the applicant's overview pages show: own applications, the events, those open for applications. */
export type ApplicantOverview = ReturnType<typeof loadApplicantOverview>;

/** Loads the applicant's applications and the events for a page; call in an injection context. */
export function loadApplicantOverview() {
  const applicationsService = inject(ApplicationsService);
  const eventsService = inject(EventsService);
  const overview = rxResource({
    stream: () => forkJoin({ applications: applicationsService.listOwn(), events: eventsService.list() }),
  });
  const events = computed(() => loaded(overview)?.events ?? []);
  return {
    applications: computed(() => loaded(overview)?.applications ?? []),
    events,
    openEvents: computed(() => events().filter((event) => isApplicationWindowOpen(event))),
    state: computed<LoadState>(() => loadState(overview)),
  };
}
