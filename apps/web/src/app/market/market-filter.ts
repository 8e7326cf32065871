import { PublicExhibitor } from '@markt/shared';

/** Lower case without accents, so "kultur" finds "Kultür" and "Begegnungsstätte" finds "begegnungsstatte". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('de-DE')
    .replace(/ß/g, 'ss');
}

export interface ExhibitorFilter {
  query: string;
  /** Empty string: all topics. */
  topic: string;
}

/**
 * The exhibitors matching every word of the query (in organisation, project or short text) and the
 * chosen topic, in the order given.
 */
export function filterExhibitors(exhibitors: readonly PublicExhibitor[], filter: ExhibitorFilter): PublicExhibitor[] {
  const words = normalise(filter.query).split(/\s+/).filter(Boolean);
  return exhibitors.filter((exhibitor) => {
    if (filter.topic && !exhibitor.topics.includes(filter.topic)) return false;
    if (!words.length) return true;
    const haystack = normalise(
      [exhibitor.organisationName, exhibitor.projectTitle, exhibitor.shortText ?? ''].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** Every topic some exhibitor names, once, in German alphabetical order. */
export function topicsOf(exhibitors: readonly PublicExhibitor[]): string[] {
  return [...new Set(exhibitors.flatMap((e) => e.topics))].sort((a, b) => a.localeCompare(b, 'de'));
}

/** Alphabetical by organisation, then project, so visitors can scan the list. */
export function sortExhibitors(exhibitors: readonly PublicExhibitor[]): PublicExhibitor[] {
  return [...exhibitors].sort(
    (a, b) =>
      a.organisationName.localeCompare(b.organisationName, 'de') || a.projectTitle.localeCompare(b.projectTitle, 'de'),
  );
}
