import { TestBed } from '@angular/core/testing';
import { OrganisationType } from '@markt/shared';
import { ApplicationSummaryComponent, displayValue } from './application-summary.component';

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

describe('ApplicationSummaryComponent', () => {
  it('names the step in each edit link, without a space before the colon', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [ApplicationSummaryComponent] });
    const fixture = TestBed.createComponent(ApplicationSummaryComponent);
    fixture.componentRef.setInput('fields', { organisationName: 'Verein' });
    fixture.componentRef.setInput('editHref', '/bewerbungen/1?schritt=');
    await fixture.whenStable();
    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a'));
    expect(links[0].getAttribute('aria-label')).toBe('Bearbeiten: Organisation');
    expect(links[0].textContent?.trim()).toBe('Bearbeiten');
    expect(links[0].getAttribute('href')).toBe('/bewerbungen/1?schritt=1');
    expect(links.map((link) => link.getAttribute('aria-label')).filter((label) => label?.includes(' :'))).toEqual([]);
  });
});
