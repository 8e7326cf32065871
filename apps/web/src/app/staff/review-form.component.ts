import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { DefinedTextFieldComponent, TextFieldDef } from '../ui/defined-text-field.component';
import { NotificationService } from '../core/notification.service';
import { ApplicationReviewStore } from './application-review.store';
import { ReviewService } from './review.service';
import { createReviewForm, fillReviewForm, reviewInputFrom, scoreOptions } from './review-form.model';

/** On the review page, the caller's own review: one score per criterion, a comment, or „befangen“ instead of scores. */
@Component({
  selector: 'app-review-form',
  imports: [...FORM_IMPORTS, MatRadioModule, MatCheckboxModule, DefinedTextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-error-summary [items]="submission.errors()" />
    <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate class="form form--wide">
      <mat-checkbox formControlName="conflictOfInterest">{{ 'review.conflictOfInterest' | t }}</mat-checkbox>
      <p class="checkbox-note hint">{{ 'review.conflictHint' | t }}</p>
      <div formArrayName="scores">
        @for (criterion of criteria(); track $index; let i = $index) {
          @let control = form.controls.scores.at(i);
          <fieldset [attr.aria-describedby]="control.touched && control.invalid ? 'score-' + i + '-error' : null">
            <legend [id]="'score-' + i + '-legend'">
              {{ 'review.criterionLegend' | t: { label: criterion.label, min: criterion.min, max: criterion.max } }}
            </legend>
            <mat-radio-group [formControlName]="i" [attr.aria-labelledby]="'score-' + i + '-legend'" class="radio-row">
              @for (option of options(criterion); track option) {
                <mat-radio-button [value]="option">{{ option }}</mat-radio-button>
              }
            </mat-radio-group>
            @if (control.touched && control.invalid) {
              <p class="field-error" [id]="'score-' + i + '-error'">{{ control.errors | fieldError }}</p>
            }
          </fieldset>
        }
      </div>
      @if (form.controls.scores.errors; as arrayErrors) {
        <p class="field-error">{{ arrayErrors | fieldError }}</p>
      }
      <app-defined-text-field [field]="commentField" [control]="form.controls.comment" />
      <div class="form__actions">
        <button mat-flat-button type="submit" [disabled]="submission.pending()">
          {{ (submission.pending() ? 'application.saving' : 'review.save') | t }}
        </button>
      </div>
    </form>
  `,
})
export class ReviewFormComponent {
  /** The review page's: the application, its event's criteria and the reviews so far. */
  private readonly store = inject(ApplicationReviewStore);
  private readonly service = inject(ReviewService);
  private readonly notifications = inject(NotificationService);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected form = createReviewForm([]);
  protected readonly submission = formSubmit(
    () => this.form,
    () => this.formEl()?.nativeElement,
    {
      invalid: { key: 'review.scoreAll' },
    },
  );
  protected readonly options = scoreOptions;
  protected readonly commentField: TextFieldDef = {
    id: 'review-comment',
    label: 'review.comment',
    hint: 'review.commentHint',
    rows: 4,
  };
  protected readonly criteria = computed(() => this.store.event()?.reviewCriteria ?? []);

  constructor() {
    effect(() => {
      const criteria = this.criteria();
      const own = this.store.summary()?.own ?? null;
      untracked(() => {
        this.form = createReviewForm(criteria);
        fillReviewForm(this.form, own);
      });
    });
  }

  protected submit(): void {
    this.submission.run(
      () => this.service.review(this.store.applicationId(), reviewInputFrom(this.form)),
      (summary) => {
        this.notifications.show({ key: 'review.saved' });
        this.store.onReviewed(summary);
      },
    );
  }
}
