import { TestBed } from '@angular/core/testing';
import { de } from './de';
import { en } from './en';
import { I18nService, LANG_STORAGE_KEY, interpolate } from './i18n.service';

describe('dictionaries', () => {
  it('have exactly the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('have no empty translations', () => {
    for (const dict of [de, en]) {
      for (const [key, value] of Object.entries(dict)) {
        expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(de[key]) });
    }
  });
});

describe('interpolate', () => {
  it('replaces named parameters', () => {
    expect(interpolate('Höchstens {max} Zeichen.', { max: 200 })).toBe('Höchstens 200 Zeichen.');
  });

  it('keeps placeholders without a value visible', () => {
    expect(interpolate('{a} und {b}', { a: 1 })).toBe('1 und {b}');
  });
});

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('speaks German by default', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('de');
    expect(i18n.t('nav.events')).toBe('Veranstaltungen');
  });

  it('translates with parameters in the chosen language', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('validation.maxLength', { max: 5 })).toBe('Höchstens 5 Zeichen.');
    i18n.setLang('en');
    expect(i18n.t('validation.maxLength', { max: 5 })).toBe('At most 5 characters.');
  });

  it('returns an unknown key unchanged', () => {
    expect(TestBed.inject(I18nService).t('no.such.key')).toBe('no.such.key');
  });

  it('persists the language and sets the lang attribute of the page', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    TestBed.tick();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('restores the stored language', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18nService).lang()).toBe('en');
  });

  it('formats calendar dates without time-zone shifts', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.formatDate('2025-11-13')).toContain('13. November 2025');
    i18n.setLang('en');
    expect(i18n.formatDate('2025-11-13')).toContain('13 November 2025');
  });
});
