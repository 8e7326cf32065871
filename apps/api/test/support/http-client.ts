import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { SESSION_COOKIE } from '../../src/app/auth/cookies';
import { PASSWORD } from '../test-app';

/** The content types a client may send a write in. */
export type BodyType = 'json' | 'multipart' | 'text' | 'form';
export const BODY_TYPES: BodyType[] = ['json', 'multipart', 'text', 'form'];

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One answer; `status` 0 when the connection failed without one. */
export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
  /** Which API process answered. */
  url: string;
  method: Method;
  path: string;
  type?: BodyType;
}

/** `a[0]=x`, `a[1][b]=y`: how HTML forms and `qs` write nested fields. */
function flatten(value: unknown, prefix: string, into: [string, string][]): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}[${key}]` : key, into);
  } else if (value !== undefined) into.push([prefix, value === null ? '' : String(value)]);
  return into;
}

/**
 * The same payload the way a client of that content type sends it. Without a payload: `{}` as JSON,
 * an empty form as multipart, and no bytes at all as text or urlencoded (a bare `fetch(url, { method: 'POST' })`).
 */
export function encodeBody(body: object | undefined, type: BodyType): { contentType: string; payload: string } {
  switch (type) {
    case 'json':
      return { contentType: 'application/json', payload: JSON.stringify(body ?? {}) };
    case 'text':
      return { contentType: 'text/plain; charset=utf-8', payload: body ? JSON.stringify(body) : '' };
    case 'form':
      return {
        contentType: 'application/x-www-form-urlencoded',
        payload: new URLSearchParams(flatten(body ?? {}, '', [])).toString(),
      };
    case 'multipart': {
      const boundary = `----markt${randomBytes(8).toString('hex')}`;
      const parts = flatten(body ?? {}, '', []).map(
        ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      );
      return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        payload: `${parts.join('')}--${boundary}--\r\n`,
      };
    }
  }
}

/**
 * A browser-like client of one or more API processes on one database: keeps its cookies (the session
 * is in the database, so any process accepts it), echoes the XSRF cookie, and sends each request to
 * the next process in turn unless told which.
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();
  private turn = 0;

  /**
   * `urls` is read at every request, so whoever owns the array may swap the processes behind it.
   * A request without an answer after `timeoutMs` counts as failed (status 0) instead of hanging the suite.
   */
  constructor(
    readonly urls: string[],
    private readonly timeoutMs = 15_000,
  ) {}

  get xsrf(): string {
    return this.cookies.get('XSRF-TOKEN') ?? '';
  }

  /** Cookie header for raw sockets. */
  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async init(): Promise<this> {
    const res = await this.request('get', '/api/health');
    if (res.status !== 200) throw new Error(`health check failed: ${res.status} ${res.text}`);
    return this;
  }

  async login(email: string, password = PASSWORD): Promise<this> {
    const res = await this.request('post', '/api/auth/login', { body: { email, password } });
    if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${res.text}`);
    return this;
  }

  /**
   * Signs in with a session made directly in the database (no password hashing on the way), and fetches
   * the XSRF token for it.
   */
  async useSession(token: string): Promise<this> {
    this.cookies.set(SESSION_COOKIE, token);
    return this.init();
  }

  /** `via` picks the process (modulo their number); by default they take turns. */
  async request(
    method: Method,
    path: string,
    options: { body?: object; type?: BodyType; via?: number; timeoutMs?: number } = {},
  ): Promise<Reply> {
    const url = this.urls[(options.via ?? this.turn++) % this.urls.length];
    let req = request(url)
      [method](path)
      .timeout({ deadline: options.timeoutMs ?? this.timeoutMs })
      .set('X-XSRF-TOKEN', this.xsrf);
    if (this.cookies.size > 0) req = req.set('Cookie', this.cookieHeader);
    let type: BodyType | undefined;
    if (method !== 'get') {
      type = options.type ?? 'json';
      const { contentType, payload } = encodeBody(options.body, type);
      req = req
        .set('Content-Type', contentType)
        .set('Content-Length', String(Buffer.byteLength(payload)))
        .send(payload);
    }
    try {
      const res = await req;
      this.remember(res.headers['set-cookie']);
      return { status: res.status, body: res.body, text: res.text, url, method, path, type };
    } catch (error) {
      return { status: 0, body: undefined, text: String(error), url, method, path, type };
    }
  }

  private remember(setCookie: string | string[] | undefined): void {
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** `n` requests started in the same tick, so they really are in flight together. */
export function burst(n: number, fire: (i: number) => Promise<Reply>): Promise<Reply[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => fire(i)));
}

/** "201×1 409×19" */
export function tally(replies: Reply[]): string {
  const counts = new Map<number, number>();
  for (const r of replies) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
}

export const succeeded = (r: Reply) => r.status >= 200 && r.status < 300;
