import { OrganisationType } from '@markt/shared';
import { displayValue } from './application-summary.component';

describe('displayValue', () => {
  it('translates choices and yes/no, joins lists and marks empty fields', () => {
    expect(displayValue('organisationType', { organisationType: OrganisationType.MigrantOrganisation })).toEqual({
      key: 'orgType.migrantenorganisation',
    });
    expect(displayValue('needsPower', { needsPower: false })).toEqual({ key: 'field.no' });
    expect(displayValue('topics', { topics: ['Empowerment', 'Antirassismus'] })).toEqual({
      text: 'Empowerment, Antirassismus',
    });
    expect(displayValue('standWidth', { standWidth: 2.5 })).toEqual({ text: '2.5' });
    expect(displayValue('projectTitle', {})).toEqual({ key: 'application.notProvided' });
    expect(displayValue('topics', { topics: [] })).toEqual({ key: 'application.notProvided' });
  });
});
