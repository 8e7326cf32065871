import { CapacityDto, Decision } from '@markt/shared';
import { toApiError } from '../core/forms/server-errors';

/** „Stände geplant: X · zugesagt: Y · frei: Z“ as key and parameters. */
export function capacityText(capacity: Pick<CapacityDto, 'planned' | 'taken' | 'free'>): {
  key: string;
  params: Record<string, number>;
} {
  return {
    key: 'review.capacity',
    params: { planned: capacity.planned, taken: capacity.taken, free: Math.max(0, capacity.free) },
  };
}

/** The waitlist offer is shown only while a place is free and someone waits. */
export function waitlistOffer(capacity: CapacityDto): CapacityDto['nextOnWaitlist'] {
  return capacity.free > 0 ? capacity.nextOnWaitlist : null;
}

export interface RefusedItem {
  applicationId: string;
  key: string;
  params: Record<string, string | number>;
}

/** What went wrong with a decision, in the shape the decision forms show it. */
export type DecisionProblem =
  | { kind: 'overCapacity'; params: { planned: number; taken: number; requested: number } }
  | { kind: 'refused'; items: RefusedItem[] }
  | { kind: 'other'; key: string };

const REFUSAL_KEYS: Record<string, string> = {
  not_enough_reviews: 'decision.refused.not_enough_reviews',
  invalid_transition: 'decision.refused.invalid_transition',
};

/** Reads the API's 409 answers of a decision (over_capacity, decision_refused); anything else becomes one message. */
export function decisionProblem(error: unknown): DecisionProblem {
  const apiError = toApiError(error);
  if (apiError.code === 'over_capacity') {
    const p = apiError.params ?? {};
    return {
      kind: 'overCapacity',
      params: { planned: Number(p['planned']), taken: Number(p['taken']), requested: Number(p['requested']) },
    };
  }
  if (apiError.code === 'decision_refused') {
    return {
      kind: 'refused',
      items: (apiError.errors ?? []).map((e) => ({
        applicationId: e.field,
        key: REFUSAL_KEYS[e.code] ?? 'decision.refused.other',
        params: { ...(e.params ?? {}) },
      })),
    };
  }
  if (apiError.statusCode === 0) return { kind: 'other', key: 'errors.network' };
  if (apiError.statusCode === 403) return { kind: 'other', key: 'errors.forbidden' };
  if (apiError.errors?.length) return { kind: 'other', key: 'form.fixErrors' };
  return { kind: 'other', key: 'errors.generic' };
}

/** Translation key of a decision's label, e.g. „Zusagen“. */
export const decisionKey = (decision: Decision) => 'decision.option.' + decision;
