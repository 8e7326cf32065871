import { AskedFieldsDirective } from './asked-fields.directive';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormControl } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { Router } from '@angular/router';
import {
  ApplicationDto,
  ApplicationStatus,
  EventDto,
  FieldError,
  LIMITS,
  missingForSubmission,
  ORGANISATION_TYPES,
} from '@markt/shared';
import { Observable } from 'rxjs';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { applyServerErrors, handleFormError, toApiError } from '../core/forms/server-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { NotificationService } from '../core/notification.service';
import { canDo } from './application-status';
import {
  ApplicationFieldName,
  REVIEW_STEP,
  STEPS,
  createApplicationForm,
  fieldsFromForm,
  fillApplicationForm,
  isRequired,
  markStepPristine,
  markStepTouched,
  patchForStep,
  stepIsDirty,
  stepIsInvalid,
  stepOfField,
} from './application-form.model';
import { ApplicationSummaryComponent } from './application-summary.component';
import { ApplicationsService } from './applications.service';
import { LogoUploadComponent } from './logo-upload.component';
import { NumberFieldComponent } from '../ui/number-field.component';
import { TextFieldComponent } from '../ui/text-field.component';

/** How a free-text field of the form is shown: lines of a text area, input type, autofill token, a hint. */
interface TextFieldLook {
  rows?: number;
  type?: 'email' | 'tel' | 'url';
  autocomplete?: string;
  /** Shows `field.<name>Hint` under the field. */
  hint?: boolean;
}

const TEXT_FIELDS: Partial<Record<ApplicationFieldName, TextFieldLook>> = {
  organisationName: { autocomplete: 'organization' },
  organisationAddress: { autocomplete: 'street-address' },
  organisationWebsite: { type: 'url', autocomplete: 'url', hint: true },
  organisationDescription: { rows: 5 },
  contactName: { autocomplete: 'name' },
  contactEmail: { type: 'email', autocomplete: 'email' },
  contactPhone: { type: 'tel', autocomplete: 'tel', hint: true },
  projectTitle: {},
  projectDescription: { rows: 8 },
  targetGroups: { rows: 3 },
  languages: { hint: true },
  standActivity: { rows: 4 },
  otherWishes: { rows: 3, hint: true },
  staffNames: { rows: 3, hint: true },
  staffAccessibilityNeeds: { rows: 3 },
  shareStandWith: { hint: true },
};

