import { ReviewDto } from '@markt/shared';
import { createReviewForm, fillReviewForm, reviewInputFrom, scoreOptions } from './review-form.model';

const criteria = [
  { label: 'Relevanz', min: 1, max: 5 },
  { label: 'Qualität', min: 1, max: 5 },
];

describe('review form', () => {
  it('needs a score for every criterion', () => {
    const form = createReviewForm(criteria);
    expect(form.valid).toBe(false);
    form.controls.scores.setValue([4, 5]);
    expect(form.valid).toBe(true);
  });

  it('sends one score per criterion and a trimmed comment', () => {
    const form = createReviewForm(criteria);
    form.controls.scores.setValue([4, 2]);
    form.controls.comment.setValue('  Überzeugend. ');
    expect(reviewInputFrom(form)).toEqual({ conflictOfInterest: false, scores: [4, 2], comment: 'Überzeugend.' });
  });

  it('sends no scores and needs none when the reviewer declares a conflict of interest', () => {
    const form = createReviewForm(criteria);
    form.controls.conflictOfInterest.setValue(true);
    expect(form.controls.scores.disabled).toBe(true);
    expect(form.valid).toBe(true);
    expect(reviewInputFrom(form)).toEqual({ conflictOfInterest: true });
    form.controls.conflictOfInterest.setValue(false);
    expect(form.controls.scores.enabled).toBe(true);
  });

  it('shows an existing review again', () => {
    const form = createReviewForm(criteria);
    fillReviewForm(form, { scores: [3, 4], comment: 'gut', conflictOfInterest: false } as ReviewDto);
    expect(form.getRawValue()).toEqual({ scores: [3, 4], comment: 'gut', conflictOfInterest: false });
  });

  it('offers every score of a criterion', () => {
    expect(scoreOptions({ label: 'x', min: 0, max: 3 })).toEqual([0, 1, 2, 3]);
  });
});
