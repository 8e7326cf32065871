import { LIMITS, OrganisationType, REQUIRED_FOR_SUBMISSION } from '@markt/shared';
import {
  STEPS,
  createApplicationForm,
  fieldsFromForm,
  fillApplicationForm,
  markStepPristine,
  parseStep,
  patchForStep,
  stepIsDirty,
  stepIsInvalid,
  stepOfField,
} from './application-form.model';

describe('application form model', () => {
  it('puts every application field on exactly one step', () => {
    const form = createApplicationForm();
    const onSteps = STEPS.flatMap((step) => step.fields);
    expect([...onSteps].sort()).toEqual(Object.keys(form.controls).sort());
    expect(new Set(onSteps).size).toBe(onSteps.length);
    for (const field of REQUIRED_FOR_SUBMISSION) expect(onSteps).toContain(field);
  });

  it('knows which step a field of a server error belongs to', () => {
    expect(stepOfField('organisationType')).toBe(1);
    expect(stepOfField('contactPhone')).toBe(2);
    expect(stepOfField('topics')).toBe(3);
    expect(stepOfField('standWidth')).toBe(4);
    expect(stepOfField('privacyConsent')).toBe(5);
    expect(stepOfField('logo')).toBe(5);
    expect(stepOfField('somethingElse')).toBe(6);
  });

  it('reads the step from the address and falls back for nonsense', () => {
    expect(parseStep('3')).toBe(3);
    expect(parseStep('0')).toBe(1);
    expect(parseStep('x', 6)).toBe(6);
    expect(parseStep(undefined)).toBe(1);
  });

  it('fills the form from the server and leaves missing fields empty', () => {
    const form = createApplicationForm();
    form.controls.projectTitle.setValue('alt');
    fillApplicationForm(form, {
      organisationName: 'Verein',
      topics: ['Empowerment'],
      standWidth: 2.5,
      termsAccepted: true,
    });
    const value = form.getRawValue();
    expect(value.organisationName).toBe('Verein');
    expect(value.projectTitle).toBe('');
    expect(value.topics).toEqual(['Empowerment']);
    expect(value.standWidth).toBe(2.5);
    expect(value.termsAccepted).toBe(true);
    expect(value.hasHandsOnOffer).toBeNull();
    expect(form.dirty).toBe(false);
  });

  it('sends only the fields of a step, trimmed, with emptied fields cleared', () => {
    const form = createApplicationForm();
    form.patchValue({ organisationName: '  Verein  ', organisationType: '', contactName: 'Kim' });
    expect(patchForStep(form, 1)).toEqual({
      organisationName: 'Verein',
      organisationType: null,
      organisationAddress: '',
      organisationWebsite: '',
      organisationDescription: '',
    });
    form.patchValue({ peopleAttending: '3' as unknown as number, standWidth: null });
    expect(patchForStep(form, 4)).toMatchObject({
      peopleAttending: 3,
      standWidth: null,
      hasHandsOnOffer: null,
      needsPower: false,
    });
    expect(patchForStep(form, 6)).toEqual({});
  });

  it('turns the form into fields for the summary without empty values', () => {
    const form = createApplicationForm();
    form.patchValue({ organisationType: OrganisationType.Association, projectTitle: 'Projekt' });
    const fields = fieldsFromForm(form);
    expect(fields.organisationType).toBe('verein');
    expect(fields.projectTitle).toBe('Projekt');
    expect('organisationName' in fields).toBe(false);
  });

  it('mirrors the server limits', () => {
    const form = createApplicationForm();
    form.controls.shortText.setValue('x'.repeat(LIMITS.application.shortText + 1));
    expect(form.controls.shortText.hasError('maxlength')).toBe(true);
    form.controls.organisationWebsite.setValue('www.example.org');
    expect(form.controls.organisationWebsite.hasError('isUrl')).toBe(true);
    form.controls.organisationWebsite.setValue('https://www.example.org/projekt');
    expect(form.controls.organisationWebsite.valid).toBe(true);
    form.controls.contactPhone.setValue('abc');
    expect(form.controls.contactPhone.hasError('matches')).toBe(true);
    form.controls.contactPhone.setValue('+49 211 89-12345');
    expect(form.controls.contactPhone.valid).toBe(true);
    form.controls.standWidth.setValue(2.55);
    expect(form.controls.standWidth.hasError('isNumber')).toBe(true);
    form.controls.standWidth.setValue(11);
    expect(form.controls.standWidth.hasError('max')).toBe(true);
    form.controls.peopleAttending.setValue(0);
    expect(form.controls.peopleAttending.hasError('min')).toBe(true);
    form.controls.tables.setValue(1.5);
    expect(form.controls.tables.hasError('isInt')).toBe(true);
    expect(stepIsInvalid(form, 4)).toBe(true);
    expect(stepIsInvalid(form, 2)).toBe(false);
    form.controls.contactEmail.setValue('keine-adresse');
    expect(stepIsInvalid(form, 2)).toBe(true);
    expect(stepIsInvalid(form, 5)).toBe(false);
  });

  it('tracks unsaved changes per step', () => {
    const form = createApplicationForm();
    form.controls.contactName.markAsDirty();
    expect(stepIsDirty(form, 2)).toBe(true);
    expect(stepIsDirty(form, 1)).toBe(false);
    markStepPristine(form, 2);
    expect(stepIsDirty(form, 2)).toBe(false);
  });
});
