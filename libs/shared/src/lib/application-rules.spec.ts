import { ApplicationFields, OrganisationType } from './application';
import { missingForSubmission, PHONE_PATTERN, submissionErrors } from './application-rules';

const COMPLETE: ApplicationFields = {
  organisationName: 'V',
  organisationType: OrganisationType.Other,
  organisationAddress: 'A',
  organisationDescription: 'D',
  contactName: 'K',
  contactEmail: 'k@example.org',
  contactPhone: '0211 123',
  projectTitle: 'P',
  shortText: 'S',
  projectDescription: 'B',
  topics: ['Empowerment'],
  standActivity: 'X',
  peopleAttending: 2,
  standWidth: 2,
  staffNames: 'K',
  termsAccepted: true,
  privacyConsent: true,
};

describe('submission rules (API and form alike)', () => {
  it('lists what is still missing for submission, consents included', () => {
    expect(missingForSubmission(COMPLETE)).toEqual([]);
    expect(missingForSubmission({ ...COMPLETE, topics: [], privacyConsent: false })).toEqual([
      'topics',
      'privacyConsent',
    ]);
  });

  it('refuses an incomplete application field by field and topics not of the event', () => {
    expect(submissionErrors(COMPLETE, ['Empowerment'])).toEqual([]);
    const errors = submissionErrors({ ...COMPLETE, shortText: ' '.trim(), termsAccepted: false }, ['Beratung']);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['shortText', 'required'],
      ['termsAccepted', 'mustAccept'],
      ['topics', 'unknownTopic'],
    ]);
  });

  it('takes phone numbers with the usual separators only', () => {
    for (const phone of ['0211 899-1234', '+49 (211) 899 1234', '0211/8991234'])
      expect(PHONE_PATTERN.test(phone)).toBe(true);
    for (const phone of ['call me', '123', 'tel: 0211']) expect(PHONE_PATTERN.test(phone)).toBe(false);
  });
});
