import { EventDto } from './event';
import { PublicMarketDto } from './market';

export type PageLang = 'de' | 'en';

/** The cookie that mirrors the visitor's language choice, so the server renders pages in it. */
export const LANG_COOKIE = 'markt_lang';

/**
 * What the API hands the server-side rendering of a public page (`/markt/:eventId`), so the page
 * renders without any HTTP request of its own; the browser takes the same data over when it hydrates.
 */
export interface PageRenderContext {
  lang: PageLang;
  /** The event the header names: the first one open for applications, as `GET /api/events` lists them. */
  openEvent: EventDto | null;
  /** `/markt/:eventId`: the market as `GET /api/public/events/:id/market` answers, or null where that is 404/400. */
  market?: { eventId: string; data: PublicMarketDto | null };
}
