import { FormControl } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { NumberFieldDef } from '../ui/defined-number-field.component';
import { TextFieldDef } from '../ui/defined-text-field.component';
import { MIN_REVIEWS, EventForm, criterionGroup, topicControl } from './event-form.model';

type Controls = EventForm['controls'];
/** The names of the form's text, date and time controls. */
type TextName = { [K in keyof Controls]: Controls[K] extends FormControl<string> ? K : never }[keyof Controls];

/** A text, date or time input of the event form with its control; its label is `eventForm.<name>`, its id `event-<name>`. */
export interface EventTextField extends TextFieldDef {
  control: FormControl<string>;
}

/** A count of the event form (stands planned, reviews needed) with its control and limits. */
export interface EventNumberField extends NumberFieldDef {
  control: FormControl<number | null>;
}

/**
 * What the event form shows, by fieldset and in order: the text inputs and counts of its basics, the date, time and
 * text inputs of schedule and application period, and the two lists the admin extends (topics, review criteria),
 * each with its keys and limit.
 */
export function eventFormFields(form: EventForm) {
  const c = form.controls;
  const text = (name: TextName, extra: Partial<TextFieldDef> = {}): EventTextField => ({
    id: 'event-' + name,
    label: 'eventForm.' + name,
    control: c[name],
    ...extra,
  });
  const count = (name: 'standsPlanned' | 'minReviews', limits: { min: number; max: number }): EventNumberField => ({
    id: 'event-' + name,
    label: 'eventForm.' + name,
    control: c[name],
    ...limits,
  });
  return {
    basics: [text('title'), text('description', { rows: 6 })],
    counts: [count('standsPlanned', LIMITS.event.standsPlanned), count('minReviews', MIN_REVIEWS)],
    sections: [
      {
        legend: 'eventForm.schedule',
        row: [text('date', { type: 'date' }), text('startTime', { type: 'time' }), text('endTime', { type: 'time' })],
        below: [text('venueName'), text('venueAddress', { autocomplete: 'off' })],
      },
      {
        legend: 'eventForm.application',
        row: [
          text('applicationOpensAt', { type: 'datetime-local' }),
          text('applicationClosesAt', { type: 'datetime-local' }),
          text('standDetailsDeadline', { type: 'datetime-local', hint: 'eventForm.standDetailsDeadlineHint' }),
        ],
        below: [],
      },
    ],
    lists: [
      {
        name: 'topics',
        items: c.topics,
        create: () => topicControl(),
        idPrefix: 'topic-',
        limit: LIMITS.event.topics,
        keys: {
          legend: 'eventForm.topics',
          none: 'eventForm.noTopics',
          add: 'eventForm.addTopic',
          remove: 'eventForm.removeTopic',
        },
      },
      {
        name: 'reviewCriteria',
        items: c.reviewCriteria,
        create: () => criterionGroup(),
        idPrefix: 'criterion-',
        limit: LIMITS.event.criteria,
        keys: {
          legend: 'eventForm.criteria',
          none: 'eventForm.noCriteria',
          add: 'eventForm.addCriterion',
          remove: 'eventForm.removeCriterion',
        },
      },
    ] as const,
  };
}

export type RepeatedList = ReturnType<typeof eventFormFields>['lists'][number];
