import { DOCUMENT, Injectable, computed, effect, inject, signal } from '@angular/core';
import { de, Dictionary, TranslationKey } from './de';
import { en } from './en';
import { formatMessage } from './message-format';

export type Lang = 'de' | 'en';
export type TranslationParams = Record<string, string | number | null | undefined>;

export const LANG_STORAGE_KEY = 'markt.lang';
const DICTIONARIES: Record<Lang, Dictionary> = { de, en };
const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

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
  readonly lang = signal<Lang>(storedLang());
  readonly locale = computed(() => LOCALES[this.lang()]);

  constructor() {
    effect(() => {
      const lang = this.lang();
      this.document.documentElement.lang = lang;
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
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    const date = match ? new Date(+match[1], +match[2] - 1, +match[3]) : new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(this.locale(), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(date);
  }

  /** Formats an ISO date-time in the user's time zone. */
  formatDateTime(value: string | null | undefined): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(this.locale(), { dateStyle: 'long', timeStyle: 'short' }).format(date);
  }
}
