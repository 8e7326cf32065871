import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { ApplicationFields, LIMITS, OrganisationType, PHONE_PATTERN, REQUIRED_FOR_SUBMISSION } from '@markt/shared';

const L = LIMITS.application;

/** Same rule as the API: http(s) URL without spaces. */
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

export const httpUrl: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  isEmpty(control.value) || URL_PATTERN.test(String(control.value).trim()) ? null : { isUrl: true };

export const phone: ValidatorFn = (control) =>
  isEmpty(control.value) || PHONE_PATTERN.test(String(control.value).trim()) ? null : { matches: true };

export const integer: ValidatorFn = (control) =>
  isEmpty(control.value) || Number.isInteger(Number(control.value)) ? null : { isInt: true };

/** A number with at most one decimal place (stand width in metres). */
export const oneDecimal: ValidatorFn = (control) =>
  isEmpty(control.value) || /^\d+(\.\d)?$/.test(String(control.value)) ? null : { isNumber: true };

/** A text of at most `max` characters, as the server checks it; elsewhere, too, for the same fields. */
export const textControl = (max: number, ...validators: ValidatorFn[]) =>
  new FormControl('', { nonNullable: true, validators: [...validators, Validators.maxLength(max)] });
const flag = () => new FormControl<boolean>(false, { nonNullable: true });
const count = (min: number, max: number) =>
  new FormControl<number | null>(null, [integer, Validators.min(min), Validators.max(max)]);

/** One flat group, named like the API's fields, so server errors land on the controls by name. */
export function createApplicationForm() {
  return new FormGroup({
    organisationName: textControl(L.line),
    organisationType: new FormControl<OrganisationType | ''>('', { nonNullable: true }),
    organisationAddress: textControl(L.line),
    organisationWebsite: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(L.url), httpUrl] }),
    organisationDescription: textControl(L.text),

    contactName: textControl(L.line),
    contactEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(LIMITS.email)],
    }),
    contactPhone: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(L.phone), phone] }),

    projectTitle: textControl(L.line),
    shortText: textControl(L.shortText),
    projectDescription: textControl(L.text),
    topics: new FormControl<string[]>([], { nonNullable: true }),
    targetGroups: textControl(L.text),
    languages: textControl(L.languages),

    standActivity: textControl(L.text),
    hasHandsOnOffer: new FormControl<boolean | null>(null),
    peopleAttending: count(L.people.min, L.people.max),
    tables: count(L.furniture.min, L.furniture.max),
    chairs: count(L.furniture.min, L.furniture.max),
    needsPinBoard: flag(),
    needsPower: flag(),
    standWidth: new FormControl<number | null>(null, [
      oneDecimal,
      Validators.min(L.standWidth.min),
      Validators.max(L.standWidth.max),
    ]),
    needsStepFreeAccess: flag(),
    otherWishes: textControl(L.text),

    staffNames: textControl(L.text),
    staffAccessibilityNeeds: textControl(L.text),
    shareStandWith: textControl(L.line),
    termsAccepted: flag(),
    workshopInterest: flag(),
    privacyConsent: flag(),
    publicationConsent: flag(),
    photoConsent: flag(),
  });
}

export type ApplicationForm = ReturnType<typeof createApplicationForm>;
export type ApplicationFieldName = keyof ApplicationForm['controls'];

export interface FormStep {
  /** 1-based, as shown and as in `?schritt=`. */
  n: number;
  key: string;
  fields: readonly ApplicationFieldName[];
}

