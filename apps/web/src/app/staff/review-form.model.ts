import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { LIMITS, ReviewCriterion, ReviewDto, ReviewInput } from '@markt/shared';

/** One control per criterion (named `scores.N` like the API's field errors), a comment and the conflict flag. */
export function createReviewForm(criteria: readonly ReviewCriterion[]) {
  const form = new FormGroup({
    scores: new FormArray(
      criteria.map(
        (c) =>
          new FormControl<number | null>(null, [Validators.required, Validators.min(c.min), Validators.max(c.max)]),
      ),
    ),
    comment: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.review.comment)] }),
    conflictOfInterest: new FormControl(false, { nonNullable: true }),
  });
  // „befangen“: no scores are given, so the score controls are switched off (and not validated)
  form.controls.conflictOfInterest.valueChanges.subscribe((conflict) => toggleScores(form, conflict));
  return form;
}

export type ReviewForm = ReturnType<typeof createReviewForm>;

function toggleScores(form: ReviewForm, conflict: boolean): void {
  if (conflict) form.controls.scores.disable({ emitEvent: false });
  else form.controls.scores.enable({ emitEvent: false });
}

/** The possible scores of a criterion, e.g. 1…5. */
export function scoreOptions(criterion: ReviewCriterion): number[] {
  const options: number[] = [];
  for (let n = criterion.min; n <= criterion.max; n++) options.push(n);
  return options;
}

export function fillReviewForm(form: ReviewForm, review: ReviewDto | null): void {
  if (!review) return;
  form.controls.conflictOfInterest.setValue(review.conflictOfInterest);
  form.controls.comment.setValue(review.comment ?? '');
  form.controls.scores.controls.forEach((control, i) => control.setValue(review.scores?.[i] ?? null));
}

export function reviewInputFrom(form: ReviewForm): ReviewInput {
  const { conflictOfInterest, comment } = form.getRawValue();
  const input: ReviewInput = { conflictOfInterest };
  if (!conflictOfInterest) input.scores = form.controls.scores.getRawValue().map((score) => Number(score));
  if (comment.trim()) input.comment = comment.trim();
  return input;
}
