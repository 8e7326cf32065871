import { PublicExhibitor, PublicMarketDto } from '@markt/shared';

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

/** "20", "Stand 20", "stand20" and "Nr. 20" all ask for stand 20. */
const STAND_QUERY = /^(?:stand\s*)?(?:nr\.?\s*)?(\S+)$/;

/**
 * The exhibitors matching the chosen topic and the query: where the query names a stand number some
 * exhibitor has ("20", "Stand 20"), exactly those on that stand (a visitor reading a stand's sign);
 * otherwise those with every word of it in organisation, project or short text. In the order given.
 */
export function filterExhibitors(exhibitors: readonly PublicExhibitor[], filter: ExhibitorFilter): PublicExhibitor[] {
  const inTopic = filter.topic ? exhibitors.filter((e) => e.topics.includes(filter.topic)) : [...exhibitors];
  const query = normalise(filter.query).trim();
  if (!query) return inTopic;
  const number = STAND_QUERY.exec(query)?.[1];
  const onStand = (e: PublicExhibitor) => e.standNumber !== null && normalise(e.standNumber) === number;
  if (number && exhibitors.some(onStand)) return inTopic.filter(onStand);
  const words = query.split(/\s+/);
  return inTopic.filter((exhibitor) => {
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

/** The market as the page shows it: exhibitors in alphabetical order, and the topics to filter by. */
export type MarketView = PublicMarketDto & { topics: string[] };

/**
 * Sorting needs the browser's collation (ICU), whose first use costs a phone tens of milliseconds;
 * a server-rendered page therefore brings the view ready-made (see MarketService).
 */
export function toMarketView(market: PublicMarketDto): MarketView {
  const exhibitors = sortExhibitors(market.exhibitors);
  return { ...market, exhibitors, topics: topicsOf(exhibitors) };
}
