import { PLATFORM_ID, TransferState, makeStateKey } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { de } from './de';
import { en } from './en';
import { I18nService, LANG_STORAGE_KEY, Lang, interpolate } from './i18n.service';
import { parameterNames } from './message-format';

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
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect({ key, p: parameterNames(en[key]) }).toEqual({ key, p: parameterNames(de[key]) });
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

  it('writes numbers the way the language does', () => {
    expect(interpolate('{w} × {d} m', { w: 2.5, d: 3 }, 'de-DE')).toBe('2,5 × 3 m');
    expect(interpolate('{w} × {d} m', { w: 2.5, d: 3 }, 'en-GB')).toBe('2.5 × 3 m');
    expect(interpolate('Stand {n}', { n: 1024 }, 'de-DE')).toBe('Stand 1024');
    expect(interpolate('Code {c}', { c: '2.5' }, 'de-DE')).toBe('Code 2.5');
  });

  it('picks the plural form by number, with exact matches first and # as the number', () => {
    const text = '{n, plural, =0 {keine Zuteilung} one {# Zuteilung} other {# Zuteilungen}} für {name}';
    expect(interpolate(text, { n: 0, name: 'A' }, 'de-DE')).toBe('keine Zuteilung für A');
    expect(interpolate(text, { n: 1, name: 'A' }, 'de-DE')).toBe('1 Zuteilung für A');
    expect(interpolate(text, { n: 2, name: 'A' }, 'de-DE')).toBe('2 Zuteilungen für A');
    expect(interpolate(text, { n: 1.5, name: 'A' }, 'de-DE')).toBe('1,5 Zuteilungen für A');
    expect(interpolate(text, { name: 'A' }, 'de-DE')).toBe(text.replace('{name}', 'A'));
  });

  it('names the parameters of nested placeholders', () => {
    expect(parameterNames('{n, plural, one {# von {min}} other {# von {max}}} {x}')).toEqual(['max', 'min', 'n', 'x']);
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

  it.each<[Lang, string, Record<string, number>, string]>([
    ['de', 'validation.maxLength', { max: 5 }, 'Höchstens 5 Zeichen.'],
    ['en', 'validation.maxLength', { max: 5 }, 'At most 5 characters.'],
    // singular and plural, in both languages
    ['de', 'assign.suggestionReady', { n: 1 }, 'Vorschlag mit 1 Zuteilung berechnet.'],
    ['de', 'assign.applied', { n: 3 }, '3 Zuteilungen aus dem Vorschlag wurden übernommen.'],
    ['de', 'review.countLine', { count: 1, min: 2 }, '1 zählende Bewertung (nötig für eine Entscheidung: 2).'],
    ['en', 'assign.applied', { n: 1 }, '1 assignment from the suggestion was applied.'],
    ['en', 'review.resultCount', { count: 2 }, '2 applications found.'],
    // "Vorschlag" without a score of 0; measures with the language's decimal mark
    ['de', 'assign.suggestionScore', { score: 0 }, 'Vorschlag'],
    ['de', 'assign.suggestionScore', { score: 12.5 }, 'Vorschlag (Bewertung 12,5)'],
    ['de', 'floorPlan.table.wd', { width: 2.5, depth: 2 }, '2,5 × 2 m'],
    ['en', 'floorPlan.table.wd', { width: 2.5, depth: 2 }, '2.5 × 2 m'],
  ])('in %s translates %s with %j as "%s"', (lang, key, params, text) => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang(lang);
    expect(i18n.t(key, params)).toBe(text);
  });

  it('returns an unknown key unchanged', () => {
    expect(TestBed.inject(I18nService).t('no.such.key')).toBe('no.such.key');
  });

  it("shows instants on the Berlin clock, whatever the browser's time zone", () => {
    const i18n = TestBed.inject(I18nService);
    // 23:59 in Berlin, winter (UTC+1) and summer (UTC+2)
    expect(i18n.formatDateTime('2026-11-30T22:59:00.000Z')).toBe('30. November 2026 um 23:59');
    expect(i18n.formatDateTime('2026-06-30T21:59:00.000Z')).toContain('23:59');
    expect(i18n.formatTime(new Date('2026-06-30T21:59:30.000Z'))).toBe('23:59:30');
    expect(i18n.formatDate('2026-06-30')).toBe('Dienstag, 30. Juni 2026');
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

  it('mirrors the language into a cookie, so the server renders pages in it', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    TestBed.tick();
    expect(document.cookie).toContain('markt_lang=en');
    i18n.setLang('de');
    TestBed.tick();
    expect(document.cookie).toContain('markt_lang=de');
  });

  it('shows dates as a server-rendered page had them, until the language changes', () => {
    TestBed.inject(TransferState).set(makeStateKey<Record<string, string>>('markt.formattedDates'), {
      'de-DE date 2025-11-13': 'am 13.11.2025 (vom Server)',
    });
    const i18n = TestBed.inject(I18nService);
    expect(i18n.formatDate('2025-11-13')).toBe('am 13.11.2025 (vom Server)');
    expect(i18n.formatDate('2025-11-14')).toContain('14. November 2025');
    i18n.setLang('en');
    expect(i18n.formatDate('2025-11-13')).toContain('13 November 2025');
  });

  it('on the server, sends the dates it formatted along with the page, and sets no cookie', () => {
    TestBed.configureTestingModule({ providers: [{ provide: PLATFORM_ID, useValue: 'server' }] });
    document.cookie = 'markt_lang=; Max-Age=0; Path=/';
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    TestBed.tick();
    const text = i18n.formatDate('2025-11-13');
    const state = JSON.parse(TestBed.inject(TransferState).toJson()) as Record<string, Record<string, string>>;
    expect(state['markt.formattedDates']).toEqual({ 'en-GB date 2025-11-13': text });
    expect(document.cookie).not.toContain('markt_lang=en');
  });
});
