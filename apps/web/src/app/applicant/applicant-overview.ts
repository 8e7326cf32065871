import { DestroyRef, computed, inject, signal } from '@angular/core';
import { ApplicationDto, EventDto, isApplicationWindowOpen } from '@markt/shared';
import { forkJoin } from 'rxjs';
import { LoadState } from '../events/events-loader';
import { EventsService } from '../events/events.service';
import { ApplicationsService } from './applications.service';

/** Loads the applicant's applications and the events for a page; call in an injection context. */
export function loadApplicantOverview() {
  const applicationsService = inject(ApplicationsService);
  const eventsService = inject(EventsService);
  const applications = signal<ApplicationDto[]>([]);
  const events = signal<EventDto[]>([]);
  const state = signal<LoadState>('loading');
  const subscription = forkJoin([applicationsService.listOwn(), eventsService.list()]).subscribe({
    next: ([ownApplications, allEvents]) => {
      applications.set(ownApplications);
      events.set(allEvents);
      state.set('ready');
    },
    error: () => state.set('error'),
  });
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  return {
    applications: applications.asReadonly(),
    events: events.asReadonly(),
    openEvents: computed(() => events().filter((event) => isApplicationWindowOpen(event))),
    state: state.asReadonly(),
  };
}
