import { NotFoundException } from '@nestjs/common';
import { EventDto, PageRenderContext, PublicMarketDto } from '@markt/shared';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { inlineScriptHashes, MarketPageRenderer, MarketPageSources, RenderPage } from './page-renderer';

const EVENT_ID = '0e7d130b-5d43-454c-a593-b0bf254cd4b1';

const market = (title: string): PublicMarketDto => ({
  event: {
    id: EVENT_ID,
    title,
    date: '2025-11-13',
    startTime: '15:00',
    endTime: '19:15',
    venueName: 'Plenarsaal',
    venueAddress: 'Marktplatz 2',
  },
  exhibitors: [],
  plan: null,
});

function setup(overrides: Partial<MarketPageSources> = {}) {
  let title = 'Integrationskonferenz 2025';
  const sources: MarketPageSources = {
    market: jest.fn(async () => market(title)),
    openEvent: jest.fn(async () => ({ id: 'open', title: '2027' }) as EventDto),
    ...overrides,
  };
  const contexts: PageRenderContext[] = [];
  const renderPage = jest.fn<ReturnType<RenderPage>, Parameters<RenderPage>>(async (path, context) => {
    contexts.push(context);
    return { status: 200, html: `<html lang="${context.lang}">${path} ${context.market?.data?.event.title}</html>` };
  });
  const renderer = new MarketPageRenderer(sources, renderPage);
  return { renderer, renderPage, sources, contexts, retitle: (next: string) => (title = next) };
}

describe('MarketPageRenderer', () => {
  it('renders the market with the data of the public API, the open event and the language', async () => {
    const { renderer, contexts } = setup();
    const page = await renderer.render(EVENT_ID, 'en');
    expect(page?.status).toBe(200);
    expect(page?.html).toBe(`<html lang="en">/markt/${EVENT_ID} Integrationskonferenz 2025</html>`);
    expect(contexts[0]).toEqual({
      lang: 'en',
      openEvent: { id: 'open', title: '2027' },
      market: { eventId: EVENT_ID, data: market('Integrationskonferenz 2025') },
    });
  });

  it('renders a page once while its data stays the same, and again when the market changes', async () => {
    const { renderer, renderPage, retitle } = setup();
    const [first, second] = await Promise.all([renderer.render(EVENT_ID, 'de'), renderer.render(EVENT_ID, 'de')]);
    expect(await renderer.render(EVENT_ID, 'de')).toBe(first);
    expect(second).toBe(first);
    expect(renderPage).toHaveBeenCalledTimes(1);

    await renderer.render(EVENT_ID, 'en');
    expect(renderPage).toHaveBeenCalledTimes(2);

    retitle('Neuer Titel');
    const changed = await renderer.render(EVENT_ID, 'de');
    expect(changed?.html).toContain('Neuer Titel');
    expect(changed?.etag).not.toBe(first?.etag);
    expect(renderPage).toHaveBeenCalledTimes(3);
  });

  it('keeps a bounded number of pages', async () => {
    const { renderer, renderPage, retitle } = setup();
    for (let i = 0; i < 40; i++) {
      retitle(`Markt ${i}`);
      await renderer.render(EVENT_ID, 'de');
    }
    retitle('Markt 0');
    await renderer.render(EVENT_ID, 'de');
    expect(renderPage).toHaveBeenCalledTimes(41);
  });

  it('leaves markets that are not published to the shell, without asking for a non-UUID', async () => {
    const { renderer, sources, renderPage } = setup({
      market: jest.fn(async () => {
        throw new NotFoundException({ code: 'market_not_published' });
      }),
    });
    // Made-up ids must not cost a render each.
    expect(await renderer.render(EVENT_ID, 'de')).toBeNull();
    expect(await renderer.render('kein-uuid', 'de')).toBeNull();
    expect(renderPage).not.toHaveBeenCalled();
    expect(sources.market).toHaveBeenCalledTimes(1);
  });

  it('fails on other errors (the shell is served instead) and tries again next time', async () => {
    const failing = jest.fn().mockRejectedValueOnce(new Error('database down'));
    const { renderer, renderPage } = setup({ market: failing });
    failing.mockResolvedValue(market('wieder da'));
    await expect(renderer.render(EVENT_ID, 'de')).rejects.toThrow('database down');
    expect(renderPage).not.toHaveBeenCalled();

    renderPage.mockRejectedValueOnce(new Error('render failed'));
    await expect(renderer.render(EVENT_ID, 'de')).rejects.toThrow('render failed');
    expect((await renderer.render(EVENT_ID, 'de'))?.html).toContain('wieder da');
  });

  it('compresses each page once per encoding', async () => {
    const { renderer } = setup();
    const page = await renderer.render(EVENT_ID, 'de');
    if (!page) throw new Error('no page');
    const br = await page.encoded('br');
    expect(brotliDecompressSync(br).toString()).toBe(page.html);
    expect(gunzipSync(await page.encoded('gzip')).toString()).toBe(page.html);
    expect(await page.encoded('br')).toBe(br);
  });

  it('hashes only Angular’s contract and a replay call in Angular’s form', () => {
    const contract = '(()=>{})();';
    const html = (replay: string) =>
      `<head><script id="ng-event-dispatch-contract">${contract}</script><script>${replay}</script></head>`;
    expect(inlineScriptHashes(html('window.__jsaction_bootstrap(document.body,"ng",["click"],[]);'))).toHaveLength(2);
    expect(
      inlineScriptHashes(html('window.__jsaction_bootstrap(document.body,"ng",["click"],[]);alert(1);')),
    ).toHaveLength(1);
    expect(inlineScriptHashes('<body><script>alert(1)</script></body>')).toEqual([]);
  });
});