/** The steps of the form, in order; the last one (review) has no fields of its own. */
export const STEPS: readonly FormStep[] = [
  {
    n: 1,
    key: 'organisation',
    fields: [
      'organisationName',
      'organisationType',
      'organisationAddress',
      'organisationWebsite',
      'organisationDescription',
    ],
  },
  { n: 2, key: 'contact', fields: ['contactName', 'contactEmail', 'contactPhone'] },
  {
    n: 3,
    key: 'project',
    fields: ['projectTitle', 'shortText', 'projectDescription', 'topics', 'targetGroups', 'languages'],
  },
  {
    n: 4,
    key: 'stand',
    fields: [
      'standActivity',
      'hasHandsOnOffer',
      'peopleAttending',
      'tables',
      'chairs',
      'needsPinBoard',
      'needsPower',
      'standWidth',
      'needsStepFreeAccess',
      'otherWishes',
    ],
  },
  {
    n: 5,
    key: 'team',
    fields: [
      'staffNames',
      'staffAccessibilityNeeds',
      'shareStandWith',
      'termsAccepted',
      'workshopInterest',
      'privacyConsent',
      'publicationConsent',
      'photoConsent',
    ],
  },
  { n: 6, key: 'review', fields: [] },
];

export const LOGO_STEP = 5;
export const REVIEW_STEP = STEPS.length;

/** The step a field (as the API names it) is filled in; the logo is part of step 5; unknown fields go to the review. */
export function stepOfField(field: string): number {
  if (field === 'logo') return LOGO_STEP;
  const name = field.split('.')[0];
  return STEPS.find((step) => (step.fields as readonly string[]).includes(name))?.n ?? REVIEW_STEP;
}

/** A `?schritt=` value as a valid step number. */
export function parseStep(value: string | null | undefined, fallback = 1): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= STEPS.length ? n : fallback;
}

export function isRequired(field: string): boolean {
  return (REQUIRED_FOR_SUBMISSION as readonly string[]).includes(field);
}

/** Puts the server's state into the form; missing fields become empty. */
export function fillApplicationForm(form: ApplicationForm, application: ApplicationFields): void {
  const empty = createApplicationForm().getRawValue();
  const value = { ...empty };
  for (const name of Object.keys(empty) as ApplicationFieldName[]) {
    const given = application[name];
    if (given !== undefined && given !== null) (value as Record<string, unknown>)[name] = given;
  }
  form.reset(value);
}

type Patch = { [K in keyof ApplicationFields]?: ApplicationFields[K] | null | '' };

const NUMBER_FIELDS: readonly ApplicationFieldName[] = ['peopleAttending', 'tables', 'chairs', 'standWidth'];

function toApiValue(name: ApplicationFieldName, value: unknown): unknown {
  if (NUMBER_FIELDS.includes(name)) return value === null || value === undefined || value === '' ? null : Number(value);
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return name === 'organisationType' && trimmed === '' ? null : trimmed;
  }
  return value;
}

/** The PATCH body for some fields: texts trimmed, emptied texts and numbers sent as "clear". */
export function patchFor(form: ApplicationForm, fields: readonly ApplicationFieldName[]): Patch {
  const raw = form.getRawValue() as Record<ApplicationFieldName, unknown>;
  const patch: Record<string, unknown> = {};
  for (const name of fields) patch[name] = toApiValue(name, raw[name]);
  return patch as Patch;
}

/** The PATCH body for a step. */
export function patchForStep(form: ApplicationForm, step: number): Patch {
  return patchFor(form, STEPS[step - 1]?.fields ?? []);
}

/** The form's content as application fields (for the summary); empty values are left out. */
export function fieldsFromForm(form: ApplicationForm): ApplicationFields {
  const all = patchFor(
    form,
    STEPS.flatMap((step) => step.fields),
  );
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== '')) as ApplicationFields;
}

/** Whether any control of the step was changed since it was last saved or loaded. */
export function stepIsDirty(form: ApplicationForm, step: number): boolean {
  return (STEPS[step - 1]?.fields ?? []).some((name) => form.controls[name].dirty);
}

/** Client-side errors of the step that would stop saving (limits and formats; completeness is the server's job). */
export function stepIsInvalid(form: ApplicationForm, step: number): boolean {
  return (STEPS[step - 1]?.fields ?? []).some((name) => form.controls[name].invalid);
}

export function markStepPristine(form: ApplicationForm, step: number): void {
  for (const name of STEPS[step - 1]?.fields ?? []) form.controls[name].markAsPristine();
}

export function markStepTouched(form: ApplicationForm, step: number): void {
  for (const name of STEPS[step - 1]?.fields ?? []) form.controls[name].markAsTouched();
}
