import { AssignmentsView, FloorPlanDto } from '@markt/shared';

/** One line of the printed legend: who is at which stand (a shared stand gives two lines). */
export interface LegendEntry {
  standId: string;
  standNumber: string;
  organisation: string | null;
  project: string | null;
}

/** Stand numbers in natural order: 2 before 10, "3a" after "3". */
export function compareStandNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'de', { numeric: true, sensitivity: 'base' });
}

/**
 * The legend of the printed plan: every assignment, ordered by stand number, then organisation. The plan
 * hangs in public, so an exhibitor without publication consent is listed by stand number only.
 */
export function buildLegend(
  plan: Pick<FloorPlanDto, 'stands'>,
  view: Pick<AssignmentsView, 'assignments' | 'candidates'>,
): LegendEntry[] {
  const stands = new Map(plan.stands.map((s) => [s.id, s.number]));
  const candidates = new Map(view.candidates.map((c) => [c.applicationId, c]));
  const entries: LegendEntry[] = [];
  for (const assignment of view.assignments) {
    const standNumber = stands.get(assignment.standId);
    if (standNumber === undefined) continue;
    const candidate = candidates.get(assignment.applicationId);
    const named = candidate?.publicationConsent ?? false;
    entries.push({
      standId: assignment.standId,
      standNumber,
      organisation: named ? (candidate?.organisationName ?? null) : null,
      project: named ? (candidate?.projectTitle ?? null) : null,
    });
  }
  return entries.sort(
    (a, b) =>
      compareStandNumbers(a.standNumber, b.standNumber) ||
      (a.organisation ?? '').localeCompare(b.organisation ?? '', 'de'),
  );
}
