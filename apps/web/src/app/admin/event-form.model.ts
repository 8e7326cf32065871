import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  DATE_PATTERN,
  EventDto,
  EventInput,
  EventStatus,
  LIMITS,
  ReviewCriterion,
  TIME_PATTERN,
  instantToZonedInput,
  zonedInputToIso,
} from '@markt/shared';

/** The control's value must be later than its sibling's (works for HH:MM and datetime-local strings). */
function laterThan(sibling: string, code: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const other = control.parent?.get(sibling)?.value;
    if (other === null || other === undefined || other === '' || control.value === null || control.value === '')
      return null;
    return control.value <= other ? { [code]: true } : null;
  };
}

export const integer: ValidatorFn = (control) =>
  control.value === null || control.value === '' || Number.isInteger(Number(control.value)) ? null : { isInt: true };

/** ISO date-time → value of a datetime-local input, on the event's (Berlin) clock whatever the browser's zone. */
export function isoToLocalInput(iso: string | null | undefined): string {
  return iso ? instantToZonedInput(iso) : '';
}

/** Value of a datetime-local input, read as Berlin time → ISO date-time (UTC). */
export function localInputToIso(value: string): string {
  return zonedInputToIso(value);
}

/** Re-validates `dependent` whenever `source` changes (for the `laterThan` validators). */
function revalidateOnChange(source: AbstractControl, dependent: AbstractControl): void {
  source.valueChanges.subscribe(() => dependent.updateValueAndValidity({ emitEvent: false }));
}

export function criterionGroup(criterion: ReviewCriterion = { label: '', min: 1, max: 5 }) {
  const group = new FormGroup({
    label: new FormControl(criterion.label, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.event.criterion)],
    }),
    min: new FormControl<number | null>(criterion.min, [Validators.required, integer]),
    max: new FormControl<number | null>(criterion.max, [Validators.required, integer, laterThan('min', 'minAboveMax')]),
  });
  revalidateOnChange(group.controls.min, group.controls.max);
  return group;
}

export function topicControl(topic = '') {
  return new FormControl(topic, {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(LIMITS.event.topic)],
  });
}

/** Counting reviews needed before a decision: the API's default and range. */
export const DEFAULT_MIN_REVIEWS = 2;
export const MIN_REVIEWS = { min: 0, max: 10 } as const;

const text = (max: number, required = true) =>
  new FormControl('', {
    nonNullable: true,
    validators: required ? [Validators.required, Validators.maxLength(max)] : [Validators.maxLength(max)],
  });

/** Title, date and application period: what a new event needs at least, and all a copy asks for. */
function titleAndDates() {
  return {
    title: text(LIMITS.event.title),
    date: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(DATE_PATTERN)],
    }),
    applicationOpensAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    applicationClosesAt: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, laterThan('applicationOpensAt', 'closesBeforeOpens')],
    }),
  };
}

/** The form of a copy of an event (`/verwaltung/veranstaltungen/:id/kopieren`). */
export function createCopyForm() {
  const form = new FormGroup(titleAndDates());
  revalidateOnChange(form.controls.applicationOpensAt, form.controls.applicationClosesAt);
  return form;
}

export function createEventForm() {
  const form = new FormGroup({
    ...titleAndDates(),
    description: text(LIMITS.event.description, false),
    startTime: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(TIME_PATTERN)],
    }),
    endTime: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(TIME_PATTERN), laterThan('startTime', 'endBeforeStart')],
    }),
    venueName: text(LIMITS.event.venueName),
    venueAddress: text(LIMITS.event.venueAddress),
    standsPlanned: new FormControl<number | null>(0, [
      Validators.required,
      integer,
      Validators.min(LIMITS.event.standsPlanned.min),
      Validators.max(LIMITS.event.standsPlanned.max),
    ]),
    minReviews: new FormControl<number | null>(DEFAULT_MIN_REVIEWS, [
      Validators.required,
      integer,
      Validators.min(MIN_REVIEWS.min),
      Validators.max(MIN_REVIEWS.max),
    ]),
    status: new FormControl<EventStatus>(EventStatus.Draft, { nonNullable: true, validators: [Validators.required] }),
    /** Optional: until when accepted applicants may update the people at their stand. */
    standDetailsDeadline: new FormControl('', { nonNullable: true }),
    topics: new FormArray<FormControl<string>>([]),
    reviewCriteria: new FormArray<ReturnType<typeof criterionGroup>>([]),
  });
  revalidateOnChange(form.controls.startTime, form.controls.endTime);
  revalidateOnChange(form.controls.applicationOpensAt, form.controls.applicationClosesAt);
  return form;
}

export type EventForm = ReturnType<typeof createEventForm>;

export function fillEventForm(form: EventForm, event: EventDto): void {
  form.controls.topics.clear();
  event.topics.forEach((topic) => form.controls.topics.push(topicControl(topic)));
  form.controls.reviewCriteria.clear();
  event.reviewCriteria.forEach((criterion) => form.controls.reviewCriteria.push(criterionGroup(criterion)));
  form.patchValue({
    title: event.title,
    description: event.description,
    date: event.date,
    startTime: event.startTime,
    endTime: event.endTime,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    applicationOpensAt: isoToLocalInput(event.applicationOpensAt),
    applicationClosesAt: isoToLocalInput(event.applicationClosesAt),
    standsPlanned: event.standsPlanned,
    minReviews: event.minReviews ?? DEFAULT_MIN_REVIEWS,
    status: event.status,
    standDetailsDeadline: isoToLocalInput(event.standDetailsDeadline),
  });
}

export function eventInputFrom(form: EventForm): EventInput {
  const v = form.getRawValue();
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    date: v.date,
    startTime: v.startTime,
    endTime: v.endTime,
    venueName: v.venueName.trim(),
    venueAddress: v.venueAddress.trim(),
    applicationOpensAt: localInputToIso(v.applicationOpensAt),
    applicationClosesAt: localInputToIso(v.applicationClosesAt),
    standsPlanned: Number(v.standsPlanned ?? 0),
    minReviews: Number(v.minReviews ?? DEFAULT_MIN_REVIEWS),
    status: v.status,
    standDetailsDeadline: v.standDetailsDeadline ? localInputToIso(v.standDetailsDeadline) : null,
    topics: v.topics.map((topic) => topic.trim()),
    reviewCriteria: v.reviewCriteria.map((c) => ({ label: c.label.trim(), min: Number(c.min), max: Number(c.max) })),
  };
}
