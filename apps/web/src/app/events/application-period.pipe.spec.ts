import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { ApplicationPeriodPipe } from './application-period.pipe';

describe('ApplicationPeriodPipe', () => {
  it('names both ends of the application period in the reader’s language', () => {
    localStorage.clear();
    const i18n = TestBed.inject(I18nService);
    const pipe = TestBed.runInInjectionContext(() => new ApplicationPeriodPipe());
    const event = { applicationOpensAt: '2026-09-01T08:00:00.000Z', applicationClosesAt: '2027-06-30T21:59:00.000Z' };
    const from = i18n.formatDateTime(event.applicationOpensAt);
    const to = i18n.formatDateTime(event.applicationClosesAt);
    expect(pipe.transform(event)).toBe(i18n.t('event.periodRange', { from, to }));
    i18n.setLang('en');
    expect(pipe.transform(event)).toContain(i18n.formatDateTime(event.applicationClosesAt));
    expect(pipe.transform(event)).not.toBe(i18n.t('event.periodRange', { from, to }));
  });
});
