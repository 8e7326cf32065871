import { Role } from '@markt/shared';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { SessionService } from '../src/app/auth/session.service';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { COMPLETE, PNG } from './fixtures';
import { ApiClient } from './support/http-client';
import { createTestApp, DATABASES, PASSWORD, TestApp } from './test-app';

/**
 * Slow and stalled clients against the real HTTP server on a port: a request body that never
 * finishes must hold nothing that other clients wait for, and the server's header, request, idle and
 * keep-alive timeouts must cut such clients off and free their sockets.
 */

/** A TCP connection that writes raw HTTP and records what comes back and when it was closed. */
class RawClient {
  readonly socket: Socket;
  readonly openedAt = performance.now();
  private data = '';
  /** Milliseconds from connecting until the connection was closed (by either side). */
  readonly closed: Promise<number>;
  isClosed = false;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.on('data', (chunk: Buffer) => (this.data += chunk.toString('latin1')));
    this.socket.on('error', () => undefined);
    this.closed = new Promise((done) =>
      this.socket.once('close', () => {
        this.isClosed = true;
        done(performance.now() - this.openedAt);
      }),
    );
  }

  get received(): string {
    return this.data;
  }

  write(text: string | Buffer): void {
    if (!this.socket.destroyed) this.socket.write(text);
  }

  destroy(): void {
    this.socket.destroy();
  }
}

function requestHead(method: string, path: string, headers: Record<string, string | number>): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${lines.join('')}\r\n`;
}

/** The value, or 'pending' if it has not come within `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<'pending'>((done) => (timer = setTimeout(done, ms, 'pending')))]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function listen(t: TestApp): Promise<{ url: string; port: number }> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = (t.app.getHttpServer() as Server).address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port };
}

