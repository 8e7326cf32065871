import { ApplicationFields, REQUIRED_FOR_SUBMISSION } from './application';
import { FieldError } from './errors';

/** A phone number for the day of the event: digits with the usual separators, optionally international. */
export const PHONE_PATTERN = /^\+?[\d\s()/-]{5,}$/;

/** Consents and acceptances that must be given (true), not merely answered. */
const MUST_BE_TRUE: readonly (keyof ApplicationFields)[] = ['termsAccepted', 'privacyConsent'];

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Required fields still empty (or not accepted): the form's summary shows them, the API refuses submission. */
export function missingForSubmission(fields: ApplicationFields): (keyof ApplicationFields)[] {
  return REQUIRED_FOR_SUBMISSION.filter((field) =>
    MUST_BE_TRUE.includes(field) ? fields[field] !== true : isMissing(fields[field]),
  );
}

/** What stops an application from being submitted; empty when it is complete. */
export function submissionErrors(fields: ApplicationFields, eventTopics: readonly string[]): FieldError[] {
  const missing = missingForSubmission(fields).map(
    (field): FieldError =>
      MUST_BE_TRUE.includes(field)
        ? { field, code: 'mustAccept', message: `${field} must be accepted` }
        : { field, code: 'required', message: `${field} is required` },
  );
  return [...missing, ...topicErrors(fields.topics, eventTopics)];
}

/** Topics come from the event's list only. */
export function topicErrors(
  topics: readonly string[] | null | undefined,
  eventTopics: readonly string[],
): FieldError[] {
  const unknown = (topics ?? []).filter((topic) => !eventTopics.includes(topic));
  return unknown.length > 0
    ? [
        {
          field: 'topics',
          code: 'unknownTopic',
          params: { topics: unknown.join(', ') },
          message: 'Not a topic of this event',
        },
      ]
    : [];
}
