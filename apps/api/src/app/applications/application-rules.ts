import { ApplicationFields, FieldError, REQUIRED_FOR_SUBMISSION } from '@markt/shared';

/** Consents and acceptances that must be given (true), not merely answered. */
const MUST_BE_TRUE: readonly (keyof ApplicationFields)[] = ['termsAccepted', 'privacyConsent'];

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** What stops an application from being submitted; empty when it is complete. Pure, so it is tested alone. */
export function submissionErrors(fields: ApplicationFields, eventTopics: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of REQUIRED_FOR_SUBMISSION) {
    const value = fields[field];
    if (MUST_BE_TRUE.includes(field)) {
      if (value !== true)
        errors.push({
          field,
          code: 'mustAccept',
          message: `${field} must be accepted`,
        });
    } else if (isMissing(value)) {
      errors.push({ field, code: 'required', message: `${field} is required` });
    }
  }
  errors.push(...topicErrors(fields.topics, eventTopics));
  return errors;
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