describe.each(DATABASES)('slow and stalled clients (%s)', (database) => {
  /** Raw connections a test opened, closed after each test whatever happened. */
  const raws: RawClient[] = [];
  const raw = (port: number) => {
    const client = new RawClient(port);
    raws.push(client);
    return client;
  };
  afterEach(() => {
    for (const r of raws.splice(0)) r.destroy();
  });

  /**
   * A signed-in client, its session made in the database: no password hashing, which on a busy machine
   * can take longer than the short idle timeout below.
   */
  async function signedIn(t: TestApp, url: string, role: Role) {
    const user = await t.createUser(role);
    const { token } = await t.app.get(SessionService).create(user.id);
    return { api: await new ApiClient([url], 5000).useSession(token), user };
  }

  /** An applicant with a draft of their own. */
  async function applicantWithDraft(t: TestApp, url: string, eventId: string) {
    const { api, user } = await signedIn(t, url, Role.Applicant);
    const created = await api.request('post', `/api/events/${eventId}/applications`);
    expect(created.status).toBe(201);
    return { api, user, id: created.body.id as string };
  }

  async function openEvent(url: string, t: TestApp): Promise<string> {
    const { api: admin } = await signedIn(t, url, Role.Admin);
    const res = await admin.request('post', '/api/events', { body: { ...EVENT_2027, title: `Stall ${randomUUID()}` } });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  /** The authenticated start of an upload whose body stops after a few bytes (the file part has begun). */
  function stalledUpload(port: number, api: ApiClient, id: string): RawClient {
    const boundary = '----stalled-upload';
    const client = raw(port);
    client.write(
      requestHead('PUT', `/api/applications/${id}/logo`, {
        Cookie: api.cookieHeader,
        'X-XSRF-TOKEN': api.xsrf,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': 5_000_000,
      }),
    );
    client.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    client.write(PNG.subarray(0, 20));
    return client;
  }

  /** The authenticated start of a JSON write whose body stops half-way. */
  function stalledJson(port: number, api: ApiClient, method: string, path: string): RawClient {
    const client = raw(port);
    client.write(
      requestHead(method, path, {
        Cookie: api.cookieHeader,
        'X-XSRF-TOKEN': api.xsrf,
        'Content-Type': 'application/json',
        'Content-Length': 10_000,
      }),
    );
    client.write('{"projectTitle": "Ein halber Ti');
    return client;
  }

  describe('with the default timeouts', () => {
    let t: TestApp;
    let url: string;
    let port: number;
    let eventId: string;
    beforeAll(async () => {
      t = await createTestApp(database);
      ({ url, port } = await listen(t));
      eventId = await openEvent(url, t);
    }, 60_000);
    afterAll(() => t?.close());

    it('sets the configured timeouts on the server', () => {
      const server = t.app.getHttpServer() as Server;
      expect({
        headers: server.headersTimeout,
        request: server.requestTimeout,
        idle: server.timeout,
        keepAlive: server.keepAliveTimeout,
      }).toEqual({
        headers: t.config.http.headersTimeoutMs,
        request: t.config.http.requestTimeoutMs,
        idle: t.config.http.idleTimeoutMs,
        keepAlive: t.config.http.keepAliveTimeoutMs,
      });
      expect(t.config.http.headersTimeoutMs).toBeLessThanOrEqual(t.config.http.requestTimeoutMs);
    });

    it('a write whose body never finishes does not delay another client’s login by more than one second', async () => {
      const other = await t.createUser(Role.Reviewer);
      const login = async () => {
        const api = await new ApiClient([url], 10_000).init();
        const start = performance.now();
        const res = await api.request('post', '/api/auth/login', {
          body: { email: other.email, password: PASSWORD },
        });
        return { status: res.status, ms: performance.now() - start };
      };
      const baseline = median([(await login()).ms, (await login()).ms, (await login()).ms]);

      // Uploads and JSON writes of two applicants, each stopping in the middle of its body.
      const writers = [await applicantWithDraft(t, url, eventId), await applicantWithDraft(t, url, eventId)];
      const bystander = await applicantWithDraft(t, url, eventId);
      const stalled = writers.flatMap(({ api, id }) => [
        stalledUpload(port, api, id),
        stalledJson(port, api, 'PATCH', `/api/applications/${id}`),
        stalledJson(port, api, 'POST', `/api/applications/${id}/submit`),
      ]);
      await sleep(300); // the server has read the heads and is waiting for the rest

      const during = await login();
      expect(during.status).toBe(200);
      const delay = Math.round(during.ms - baseline);
      expect(delay < 1000 ? 'not delayed' : `delayed by ${delay} ms (login alone: ${Math.round(baseline)} ms)`).toBe(
        'not delayed',
      );

      // Other writes go through too, the stalled applicants' own included.
      const start = performance.now();
      const writes = await Promise.all([
        bystander.api.request('patch', `/api/applications/${bystander.id}`, {
          body: { projectTitle: 'Während es hängt' },
        }),
        bystander.api.request('post', `/api/events/${eventId}/applications`),
        writers[0].api.request('patch', `/api/applications/${writers[0].id}`, { body: { shortText: 'Noch da' } }),
      ]);
      expect(writes.map((w) => w.status)).toEqual([200, 200, 200]); // starting again answers the live application
      expect(performance.now() - start).toBeLessThan(1000 + 3 * baseline);

      // The measurement happened while all of them were still stuck: nothing answered, nothing closed.
      expect(stalled.map((s) => ({ closed: s.isClosed, answered: s.received.length > 0 }))).toEqual(
        stalled.map(() => ({ closed: false, answered: false })),
      );
    });

    it('PUT /api/applications/:id/logo as JSON {} answers 4xx and blocks no other write', async () => {
      const { api, id } = await applicantWithDraft(t, url, eventId);
      const editor = await applicantWithDraft(t, url, eventId);
      const leaver = await applicantWithDraft(t, url, eventId);
      const replies = await Promise.all([
        ...Array.from({ length: 5 }, () => api.request('put', `/api/applications/${id}/logo`, { body: {} })),
        ...Array.from({ length: 5 }, () => api.request('put', `/api/applications/${randomUUID()}/logo`, { body: {} })),
        editor.api.request('patch', `/api/applications/${editor.id}`, { body: COMPLETE }),
        leaver.api.request('post', `/api/applications/${leaver.id}/withdraw`),
      ]);
      const logo = replies.slice(0, 10);
      // No answer within the client's five seconds shows as status 0.
      expect(logo.map((r) => (r.status >= 400 && r.status < 500 ? '4xx' : `${r.status} ${r.text}`))).toEqual(
        logo.map(() => '4xx'),
      );
      expect(replies.slice(10).map((r) => r.status)).toEqual([200, 200]);
      // And afterwards writes of the same applicant still go through.
      expect((await api.request('patch', `/api/applications/${id}`, { body: { projectTitle: 'Danach' } })).status).toBe(
        200,
      );
    });
  });

  describe('with short timeouts (HTTP_*_TIMEOUT_SECONDS)', () => {
    const HEADERS_S = 1;
    const REQUEST_S = 2;
    const IDLE_S = 1;
    const KEEP_ALIVE_S = 1;
    /** Allowed on top of a timeout before the socket must be gone: scheduling on a busy machine. */
    const SLACK_MS = 2500;

    let t: TestApp;
    let url: string;
    let port: number;
    let eventId: string;
    beforeAll(async () => {
      t = await createTestApp(database, {
        HTTP_HEADERS_TIMEOUT_SECONDS: String(HEADERS_S),
        HTTP_REQUEST_TIMEOUT_SECONDS: String(REQUEST_S),
        HTTP_IDLE_TIMEOUT_SECONDS: String(IDLE_S),
        HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: String(KEEP_ALIVE_S),
      });
      ({ url, port } = await listen(t));
      eventId = await openEvent(url, t);
    }, 60_000);
    afterAll(() => t?.close());

    /** Waits for the server to close the connection; 'pending' if it has not within `limitMs`. */
    async function closedWithin(client: RawClient, limitMs: number): Promise<number | 'pending'> {
      const result = await within(client.closed, limitMs);
      return typeof result === 'number' ? Math.round(result) : result;
    }

    it('closes a connection whose body stalls (upload or JSON) and keeps serving', async () => {
      const { api, id } = await applicantWithDraft(t, url, eventId);
      const upload = stalledUpload(port, api, id);
      const json = stalledJson(port, api, 'PATCH', `/api/applications/${id}`);
      const limit = IDLE_S * 1000 + SLACK_MS;
      const [uploadClosed, jsonClosed] = await Promise.all([closedWithin(upload, limit), closedWithin(json, limit)]);
      expect({ uploadClosed, jsonClosed }).toEqual({
        uploadClosed: expect.any(Number),
        jsonClosed: expect.any(Number),
      });
      expect(Math.max(uploadClosed as number, jsonClosed as number)).toBeLessThan(limit);
      // The stalled writes changed nothing and the same applicant carries on.
      const after = await api.request('patch', `/api/applications/${id}`, { body: { projectTitle: 'Weiter' } });
      expect(after.status).toBe(200);
      expect(after.body.hasLogo).toBe(false);
    }, 20_000);

    it('cuts off a client that sends its headers very slowly', async () => {
      const slow = raw(port);
      slow.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
      // One byte every 200 ms: never idle long enough for the idle timeout, never done with the headers.
      const drip = setInterval(() => slow.write('x'), 200);
      try {
        const limit = HEADERS_S * 1000 + SLACK_MS;
        const closed = await closedWithin(slow, limit + 1000);
        expect({ closedAfterMs: closed }).toEqual({ closedAfterMs: expect.any(Number) });
        expect(closed).toBeLessThan(limit);
      } finally {
        clearInterval(drip);
      }
    }, 20_000);

    it('cuts off a client that trickles its body so slowly that it never finishes', async () => {
      const { api, id } = await applicantWithDraft(t, url, eventId);
      const slow = stalledUpload(port, api, id);
      const drip = setInterval(() => slow.write('x'), 200);
      try {
        const limit = REQUEST_S * 1000 + SLACK_MS;
        const closed = await closedWithin(slow, limit + 1000);
        expect({ closedAfterMs: closed }).toEqual({ closedAfterMs: expect.any(Number) });
        expect(closed).toBeLessThan(limit);
      } finally {
        clearInterval(drip);
      }
    }, 20_000);

    it('closes an idle keep-alive connection', async () => {
      const idle = raw(port);
      idle.write(requestHead('GET', '/api/health', { Connection: 'keep-alive' }));
      const limit = KEEP_ALIVE_S * 1000 + SLACK_MS;
      const closed = await closedWithin(idle, limit + 1000);
      expect(idle.received).toMatch(/^HTTP\/1\.1 200/);
      expect({ closedAfterMs: closed }).toEqual({ closedAfterMs: expect.any(Number) });
      expect(closed).toBeLessThan(limit);
    }, 20_000);

    it('a stalled client takes nothing from others while it waits to be cut off', async () => {
      const { api, id } = await applicantWithDraft(t, url, eventId);
      const stalled = [stalledUpload(port, api, id), stalledJson(port, api, 'PATCH', `/api/applications/${id}`)];
      const other = await applicantWithDraft(t, url, eventId);
      const res = await other.api.request('patch', `/api/applications/${other.id}`, { body: { projectTitle: 'Frei' } });
      expect(res.status).toBe(200);
      expect(stalled.map((s) => s.isClosed)).toEqual([false, false]);
      await Promise.all(stalled.map((s) => closedWithin(s, IDLE_S * 1000 + SLACK_MS)));
      expect(stalled.map((s) => s.isClosed)).toEqual([true, true]);
    }, 20_000);
  });
});
