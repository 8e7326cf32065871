import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { ApplicationStatus } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormSubmit, formSubmit } from '../core/forms/form-submit';
import { ErrorItem, applyServerErrors, handleFormError, toApiError } from '../core/forms/server-errors';
import { ApplicationErrorSummaryComponent } from './application-error-summary.component';
import {
  REVIEW_STEP,
  STEPS,
  createApplicationForm,
  fieldsFromForm,
  fillApplicationForm,
  markStepPristine,
  markStepTouched,
  patchForStep,
  stepIsDirty,
  stepIsInvalid,
  stepOfField,
} from './application-form.model';
import { ApplicationReviewStepComponent } from './application-review-step.component';
import { ApplicationStepFieldsComponent } from './application-step-fields.component';
import { ApplicationStepsNavComponent } from './application-steps-nav.component';
import { ApplicationStore } from './application.store';
import { ApplicationsService } from './applications.service';
import { AskedFieldsDirective } from './asked-fields.directive';
import { focusAfterRender } from '../ui/focus-after-render';

/**
 * The application in six steps. Leaving a step saves its fields (PATCH of that step only);
 * the step is part of the address (`?schritt=3`), so a reload lands on the same step with the saved state.
 */
@Component({
  selector: 'app-application-form',
  imports: [
    ...FORM_IMPORTS,
    AskedFieldsDirective,
    ApplicationErrorSummaryComponent,
    ApplicationReviewStepComponent,
    ApplicationStepFieldsComponent,
    ApplicationStepsNavComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-form.component.html',
  styleUrl: './application-form.component.scss',
})
export class ApplicationFormComponent {
  protected readonly store = inject(ApplicationStore);
  protected readonly application = this.store.application;
  protected readonly step = this.store.step;
  protected readonly isDraft = this.store.isDraft;

  private readonly service = inject(ApplicationsService);
  private readonly injector = inject(Injector);
  private readonly focusLater = focusAfterRender();
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');
  private readonly errorSummary = viewChild(ApplicationErrorSummaryComponent);

  protected readonly form = createApplicationForm();
  protected readonly steps = STEPS;
  protected readonly reviewStep = REVIEW_STEP;
  /** Saving a step or submitting, started by the user: its pending state and what the summary shows. */
  protected readonly saving = formSubmit();
  /** Saving the step left by the browser's back and forward buttons. */
  private readonly background = formSubmit();
  /** A field to focus once the next step is shown (from the error summary); otherwise the step heading gets focus. */
  private pendingFocus: string | null = null;
  /** Bumped after saves so the review step re-reads the form. */
  private readonly version = signal(0);

  protected readonly current = computed(() => STEPS[this.step() - 1]);
  protected readonly summaryFields = computed(() => {
    this.version();
    this.step();
    return fieldsFromForm(this.form);
  });
  /** The fields staff asked to change, marked in the form while changes are requested. */
  protected readonly askedFields = computed(() => {
    const app = this.application();
    return app.status === ApplicationStatus.ChangesRequested ? (app.changeRequest?.fields ?? []) : [];
  });

  constructor() {
    // The form is only shown once the application is loaded, and is filled from it once.
    const id = this.application().id;
    fillApplicationForm(this.form, this.application());
    if (this.store.openedFromOverview) this.focusLater(() => this.stepHeading());
    // Back/forward in the browser changes the step without our buttons: save what was left behind.
    let previous: number | null = null;
    effect(() => {
      const step = this.step();
      untracked(() => {
        if (previous !== null && previous !== step) {
          if (this.canSaveQuietly(previous)) this.saveStep(this.background, previous, () => undefined);
          const field = this.pendingFocus;
          this.pendingFocus = null;
          this.focusLater(() => (field ? this.fieldElement(field) : this.stepHeading()));
        }
        previous = step;
      });
    });
    // Leaving the page (other link in the header) keeps what was typed, too; nobody is left to hear the answer.
    inject(DestroyRef).onDestroy(() => {
      const step = this.step();
      if (this.canSaveQuietly(step)) this.service.updateInBackground(id, patchForStep(this.form, step));
    });
  }

  /** Step links and buttons: save the current step, then go. Invalid input keeps the user on the step. */
  protected goTo(step: number): void {
    if (step === this.step()) {
      this.focusLater(() => this.stepHeading());
      return;
    }
    this.saveCurrent(() => this.store.showStep(step));
  }

  protected saveDraft(): void {
    this.saveCurrent(() => undefined, true);
  }

  protected submit(): void {
    this.saving.run(
      () => this.service.submit(this.application().id),
      (application) => this.store.submitted(application),
      (error) => this.serverErrors(error),
    );
  }

  /** Goes to the step of an error and focuses its field. */
  protected goToError(error: ErrorItem & { field: string }): void {
    const step = stepOfField(error.field);
    if (step === this.step()) {
      this.focusLater(() => this.fieldElement(error.field));
      return;
    }
    this.saveCurrent(() => {
      this.pendingFocus = error.field;
      this.store.showStep(step);
    });
  }

  /** Saves the current step if it changed (announcing it), then goes on; a mistake in the step stops here. */
  private saveCurrent(then: () => void, announce = false): void {
    const step = this.step();
    if (this.saving.pending()) return;
    if (stepIsInvalid(this.form, step)) {
      markStepTouched(this.form, step);
      focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
      return;
    }
    if (!stepIsDirty(this.form, step)) {
      if (announce) this.store.announceSaved();
      return then();
    }
    this.saveStep(this.saving, step, () => {
      this.store.announceSaved();
      then();
    });
  }

  private canSaveQuietly(step: number): boolean {
    return stepIsDirty(this.form, step) && !stepIsInvalid(this.form, step);
  }

  /** Saves a step's fields; the summary keeps the errors of the other steps. */
  private saveStep(submission: FormSubmit, step: number, then: () => void): void {
    const others = this.saving.errors().filter((item) => item.field && stepOfField(item.field) !== step);
    submission.run(
      () => this.service.update(this.application().id, patchForStep(this.form, step)),
      (application) => {
        markStepPristine(this.form, step);
        this.saving.setErrors(others);
        this.version.update((v) => v + 1);
        this.store.saved(application);
        then();
      },
      submission === this.saving ? (error) => this.serverErrors(error) : () => [],
    );
  }

  /** Field errors go onto the controls and, linked to their step, into the summary; others become one message. */
  private serverErrors(error: unknown): ErrorItem[] {
    this.focusLater(() => this.errorSummary()?.element());
    const fieldErrors = toApiError(error).errors ?? [];
    if (!fieldErrors.length) return handleFormError(this.form, error);
    applyServerErrors(this.form, fieldErrors);
    return fieldErrors.map((e) => ({ key: 'validation.' + e.code, params: e.params, field: e.field }));
  }

  /** The input of a field (for a checkbox or group, the first input inside it). */
  private fieldElement(field: string): HTMLElement | null | undefined {
    const root = this.formEl()?.nativeElement ?? document;
    const el = root.querySelector<HTMLElement>(`#f-${field.split('.')[0]}`);
    return el && el.matches('input, select, textarea') ? el : el?.querySelector<HTMLElement>('input, select, textarea');
  }
}
