import { Logger } from '@nestjs/common';
import { EventDto, PageLang, PageRenderContext, PublicMarketDto } from '@markt/shared';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ContentEncoding, compress } from './compression';

/** What the web app's server bundle exports (apps/web/src/server.ts). */
export type RenderPage = (path: string, context: PageRenderContext) => Promise<{ status: number; html: string } | null>;

export interface RenderedPage {
  status: number;
  html: string;
  /** Strong validator of the HTML, for conditional requests (304). */
  etag: string;
  /**
   * CSP sources (`'sha256-…'`) of Angular's two inline scripts (the event-dispatch contract and the replay call,
   * which record taps before the app starts); the policy allows exactly these, no other inline script.
   */
  scriptHashes: string[];
  /** The same HTML compressed; made once per distinct page. */
  encoded(encoding: ContentEncoding): Promise<Buffer>;
}

export interface MarketPageSources {
  /** `MarketService.publicMarket`: throws (404) where the market is not published. */
  market(eventId: string): Promise<PublicMarketDto>;
  /** The event the header names (first one open for applications), as `GET /api/events` gives it to visitors. */
  openEvent(): Promise<EventDto | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Distinct pages kept (market × language × data version); each is some 40 kB. */
const CACHE_ENTRIES = 32;

const logger = new Logger('WebApp');

/**
 * Renders `/markt/:eventId` on the server: the API collects what the page shows (the same data the
 * public API answers with) and the Angular app renders it to HTML, which the browser then hydrates.
 * Identical pages (same market data, same language) are rendered once: a crowd scanning the QR code
 * costs one render per change of the market, not one per visitor.
 */
export class MarketPageRenderer {
  /** Pages by their content, rendered or being rendered; the least recently used go first. */
  private readonly cache = new Map<string, Promise<RenderedPage | null>>();
  /** Hashes of the data objects the sources hand out (the market service keeps one per version). */
  private readonly hashes = new WeakMap<object, string>();

  constructor(
    private readonly sources: MarketPageSources,
    private readonly renderPage: RenderPage,
  ) {}

  /**
   * The page, or null where the request is better answered by the client-rendered shell: also where
   * there is no published market (it says "not published"), since ids are anyone's to make up and each
   * would otherwise cost a render of its own.
   */
  async render(eventId: string, lang: PageLang): Promise<RenderedPage | null> {
    const [data, openEvent] = await Promise.all([this.marketOrNull(eventId), this.sources.openEvent()]);
    if (!data) return null;
    const context: PageRenderContext = { lang, openEvent, market: { eventId, data } };
    const key = [lang, eventId, this.hashOf(data), this.hashOf(openEvent)].join(' ');
    const page = this.cache.get(key) ?? this.renderOnce(key, eventId, context);
    // most recently used last; the oldest goes when there are too many
    this.cache.delete(key);
    this.cache.set(key, page);
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    return page;
  }

  private renderOnce(key: string, eventId: string, context: PageRenderContext): Promise<RenderedPage | null> {
    const page = this.renderPage(`/markt/${encodeURIComponent(eventId)}`, context).then((result) =>
      result ? renderedPage(result.status, result.html) : null,
    );
    // A failed render is not kept: the next request tries again.
    page.catch(() => this.cache.get(key) === page && this.cache.delete(key));
    return page;
  }

  private hashOf(value: object | null): string {
    if (!value) return '-';
    let hash = this.hashes.get(value);
    if (!hash) {
      hash = createHash('sha256').update(JSON.stringify(value)).digest('base64url');
      this.hashes.set(value, hash);
    }
    return hash;
  }

  /** Null exactly where the public API answers 400 or 404 (the page then says it is not published). */
  private async marketOrNull(eventId: string): Promise<PublicMarketDto | null> {
    if (!UUID.test(eventId)) return null;
    try {
      return await this.sources.market(eventId);
    } catch (error) {
      if ((error as { getStatus?: () => number }).getStatus?.() === 404) return null;
      throw error;
    }
  }
}

function renderedPage(status: number, html: string): RenderedPage {
  const encoded = new Map<ContentEncoding, Promise<Buffer>>();
  return {
    status,
    html,
    etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
    scriptHashes: inlineScriptHashes(html),
    encoded(encoding) {
      let body = encoded.get(encoding);
      if (!body) {
        // Quality 9: nearly brotli's best at a fraction of its time, as pages are compressed at request time.
        body = compress(Buffer.from(html), encoding, 9);
        body.catch(() => encoded.delete(encoding));
        encoded.set(encoding, body);
      }
      return body;
    },
  };
}

/**
 * The render function of the web app's server bundle (`dist/apps/web/server/server.mjs`), loaded on
 * first use; null when the web app was built without it or it does not load (pages then fall back to
 * client-side rendering).
 */
export function serverBundleLoader(serverEntry: string): () => Promise<RenderPage | null> {
  let loaded: Promise<RenderPage | null> | undefined;
  return () =>
    (loaded ??= existsSync(serverEntry)
      ? importEsm(pathToFileURL(serverEntry).href).then(
          (module) => {
            const renderPage = (module as { renderPage?: RenderPage }).renderPage;
            if (typeof renderPage !== 'function') throw new Error(`${serverEntry} exports no renderPage`);
            return renderPage;
          },
          (error: unknown) => {
            logger.error({ msg: 'server rendering unavailable', error: String(error) });
            return null;
          },
        )
      : Promise.resolve(null));
}

/**
 * `import()` of an ES module from this CommonJS bundle: TypeScript would turn a plain `import()`
 * into `require()`, which cannot load the web app's server bundle (ES modules with top-level await).
 */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * Angular's two inline scripts of a server-rendered page: the event-dispatch contract, which the build puts
 * in the page's head, and the replay call Angular renders right after it (`window.__jsaction_bootstrap(…)` with
 * the app id and the event names to replay). Only the first contract counts, and the replay call only in
 * exactly that form.
 */
const ANGULAR_SCRIPTS =
  /<script\b[^>]*\bid="ng-event-dispatch-contract"[^>]*>([\s\S]*?)<\/script>(?:\s*<script\b[^>]*>(window\.__jsaction_bootstrap\(document\.body,"[\w-]*",\[[\w",-]*\],\[[\w",-]*\]\);)<\/script>)?/i;

/**
 * Hashes of the page's inline scripts the policy allows: Angular's own two, and nothing else, so that any
 * other inline script (should content ever reach a page unescaped) stays blocked. The transfer state is JSON,
 * never run, and needs no hash.
 */
export function inlineScriptHashes(html: string): string[] {
  const [, contract, replay] = ANGULAR_SCRIPTS.exec(html) ?? [];
  return [contract, replay]
    .filter((code): code is string => code !== undefined)
    .map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
}

/** The response's policy with these inline scripts allowed besides the app's own files. */
export function allowScripts(policy: string, hashes: readonly string[]): string {
  if (!hashes.length) return policy;
  return policy.replace(
    /(^|;)\s*script-src ([^;]*)/,
    (_, start: string, sources: string) => `${start}script-src ${sources} ${hashes.join(' ')}`,
  );
}
