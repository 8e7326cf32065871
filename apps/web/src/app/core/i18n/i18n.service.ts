import { isPlatformBrowser } from '@angular/common';
import {
  DOCUMENT,
  Injectable,
  PLATFORM_ID,
  TransferState,
  computed,
  effect,
  inject,
  makeStateKey,
  signal,
} from '@angular/core';
import { EVENT_TIME_ZONE, LANG_COOKIE } from '@markt/shared';
import { de, Dictionary, TranslationKey } from './de';
import { en } from './en';
import { formatMessage } from './message-format';

export type Lang = 'de' | 'en';
export type TranslationParams = Record<string, string | number | null | undefined>;

export const LANG_STORAGE_KEY = 'markt.lang';
const DICTIONARIES: Record<Lang, Dictionary> = { de, en };
const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
// Calendar dates are built as UTC midnight and shown in UTC; instants are shown on the event's (Berlin) clock.
const DATE_FORMATS = {
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  dateTime: { dateStyle: 'long', timeStyle: 'short', timeZone: EVENT_TIME_ZONE },
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: EVENT_TIME_ZONE },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Dates and date-times as the server formatted them for the page it rendered. The browser's first `Intl` formatter
 * costs a phone some 20 ms (ICU starting up) right while the page becomes interactive; with these it
 * shows the same text without one. Other dates, and every date after a change of language, are
 * formatted in the browser as usual.
 */
const FORMATTED_KEY = makeStateKey<Record<string, string>>('markt.formattedDates');

/** Fills in `{name}` and `{n, plural, …}` (see message-format.ts); unknown placeholders stay visible. */
export function interpolate(text: string, params?: TranslationParams, locale: string = LOCALES.de): string {
  return formatMessage(text, params, locale);
}

function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return value === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  readonly lang = signal<Lang>(storedLang());
  readonly locale = computed(() => LOCALES[this.lang()]);
  private readonly formatters = new Map<string, Intl.DateTimeFormat>();
  private readonly formatted = new Map<string, string>();

  constructor() {
    const state = inject(TransferState);
    if (this.browser) {
      for (const [key, text] of Object.entries(state.get(FORMATTED_KEY, {}))) this.formatted.set(key, text);
      state.remove(FORMATTED_KEY);
    } else {
      state.onSerialize(FORMATTED_KEY, () => Object.fromEntries(this.formatted));
    }
    effect(() => {
      const lang = this.lang();
      this.document.documentElement.lang = lang;
      if (!this.browser) return;
      // The server renders public pages in the language this cookie names.
      this.document.cookie = `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`;
      try {
        globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
      } catch {
        // storage unavailable (private mode): the choice lasts for this visit only
      }
    });
  }

  setLang(lang: Lang): void {
    this.lang.set(lang);
  }

  has(key: string): key is TranslationKey {
    return Object.prototype.hasOwnProperty.call(DICTIONARIES[this.lang()], key);
  }

  /** Translates a key; an unknown key is returned as is so it shows up in testing. */
  t(key: string, params?: TranslationParams): string {
    const dictionary = DICTIONARIES[this.lang()];
    const text = this.has(key) ? dictionary[key] : key;
    return interpolate(text, params, this.locale());
  }

  /** Formats an ISO calendar date (YYYY-MM-DD) without shifting it through time zones. */
  formatDate(value: string | null | undefined): string {
    if (!value) return '';
    return this.remembered('date', value, () => {
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
      const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : new Date(value);
      return Number.isNaN(date.getTime()) ? value : this.formatter('date').format(date);
    });
  }

  /** Formats an ISO date-time as Berlin time (where the events are), whatever the browser's time zone. */
  formatDateTime(value: string | null | undefined): string {
    if (!value) return '';
    return this.remembered('dateTime', value, () => this.formatInstant('dateTime', value));
  }

  /** The time of day (HH:MM:SS) of an instant, as Berlin time. */
  formatTime(value: Date | string): string {
    return this.formatInstant('time', value);
  }

  private formatInstant(kind: 'dateTime' | 'time', value: Date | string): string {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : this.formatter(kind).format(date);
  }

  /** What the server formatted (see FORMATTED_KEY), else `format()`; on the server, remembered for the browser. */
  private remembered(kind: 'date' | 'dateTime', value: string, format: () => string): string {
    const key = `${this.locale()} ${kind} ${value}`;
    const known = this.formatted.get(key);
    if (known !== undefined) return known;
    const text = format();
    if (!this.browser) this.formatted.set(key, text);
    return text;
  }

  /** Making a formatter costs far more than using one (and the date pipes run on every change detection). */
  private formatter(kind: keyof typeof DATE_FORMATS): Intl.DateTimeFormat {
    const key = `${this.locale()} ${kind}`;
    let formatter = this.formatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(this.locale(), DATE_FORMATS[kind]);
      this.formatters.set(key, formatter);
    }
    return formatter;
  }
}
