import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService, Lang, TranslationParams } from './i18n.service';

/**
 * `{{ 'nav.events' | t }}` or `{{ 'validation.maxLength' | t: { max: 200 } }}`. Impure so it follows the
 * language; each use remembers its last text, so change detection over long lists (a plan's 1,000
 * stands) only translates again what changed.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  private last: { lang: Lang; key: string; params: TranslationParams | undefined; text: string } | null = null;

  transform(key: string, params?: TranslationParams): string {
    const lang = this.i18n.lang();
    const last = this.last;
    if (last && last.lang === lang && last.key === key && sameParams(last.params, params)) return last.text;
    const text = this.i18n.t(key, params);
    // a copy: a caller may change its parameter object in place
    this.last = { lang, key, params: params && { ...params }, text };
    return text;
  }
}

function sameParams(a: TranslationParams | undefined, b: TranslationParams | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(a, key) && a[key] === b[key]);
}
