/**
 * The small part of ICU MessageFormat the dictionaries use:
 * - `{name}`: a parameter; numbers are written in the locale ("2,5" in German), unknown names stay visible;
 * - `{n, plural, =0 {…} one {…} other {…}}`: picks a branch by exact value or the locale's plural rule;
 *   `#` in a branch is the number, and branches may hold further placeholders.
 */
export type MessageParams = Record<string, string | number | null | undefined>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** The one way numbers are shown: up to two decimals, no thousands separator (stand numbers, years stay as typed). */
export function formatNumber(value: number, locale: string): string {
  // Whole numbers read the same in every locale here; building the first Intl formatter costs a public
  // page on a slow phone more than all the rest of the text, so it is left for fractions.
  if (Number.isSafeInteger(value)) return String(value);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function pluralCategory(value: number, locale: string): string {
  // German and English: "one" for exactly 1, else "other" (saves building Intl.PluralRules at start-up).
  if (/^(de|en)\b/.test(locale)) return value === 1 ? 'one' : 'other';
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` → { one: '…', other: '…' } */
function branches(text: string): Map<string, string> {
  const result = new Map<string, string>();
  const selector = /\s*(=\d+(?:\.\d+)?|[a-z]+)\s*\{/y;
  let match: RegExpExecArray | null;
  while ((match = selector.exec(text))) {
    const open = selector.lastIndex - 1;
    const close = closingBrace(text, open);
    if (close < 0) break;
    result.set(match[1], text.slice(open + 1, close));
    selector.lastIndex = close + 1;
  }
  return result;
}

function placeholder(body: string, params: MessageParams, locale: string): string | null {
  const [name, kind, ...rest] = body.split(',');
  const value = params[name.trim()];
  if (value === undefined || value === null) return null;
  if (kind === undefined) return typeof value === 'number' ? formatNumber(value, locale) : String(value);
  if (kind.trim() !== 'plural' || typeof value !== 'number') return null;
  const options = branches(rest.join(','));
  const chosen = options.get(`=${value}`) ?? options.get(pluralCategory(value, locale)) ?? options.get('other');
  if (chosen === undefined) return null;
  return formatMessage(chosen.replace(/#/g, formatNumber(value, locale)), params, locale);
}

/** Fills in a dictionary text; see the file comment for the syntax. */
export function formatMessage(text: string, params: MessageParams | undefined, locale: string): string {
  if (!params || !text.includes('{')) return text;
  let result = '';
  let from = 0;
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
    const close = closingBrace(text, open);
    if (close < 0) break;
    result += text.slice(from, open);
    result += placeholder(text.slice(open + 1, close), params, locale) ?? text.slice(open, close + 1);
    from = close + 1;
  }
  return result + text.slice(from);
}

/** Names of the parameters a text uses (for checking that translations agree). */
export function parameterNames(text: string): string[] {
  const names = new Set<string>();
  for (let open = text.indexOf('{'); open >= 0; ) {
    const close = closingBrace(text, open);
    if (close < 0) break;
    const [name, kind, ...rest] = text.slice(open + 1, close).split(',');
    names.add(name.trim());
    if (kind?.trim() === 'plural')
      for (const branch of branches(rest.join(',')).values()) parameterNames(branch).forEach((n) => names.add(n));
    open = text.indexOf('{', close);
  }
  return [...names].sort();
}
