import { ApplicationFields, FieldChange, FieldValue } from '@markt/shared';

/** Mean of one review's scores. */
export function reviewTotal(scores: readonly number[] | null): number | null {
  if (!scores || scores.length === 0) return null;
  return round(scores.reduce((sum, s) => sum + s, 0) / scores.length);
}

/** Mean over the reviews that count (a conflict of interest carries no scores). */
export function average(reviews: readonly { scores: number[] | null; conflictOfInterest: boolean }[]): number | null {
  const totals = reviews
    .filter((r) => !r.conflictOfInterest)
    .map((r) => reviewTotal(r.scores))
    .filter((t): t is number => t !== null);
  return totals.length === 0 ? null : round(totals.reduce((a, b) => a + b, 0) / totals.length);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Yes/no answers given as a checkbox: unticked (false) and never saved (null) mean the same, so a form that
 * saves its unticked boxes changes nothing a reviewer should look at again. (`hasHandsOnOffer` is a
 * yes/no question, where "no" is an answer.)
 */
const CHECKBOXES: readonly (keyof ApplicationFields)[] = [
  'needsPinBoard',
  'needsPower',
  'needsStepFreeAccess',
  'termsAccepted',
  'workshopInterest',
  'privacyConsent',
  'publicationConsent',
  'photoConsent',
];

/** Names of the fields whose value differs between two versions of an application. */
export function changedFields(before: ApplicationFields, after: ApplicationFields): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof ApplicationFields>;
  const norm = (v: unknown, key: keyof ApplicationFields) =>
    JSON.stringify(v === false && CHECKBOXES.includes(key) ? null : (v ?? null));
  return [...keys].filter((key) => norm(before[key], key) !== norm(after[key], key)).sort();
}

/** The same, field by field with both values: what a reviewer compares before looking again. */
export function fieldChanges(before: ApplicationFields, after: ApplicationFields): FieldChange[] {
  return (changedFields(before, after) as (keyof ApplicationFields)[]).map((field) => ({
    field,
    before: (before[field] ?? null) as FieldValue,
    after: (after[field] ?? null) as FieldValue,
  }));
}