/** A problem shown in the form's summary, linked to the step and field where it can be fixed. */
interface LinkedError {
  step: number;
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The application in six steps. Leaving a step saves its fields (PATCH of that step only);
 * the step is part of the address (`?schritt=3`), so a reload lands on the same step with the saved state.
 */
@Component({
  selector: 'app-application-form',
  imports: [
    ...FORM_IMPORTS,
    MatCheckboxModule,
    MatRadioModule,
    ApplicationSummaryComponent,
    LogoUploadComponent,
    AskedFieldsDirective,
    NumberFieldComponent,
    TextFieldComponent,
    NgTemplateOutlet,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-form.component.html',
  styles: `
    .field--asked {
      border-left: 4px solid var(--color-attention);
      padding-left: 0.5rem;
    }
  `,
})
export class ApplicationFormComponent implements OnInit {
  readonly application = input.required<ApplicationDto>();
  readonly event = input.required<EventDto>();
  readonly step = input.required<number>();
  /** Focus the step heading when the form appears (opened from the overview's „Bearbeiten“ links). */
  readonly focusOnStart = input(false);
  readonly saved = output<ApplicationDto>();
  readonly submitted = output<ApplicationDto>();

  private readonly service = inject(ApplicationsService);
  private readonly notifications = inject(NotificationService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly form = createApplicationForm();
  protected readonly steps = STEPS;
  protected readonly reviewStep = REVIEW_STEP;
  protected readonly limits = LIMITS.application;
  protected readonly organisationTypes = ORGANISATION_TYPES;
  protected readonly needFields: ApplicationFieldName[] = ['needsPinBoard', 'needsPower', 'needsStepFreeAccess'];
  protected readonly consentFields: ApplicationFieldName[] = ['publicationConsent', 'photoConsent'];
  protected readonly furnitureFields = ['tables', 'chairs'] as const;
  /** Look and control of each free-text field, by name, for the template's `textField` block. */
  protected readonly textFields: Record<string, TextFieldLook & { control: FormControl<string> }> = Object.fromEntries(
    Object.entries(TEXT_FIELDS).map(([name, look]) => [
      name,
      { ...look, control: this.form.controls[name as ApplicationFieldName] as FormControl<string> },
    ]),
  );
  protected readonly busy = signal(false);
  protected readonly errors = signal<LinkedError[]>([]);
  protected readonly generalError = signal<string | null>(null);
  /** A field to focus once the next step is shown (from the error summary); otherwise the step heading gets focus. */
  private pendingFocus: string | null = null;
  private destroyed = false;
  /** Bumped after saves so the review step re-reads the form. */
  private readonly version = signal(0);

  protected readonly current = computed(() => STEPS[this.step() - 1]);
  protected readonly isDraft = computed(() => canDo('submit', this.application(), this.event()));
  protected readonly summaryFields = computed(() => {
    this.version();
    this.step();
    return fieldsFromForm(this.form);
  });
  protected readonly missing = computed(() => missingForSubmission(this.summaryFields()));
  protected readonly logoUrl = computed(() =>
    this.application().hasLogo ? this.service.logoUrl(this.application()) : null,
  );
  /** The fields staff asked to change, marked in the form while changes are requested. */
  protected readonly askedFields = computed(() => {
    const app = this.application();
    return app.status === ApplicationStatus.ChangesRequested ? (app.changeRequest?.fields ?? []) : [];
  });
  protected readonly stepBase = computed(() => `/bewerbungen/${this.application().id}?schritt=`);

  constructor() {
    // Back/forward in the browser changes the step without our buttons: save what was left behind.
    let previous: number | null = null;
    effect(() => {
      const step = this.step();
      untracked(() => {
        if (previous !== null && previous !== step) {
          if (stepIsDirty(this.form, previous) && !stepIsInvalid(this.form, previous))
            this.saveStep(previous).subscribe({ error: () => undefined });
          afterNextRender(
            () => {
              const field = this.pendingFocus;
              this.pendingFocus = null;
              if (field) this.focusField(field);
              else this.stepHeading()?.nativeElement.focus();
            },
            { injector: this.injector },
          );
        }
        previous = step;
      });
    });
    // Leaving the page (other link in the header) keeps what was typed, too.
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      const step = this.step();
      if (stepIsDirty(this.form, step) && !stepIsInvalid(this.form, step))
        this.saveStep(step).subscribe({ error: () => undefined });
    });
  }

  ngOnInit(): void {
    fillApplicationForm(this.form, this.application());
    if (this.focusOnStart())
      afterNextRender(() => this.stepHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected req(name: string): string {
    return isRequired(name) ? ' *' : '';
  }

  protected showError(name: ApplicationFieldName): boolean {
    const control = this.form.controls[name];
    return control.invalid && control.touched;
  }

  protected describedBy(name: ApplicationFieldName, hint?: string): string | null {
    const ids = [hint, this.showError(name) ? `f-${name}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected hasTopic(topic: string): boolean {
    return this.form.controls.topics.value.includes(topic);
  }

  protected toggleTopic(topic: string, checked: boolean): void {
    const control = this.form.controls.topics;
    const topics = control.value.filter((t) => t !== topic);
    control.setValue(checked ? [...topics, topic] : topics);
    control.markAsDirty();
    control.markAsTouched();
  }

  /** Step links and buttons: save the current step, then go. Invalid input keeps the user on the step. */
  protected goTo(step: number, event?: MouseEvent): void {
    if (event && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)) return;
    event?.preventDefault();
    const from = this.step();
    if (step === from) {
      afterNextRender(() => this.stepHeading()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    this.saveCurrent(() => this.navigate(step));
  }

  protected saveDraft(): void {
    this.saveCurrent(() => undefined, true);
  }

  protected onLogoUploaded(application: ApplicationDto): void {
    this.saved.emit(application);
  }

  protected submit(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.clearErrors();
    this.service.submit(this.application().id).subscribe({
      next: (application) => {
        this.busy.set(false);
        this.notifications.show({ key: 'application.submitted' }, { keepForNextNavigation: true });
        this.submitted.emit(application);
      },
      error: (error) => {
        this.busy.set(false);
        this.showServerErrors(error);
      },
    });
  }

  /** Goes to the step of an error and focuses its field. */
  protected goToError(error: LinkedError, event: MouseEvent): void {
    event.preventDefault();
    if (error.step === this.step()) {
      afterNextRender(() => this.focusField(error.field), { injector: this.injector });
      return;
    }
    this.saveCurrent(() => {
      this.pendingFocus = error.field;
      this.navigate(error.step);
    });
  }

  protected fieldLabelKey(field: string): string {
    return field === 'logo' ? 'field.logo' : 'field.' + field.split('.')[0];
  }

  private saveCurrent(then: () => void, announce = false): void {
    const step = this.step();
    if (this.busy()) return;
    if (stepIsInvalid(this.form, step)) {
      markStepTouched(this.form, step);
      this.focusFirstInvalid();
      return;
    }
    if (!stepIsDirty(this.form, step)) {
      if (announce) this.announceSaved();
      then();
      return;
    }
    this.busy.set(true);
    this.generalError.set(null);
    this.saveStep(step).subscribe({
      next: () => {
        this.busy.set(false);
        this.announceSaved();
        then();
      },
      error: (error) => {
        this.busy.set(false);
        this.showServerErrors(error);
      },
    });
  }

  private saveStep(step: number): Observable<ApplicationDto> {
    const body = patchForStep(this.form, step);
    const request = this.service.update(this.application().id, body);
    return new Observable<ApplicationDto>((subscriber) =>
      request.subscribe({
        next: (application) => {
          markStepPristine(this.form, step);
          this.errors.update((errors) => errors.filter((e) => e.step !== step));
          this.version.update((v) => v + 1);
          if (!this.destroyed) this.saved.emit(application);
          subscriber.next(application);
          subscriber.complete();
        },
        error: (error) => subscriber.error(error),
      }),
    );
  }

  private announceSaved(): void {
    const time = this.i18n.formatTime(new Date());
    this.notifications.show({ key: 'application.saved', params: { time } }, { keepForNextNavigation: true });
  }

  private navigate(step: number): void {
    void this.router.navigate([], { queryParams: { schritt: step }, queryParamsHandling: 'merge' });
  }

  private clearErrors(): void {
    this.errors.set([]);
    this.generalError.set(null);
  }

  /** Field errors go onto the controls and into the linked summary; other errors become one message. */
  private showServerErrors(error: unknown): void {
    const apiError = toApiError(error);
    if (apiError.errors?.length) {
      const fieldErrors: FieldError[] = apiError.errors;
      applyServerErrors(this.form, fieldErrors);
      this.errors.set(
        fieldErrors.map((e) => ({
          step: stepOfField(e.field),
          field: e.field,
          key: 'validation.' + e.code,
          params: e.params,
        })),
      );
      this.generalError.set(null);
    } else {
      this.errors.set([]);
      const [item] = handleFormError(this.form, error);
      this.generalError.set(item?.key ?? 'errors.generic');
    }
    afterNextRender(() => this.errorSummary()?.nativeElement.focus(), { injector: this.injector });
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () => {
        const el = this.formEl()?.nativeElement.querySelector<HTMLElement>(
          'input.ng-invalid, textarea.ng-invalid, select.ng-invalid, .ng-invalid input',
        );
        el?.focus();
      },
      { injector: this.injector },
    );
  }

  private focusField(field: string): void {
    const root = this.formEl()?.nativeElement ?? document;
    const el = root.querySelector<HTMLElement>(`#f-${field.split('.')[0]}`);
    const target =
      el && el.matches('input, select, textarea') ? el : el?.querySelector<HTMLElement>('input, select, textarea');
    target?.focus();
  }
}
