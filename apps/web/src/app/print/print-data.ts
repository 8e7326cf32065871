import { inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { AssignmentsView } from '@markt/shared';
import { catchError, forkJoin, map, of } from 'rxjs';
import { EventsService } from '../events/events.service';
import { FloorPlanService } from '../floor-plan/floor-plan.service';

const NO_ASSIGNMENTS: AssignmentsView = { assignments: [], unplaced: [], candidates: [], conflicts: [] };

/**
 * Loads what the printed sheet is drawn from, for the event `id` gives: the event, its plan (null when there is
 * none yet) and its assignments (none when they cannot be had). Call in an injection context (a field initialiser).
 */
export function loadPrintData(id: () => string) {
  const events = inject(EventsService);
  const floorPlans = inject(FloorPlanService);
  return rxResource({
    params: id,
    stream: ({ params }) =>
      forkJoin({
        event: events.get(params),
        plan: floorPlans.getPlan(params).pipe(
          map((plan) => (plan.width > 0 && plan.depth > 0 ? plan : null)),
          catchError(() => of(null)),
        ),
        assignments: floorPlans.getAssignments(params).pipe(catchError(() => of(NO_ASSIGNMENTS))),
      }),
  });
}
