import { HttpErrorResponse } from '@angular/common/http';
import { capacityText, decisionProblem, waitlistOffer } from './decision.model';

const conflict = (body: object) =>
  new HttpErrorResponse({ status: 409, error: { statusCode: 409, message: '', ...body } });

describe('capacityText', () => {
  it('shows planned, taken and free stands', () => {
    expect(capacityText({ planned: 24, taken: 20, free: 4 })).toEqual({
      key: 'review.capacity',
      params: { planned: 24, taken: 20, free: 4 },
    });
  });

  it('never shows a negative number of free stands', () => {
    expect(capacityText({ planned: 2, taken: 3, free: -1 }).params['free']).toBe(0);
  });
});

describe('waitlistOffer', () => {
  const next = { id: 'a', organisationName: 'Verein', projectTitle: 'Projekt' };
  it('offers the top of the waitlist only while a place is free', () => {
    expect(waitlistOffer({ planned: 2, taken: 1, free: 1, nextOnWaitlist: next })).toBe(next);
    expect(waitlistOffer({ planned: 2, taken: 2, free: 0, nextOnWaitlist: next })).toBeNull();
  });
});

describe('decisionProblem', () => {
  it('reads the numbers of an over-capacity refusal', () => {
    expect(
      decisionProblem(conflict({ code: 'over_capacity', params: { planned: 2, taken: 2, requested: 1 } })),
    ).toEqual({
      kind: 'overCapacity',
      params: { planned: 2, taken: 2, requested: 1 },
    });
  });

  it('lists refused applications with their reason', () => {
    const problem = decisionProblem(
      conflict({
        code: 'decision_refused',
        errors: [
          { field: 'id-1', code: 'not_enough_reviews', params: { count: 1, min: 2 }, message: '' },
          { field: 'id-2', code: 'invalid_transition', params: { status: 'confirmed' }, message: '' },
        ],
      }),
    );
    expect(problem).toEqual({
      kind: 'refused',
      items: [
        { applicationId: 'id-1', key: 'decision.refused.not_enough_reviews', params: { count: 1, min: 2 } },
        { applicationId: 'id-2', key: 'decision.refused.invalid_transition', params: { status: 'confirmed' } },
      ],
    });
  });

  it('turns other failures into one message', () => {
    expect(decisionProblem(new HttpErrorResponse({ status: 0 }))).toEqual({ kind: 'other', key: 'errors.network' });
    expect(decisionProblem(new HttpErrorResponse({ status: 500 }))).toEqual({ kind: 'other', key: 'errors.generic' });
  });
});
