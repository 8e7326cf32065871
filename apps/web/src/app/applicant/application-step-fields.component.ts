import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { FormControl } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { LIMITS, ORGANISATION_TYPES, OrganisationType } from '@markt/shared';
import { switchMap } from 'rxjs';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { CheckboxFieldComponent } from '../ui/checkbox-field.component';
import { DefinedNumberFieldComponent, NumberFieldDef } from '../ui/defined-number-field.component';
import { DefinedTextFieldComponent, TextFieldDef } from '../ui/defined-text-field.component';
import { SelectFieldComponent, SelectOption, keyedOptions } from '../ui/select-field.component';
import { ApplicationFieldName, ApplicationForm, isRequired } from './application-form.model';
import { ApplicationStore } from './application.store';
import { LogoUploadComponent } from './logo-upload.component';

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

/** How a number field of the form is shown: the limits the server checks, a decimal step, a hint with the limits. */
interface NumberFieldLook {
  limits: { min: number; max: number };
  step?: number;
  /** Shows `field.<name>Hint` with the limits under the field. */
  hint?: boolean;
}

const NUMBER_FIELDS: Partial<Record<ApplicationFieldName, NumberFieldLook>> = {
  peopleAttending: { limits: LIMITS.application.people },
  tables: { limits: LIMITS.application.furniture },
  chairs: { limits: LIMITS.application.furniture },
  standWidth: { limits: LIMITS.application.standWidth, step: 0.1, hint: true },
};

/** What every field of the form is called: id `f-<name>`, label `field.<name>` (marked when required), hint `field.<name>Hint`. */
function named(name: string, hint: boolean | undefined) {
  return {
    id: 'f-' + name,
    label: 'field.' + name,
    required: isRequired(name),
    hint: hint ? `field.${name}Hint` : undefined,
  };
}

/** Each free-text field's definition with its control, by name. */
function textFields(form: ApplicationForm): Record<string, TextFieldDef & { control: FormControl<string> }> {
  return Object.fromEntries(
    Object.entries(TEXT_FIELDS).map(([name, { hint, ...look }]) => [
      name,
      { ...look, ...named(name, hint), control: form.controls[name as ApplicationFieldName] as FormControl<string> },
    ]),
  );
}

/** Each number field's definition with its control, by name; the hint names the limits. */
function numberFields(form: ApplicationForm): Record<string, NumberFieldDef & { control: FormControl<number | null> }> {
  return Object.fromEntries(
    Object.entries(NUMBER_FIELDS).map(([name, { hint, limits, step }]) => [
      name,
      {
        ...named(name, hint),
        ...limits,
        hintParams: limits,
        step,
        control: form.controls[name as ApplicationFieldName] as FormControl<number | null>,
      },
    ]),
  );
}

/** The fields of one of the steps 1–5 of the application form (the form element and its buttons are the parent's). */
@Component({
  selector: 'app-application-step-fields',
  imports: [
    ...FORM_IMPORTS,
    MatCheckboxModule,
    MatRadioModule,
    LogoUploadComponent,
    CheckboxFieldComponent,
    DefinedNumberFieldComponent,
    SelectFieldComponent,
    DefinedTextFieldComponent,
    NgTemplateOutlet,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-step-fields.component.html',
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class ApplicationStepFieldsComponent {
  readonly form = input.required<ApplicationForm>();
  protected readonly store = inject(ApplicationStore);

  protected readonly limits = LIMITS.application;
  /** The empty choice ("please choose") first: a new application has no type yet. */
  protected readonly organisationTypes: SelectOption<OrganisationType | ''>[] = [
    { value: '', key: 'field.choose' },
    ...keyedOptions(ORGANISATION_TYPES, 'orgType.'),
  ];
  protected readonly needFields = ['needsPinBoard', 'needsPower', 'needsStepFreeAccess'] as const;
  protected readonly consentFields = ['publicationConsent', 'photoConsent'] as const;
  /** The number fields side by side in one row (the stand width has a row of its own for its hint). */
  protected readonly rowNumberFields = ['peopleAttending', 'tables', 'chairs'] as const;
  /** Definition and control of each free-text field, by name, for the template's `textField` block. */
  protected readonly textFields = computed(() => textFields(this.form()));
  /** Definition and control of each number field, by name, for the template's `numberField` block. */
  protected readonly numberFields = computed(() => numberFields(this.form()));
  /**
   * Server errors reach the topics, which have no control directive that would refresh this view, only through
   * the form's events.
   */
  private readonly formEvents = toSignal(toObservable(this.form).pipe(switchMap((form) => form.events)));

  /** The control of a yes/no field, for the template's `checkbox` block. */
  protected flag(name: ApplicationFieldName): FormControl<boolean> {
    return this.form().controls[name] as FormControl<boolean>;
  }

  protected req(name: string): string {
    return isRequired(name) ? ' *' : '';
  }

  protected showError(name: ApplicationFieldName): boolean {
    this.formEvents();
    const control = this.form().controls[name];
    return control.invalid && control.touched;
  }

  protected describedBy(name: ApplicationFieldName, hint?: string): string | null {
    const ids = [hint, this.showError(name) ? `f-${name}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected hasTopic(topic: string): boolean {
    this.formEvents();
    return this.form().controls.topics.value.includes(topic);
  }

  protected toggleTopic(topic: string, checked: boolean): void {
    const control = this.form().controls.topics;
    const topics = control.value.filter((t) => t !== topic);
    control.setValue(checked ? [...topics, topic] : topics);
    control.markAsDirty();
    control.markAsTouched();
  }
}
