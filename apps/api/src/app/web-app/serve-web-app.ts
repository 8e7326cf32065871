import { INestApplication, Logger } from '@nestjs/common';
import { EventDto, EventStatus, LANG_COOKIE, PageLang } from '@markt/shared';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EventsService } from '../events/events.service';
import { toEventDto } from '../events/events.mapper';
import { MarketService } from '../market/market.service';
import { pickEncoding } from './compression';
import { HASHED_ASSET, compressedAssets } from './compressed-assets';
import { MarketPageRenderer, MarketPageSources, RenderPage, allowScripts, serverBundleLoader } from './page-renderer';

const logger = new Logger('WebApp');
/** `/markt/:eventId` (the id is taken from the path here: Express would answer 400 to a malformed one). */
const MARKET_PAGE = /^\/markt\/([^/]+)\/?$/;
/** The API's paths, which no file of the build answers. */
const API_PATH = /^\/api(\/|$)/;

/**
 * The built Angular app on the same port as the API. `/markt/:eventId` comes server-rendered with
 * its exhibitors and plan (see MarketPageRenderer); every other non-API path gets the client-rendered
 * shell so deep links work. Scripts and styles go out compressed.
 */
export function serveWebApp(app: INestApplication, server: express.Express, dir: string): void {
  serveBuiltWebApp(server, dir, {
    sources: () => marketPageSources(app),
    loadRenderPage: serverBundleLoader(join(dir, '..', 'server', 'server.mjs')),
  });
}

export interface WebAppDeps {
  /** Where the market page's data comes from (asked once, on the first market page). */
  sources: () => MarketPageSources;
  /** The web app's server-side render function; null: serve the client-rendered shell only. */
  loadRenderPage: () => Promise<RenderPage | null>;
}

export function serveBuiltWebApp(server: express.Express, dir: string, deps: WebAppDeps): void {
  // The build names the shell index.csr.html once it also has a server bundle.
  const index = [join(dir, 'index.csr.html'), join(dir, 'index.html')].find((file) => existsSync(file));
  if (!index) return;
  let renderer: Promise<MarketPageRenderer | null> | undefined;
  const marketPages = () =>
    (renderer ??= deps
      .loadRenderPage()
      .then((renderPage) => (renderPage ? new MarketPageRenderer(deps.sources(), renderPage) : null)));

  server.use(compressedAssets(dir));
  const files = express.static(dir, {
    index: false,
    setHeaders: (res, path) => {
      if (HASHED_ASSET.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  // Not asked for API requests: each look-up is a file-system call on libuv's thread pool, which the SQLite
  // driver's queries share, so under load every API request waited for one more turn there.
  server.use((req, res, next) => (API_PATH.test(req.path) ? next() : files(req, res, next)));
  server.get(MARKET_PAGE, (req, res, next) => {
    let eventId: string;
    try {
      eventId = decodeURIComponent(MARKET_PAGE.exec(req.path)?.[1] ?? '');
    } catch {
      return next(); // not even a path: the shell says "not found"
    }
    marketPages()
      .then((pages) => pages?.render(eventId, langOf(req)) ?? null)
      .then(async (page) => {
        if (!page) return next();
        // no-cache: every visit asks again (a withdrawn consent counts at once); the ETag saves the body.
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Vary', 'Accept-Encoding, Cookie');
        res.setHeader('ETag', page.etag);
        const policy = res.getHeader('Content-Security-Policy');
        if (typeof policy === 'string')
          res.setHeader('Content-Security-Policy', allowScripts(policy, page.scriptHashes));
        res.status(page.status).type('html');
        if (page.status === 200 && req.fresh) return void res.status(304).end();
        const encoding = pickEncoding(req);
        const body = encoding ? await page.encoded(encoding) : Buffer.from(page.html);
        if (encoding) res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', body.length);
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
        // The client-rendered shell still shows the page, from the public API.
        logger.warn({ msg: 'server rendering failed', path: req.path, error: String(error) });
        if (!res.headersSent) next();
      });
  });
  server.get(/^\/.*/, (req, res, next) => {
    if (API_PATH.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** German unless the visitor chose English (the web app mirrors its choice into this cookie). */
export function langOf(req: Pick<express.Request, 'cookies'>): PageLang {
  return (req.cookies as Record<string, string> | undefined)?.[LANG_COOKIE] === 'en' ? 'en' : 'de';
}

/** How long the header's open event is taken as known (it changes a few times a year). */
const OPEN_EVENT_MAX_AGE_MS = 5_000;

/** The market page's data, from the same services and with the same rules as the public API. */
function marketPageSources(app: INestApplication): MarketPageSources {
  const market = app.get(MarketService, { strict: false });
  const events = app.get(EventsService, { strict: false });
  let openEvent: { since: number; event: Promise<EventDto | null> } | undefined;
  const loadOpenEvent = async () => {
    const open = (await events.list(undefined)).find((event) => event.status === EventStatus.Open);
    return open ? toEventDto(open) : null;
  };
  return {
    // cached by the market service, per change of the market
    market: (eventId) => market.publicMarket(eventId),
    // a crowd at the entrance should not mean a query per visitor
    openEvent: () => {
      if (!openEvent || Date.now() - openEvent.since > OPEN_EVENT_MAX_AGE_MS) {
        const current = { since: Date.now(), event: loadOpenEvent() };
        current.event.catch(() => openEvent === current && (openEvent = undefined));
        openEvent = current;
      }
      return openEvent.event;
    },
  };
}
