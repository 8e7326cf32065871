/**
 * `npm run bench:api`: a reproducible load benchmark of the built API on SQLite.
 *
 * Builds a temporary data folder with one event of 1,200 reviewed applications (1,000 of them accepted)
 * and a 1,000-stand plan, starts `dist/apps/api/main.js` on it (building first when the bundle is missing
 * or older than the sources), logs in as admin and then
 *  - times plan load and save, the suggestion and applying its 1,000 placements, over HTTP;
 *  - runs autocannon (32 connections) against each main read path and prints requests/s, p50, p99 and
 *    the ratio to `/api/health` measured in the same run, in slices alternating with it (the machine may
 *    be shared, and its load drifts);
 *  - times each PDF of the 1,000-stand market.
 * Traffic goes to 127.0.0.1 only; the server is stopped and the folder removed at the end.
 *
 * Options: `--duration=<s>` per path (default 6), `--build` to rebuild the API first, `--only=<text>` to load
 * only the read paths and time only the PDFs whose name contains it while working on one of them,
 * `--cpu-prof=<dir>` to have the server write a CPU profile there when it stops.
 */
import autocannon from 'autocannon';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ADMIN, buildBenchData, SIZE } from './bench-data';

const ROOT = join(__dirname, '..', '..', '..');
const BUNDLE = join(ROOT, 'dist', 'apps', 'api', 'main.js');
const CONNECTIONS = 32;
const args = process.argv.slice(2);
const DURATION = Number(args.find((a) => a.startsWith('--duration='))?.split('=')[1] ?? 6);
const ONLY = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const CPU_PROFILE_DIR = args.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);
const WARMUP = 1;
/** Slices per path, each after a slice of /api/health of this many seconds. */
const ROUNDS = 3;
const HEALTH_SLICE = 1;

/** Goals of the performance issue, checked in the printed tables. */
const GOALS = {
  staffListRatio: 0.5,
  staffListP99Ms: 100,
  marketRatio: 0.7,
  planMs: 1000,
  suggestApplyMs: 2000,
  pdfMs: 2000,
};

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The newest modification time of any file under `dir` (sources of the API and the libraries). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function ensureBuilt(): void {
  const stale =
    !existsSync(BUNDLE) ||
    args.includes('--build') ||
    Math.max(newest(join(ROOT, 'apps', 'api', 'src')), newest(join(ROOT, 'libs'))) > statSync(BUNDLE).mtimeMs;
  if (!stale) return;
  log('Building the API (nx build api) …');
  // Without this script's TS_NODE_PROJECT, which would point webpack's loaders at the wrong tsconfig.
  const { TS_NODE_PROJECT: _project, ...env } = process.env;
  execFileSync('npx', ['nx', 'build', 'api', '--output-style=static'], { cwd: ROOT, env, stdio: ['ignore', 2, 2] });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Server {
  base: string;
  stop(): Promise<void>;
}

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  // SQLite in the temporary folder, development mode (plain-HTTP cookies), quiet logs.
  for (const name of ['DATABASE_URL', 'DATABASE_SCHEMA', 'NODE_ENV', 'SMTP_URL', 'PUBLIC_URL', 'TS_NODE_PROJECT'])
    delete env[name];
  Object.assign(env, { DEMO_DATA: 'false', LOG_LEVEL: 'warn', OUTBOX_INTERVAL_SECONDS: '0' });
  const profile = CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, BUNDLE], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${stderr}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not answer within 120 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** An admin's browser: session and XSRF cookies, the XSRF header on writes. */
class Admin {
  private cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  get cookie(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  async login(): Promise<void> {
    this.remember(await fetch(`${this.base}/api/health`));
    const res = await this.send('POST', '/api/auth/login', ADMIN);
    if (res.status !== 200) throw new Error(`Login failed: ${res.status} ${await res.text()}`);
  }

  async send(method: string, path: string, body?: unknown): Promise<Response> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-xsrf-token': decodeURIComponent(this.cookies.get('XSRF-TOKEN') ?? ''),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    this.remember(res);
    return res;
  }

  /** The request's time until the whole answer is read; fails on anything but 200. */
  async timed(method: string, path: string, body?: unknown): Promise<{ ms: number; res: Response; bytes: Buffer }> {
    const started = performance.now();
    const res = await this.send(method, path, body);
    const bytes = Buffer.from(await res.arrayBuffer());
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${bytes.toString().slice(0, 500)}`);
    return { ms, res, bytes };
  }
}

interface LoadRow {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** `/api/health`'s requests/s in the slices between this path's. */
  healthRps: number;
  goal?: { ratio: number; p99?: number };
  /** One request on an idle server, ms. */
  alone?: number;
}

/** One autocannon run. */
interface Slice {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
}

interface LoadTarget {
  name: string;
  path: string;
  headers?: Record<string, string>;
  /** Paths to rotate through instead of `path` (e.g. several application ids). */
  rotate?: string[];
  status?: 200 | 304;
  goal?: LoadRow['goal'];
}

async function load(base: string, target: LoadTarget, duration: number): Promise<Slice> {
  let i = 0;
  const requests = target.rotate
    ? [
        {
          setupRequest: (request: autocannon.Request) => ({
            ...request,
            path: (target.rotate as string[])[i++ % (target.rotate as string[]).length],
          }),
        },
      ]
    : undefined;
  const result = await autocannon({
    url: `${base}${target.path}`,
    connections: CONNECTIONS,
    duration,
    headers: target.headers,
    requests,
  });
  const expected = target.status ?? 200;
  const good = expected === 304 ? result['3xx'] : result['2xx'];
  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  // A slow path may see no answer within the run (then it shows 0 req/s); it only has to fail nothing.
  if (result.errors > 0 || result.timeouts > 0 || good !== total) {
    throw new Error(
      `${target.name}: ${total} answers, ${good} with ${expected}, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const rate = (slices: Slice[]) =>
  slices.reduce((n, s) => n + s.requests, 0) / slices.reduce((t, s) => t + s.seconds, 0);

/** Waits until the server has worked off what the last run left in flight (health answers quickly again). */
async function idle(base: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && (await timedAlone(base, { name: 'health', path: '/api/health' })) > 50) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One request of a load target on its own, until its whole answer is read. */
async function timedAlone(base: string, target: LoadTarget): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}${target.path}`, { headers: target.headers });
  await res.arrayBuffer();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'markt-bench-'));
  let server: Server | undefined;
  try {
    log(`Building the benchmark database in ${dataDir} …`);
    const data = await buildBenchData(dataDir);
    log(`… done in ${data.seconds.toFixed(1)} s. Starting the API …`);
    server = await startServer(dataDir);
    const { base } = server;
    const admin = new Admin(base);
    await admin.login();
    const event = `/api/events/${data.eventId}`;

    // Writes and heavy reads, timed one at a time, before the load runs (which then see the placed market).
    const ops: { name: string; times: number[]; goalMs: number }[] = [];
    const op = (name: string, goalMs: number) => {
      const entry = { name, times: [] as number[], goalMs };
      ops.push(entry);
      return entry.times;
    };
    log('Timing plan load and save, suggestion and apply …');
    const planGet = op(`plan GET (${fmt(SIZE.stands)} stands)`, GOALS.planMs);
    const planPut = op(`plan PUT (${fmt(SIZE.stands)} stands)`, GOALS.planMs);
    for (let round = 0; round < 3; round++) {
      const got = await admin.timed('GET', `${event}/floor-plan`);
      planGet.push(got.ms);
      const plan = JSON.parse(got.bytes.toString());
      const { width, depth, features, stands, version } = plan;
      planPut.push((await admin.timed('PUT', `${event}/floor-plan`, { width, depth, features, stands, version })).ms);
    }
    const suggestTimes = op(`suggestion (${fmt(SIZE.placeable)} exhibitors)`, GOALS.suggestApplyMs);
    let placements: { standId: string; applicationId: string }[] = [];
    for (let seed = 1; seed <= 3; seed++) {
      const { ms, bytes } = await admin.timed('POST', `${event}/assignments/suggest`, { seed });
      suggestTimes.push(ms);
      placements = JSON.parse(bytes.toString()).placements.map(
        ({ standId, applicationId }: { standId: string; applicationId: string }) => ({ standId, applicationId }),
      );
    }
    const applied = await admin.timed('POST', `${event}/assignments/apply`, { placements });
    op(`apply (${fmt(placements.length)} placements, one transaction)`, GOALS.suggestApplyMs).push(applied.ms);
    const placed = JSON.parse(applied.bytes.toString()).assignments.length;

    const marketUrl = (eventId: string) => `/api/public/events/${eventId}/market`;
    const market = JSON.parse((await admin.timed('GET', marketUrl(data.eventId))).bytes.toString());
    const demoMarket = JSON.parse((await admin.timed('GET', marketUrl(data.demoEventId))).bytes.toString());
    const logoUrl: string | undefined = market.exhibitors.find((e: { logoUrl: string | null }) => e.logoUrl)?.logoUrl;
    const authenticated = { cookie: admin.cookie };
    // Phones ask for compressed answers.
    const phone = { 'accept-encoding': 'gzip, deflate, br' };
    const etagOf = async (path: string) => (await fetch(`${base}${path}`, { headers: phone })).headers.get('etag');
    const targets: LoadTarget[] = [
      { name: 'health', path: '/api/health' },
      { name: 'staff list, default (date order, page 1)', path: `${event}/applications`, headers: authenticated },
      {
        name: 'staff list, sort=score',
        path: `${event}/applications?sort=score&order=desc`,
        headers: authenticated,
      },
      {
        name: 'staff list, sort=name desc, page 20',
        path: `${event}/applications?sort=name&order=desc&page=20`,
        headers: authenticated,
      },
      {
        name: 'staff list, filter + search + sort=score',
        path: `${event}/applications?status=accepted&needsPower=false&q=verein&sort=score&page=2`,
        headers: authenticated,
      },
      {
        name: 'application detail (rotating ids)',
        path: `/api/applications/${data.applicationIds[0]}`,
        rotate: data.applicationIds.slice(0, 200).map((id) => `/api/applications/${id}`),
        headers: authenticated,
      },
      { name: 'assignments view', path: `${event}/assignments`, headers: authenticated },
      { name: 'floor plan', path: `${event}/floor-plan`, headers: authenticated },
      // The demo event's market (the size the issue's baseline measured), then the 1,000-stand one.
      ...[
        { eventId: data.demoEventId, page: demoMarket, label: 'demo event' },
        { eventId: data.eventId, page: market, label: '1,000 stands' },
      ].flatMap(({ eventId, page, label }): LoadTarget[] => [
        {
          name: `public market, ${label} (${fmt(page.exhibitors.length)} exhibitors)`,
          path: marketUrl(eventId),
          headers: phone,
        },
        { name: `public market, ${label}, revalidated (304)`, path: marketUrl(eventId), headers: phone, status: 304 },
      ]),
      ...(logoUrl ? [{ name: 'public logo', path: logoUrl }] : []),
    ];
    for (const target of targets) {
      if (target.status === 304) {
        const etag = await etagOf(target.path);
        if (!etag) throw new Error(`${target.path}: no ETag`);
        target.headers = { ...target.headers, 'if-none-match': etag };
      }
      if (target.name.startsWith('staff list'))
        target.goal = { ratio: GOALS.staffListRatio, p99: GOALS.staffListP99Ms };
      if (target.name.startsWith('public market')) target.goal = { ratio: GOALS.marketRatio };
    }
    // Each path once on an idle server first: the time of one request without load.
    const alone = new Map<LoadTarget, number>();
    for (const target of targets) alone.set(target, await timedAlone(base, target));
    // The machine may be busy with other work that comes and goes: each path runs in ROUNDS slices, each
    // after a slice of /api/health, and its ratio is to those health slices, measured alongside.
    const [health, ...all] = targets;
    const paths = ONLY ? all.filter((target) => target.name.includes(ONLY)) : all;
    const healthSlices: Slice[] = [];
    const rows: LoadRow[] = [];
    for (const target of paths) {
      log(`Load: ${target.name} (alone: ${fmt(alone.get(target) ?? 0)} ms; ${WARMUP} s warm-up, ${DURATION} s) …`);
      await load(base, target, WARMUP);
      await idle(base);
      const own: Slice[] = [];
      const reference: Slice[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        reference.push(await load(base, health, HEALTH_SLICE));
        own.push(await load(base, target, DURATION / ROUNDS));
        await idle(base);
      }
      healthSlices.push(...reference);
      rows.push({
        name: target.name,
        rps: rate(own),
        p50: median(own.map((o) => o.p50)),
        p99: Math.max(...own.map((o) => o.p99)),
        healthRps: rate(reference),
        goal: target.goal,
        alone: alone.get(target),
      });
    }
    // Health's own row from the slices between the others (none when `--only` picked PDFs alone).
    if (healthSlices.length > 0) {
      rows.unshift({
        name: health.name,
        rps: rate(healthSlices),
        p50: median(healthSlices.map((o) => o.p50)),
        p99: Math.max(...healthSlices.map((o) => o.p99)),
        healthRps: rate(healthSlices),
        alone: alone.get(health),
      });
    }

    log('Timing the PDFs …');
    const pdfs = [
      ['floor-plan.pdf A3', `${event}/floor-plan.pdf?size=A3`],
      ['floor-plan.pdf A4', `${event}/floor-plan.pdf?size=A4`],
      ['stand-signs.pdf', `${event}/stand-signs.pdf`],
      ['directory.pdf', `${event}/directory.pdf`],
    ].filter(([name]) => !ONLY || name.includes(ONLY));
    const pages = new Map<string, number>();
    for (const [name, path] of pdfs) {
      const times = op(name, GOALS.pdfMs);
      for (let round = 0; round < 2; round++) {
        const { ms, bytes } = await admin.timed('GET', path);
        times.push(ms);
        pages.set(name, (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length);
      }
    }

    // The report (stdout): the tables for the README.
    const cpu = cpus();
    console.log(`API benchmark (npm run bench:api), ${new Date().toISOString().slice(0, 16)}Z`);
    console.log(
      `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
        `Node ${process.version}, ${process.platform}; SQLite; autocannon ${CONNECTIONS} connections, ` +
        `${DURATION} s per path after ${WARMUP} s warm-up, client on the same machine.`,
    );
    console.log(
      `Data: 1 event, ${fmt(SIZE.placeable + SIZE.others)} applications with a review each ` +
        `(${fmt(SIZE.placeable)} accepted/confirmed), ${fmt(SIZE.stands)} stands, ${fmt(placed)} placed, ` +
        `${fmt(market.exhibitors.length)} on the public page; and the demo data (its 2025 market: ` +
        `${fmt(demoMarket.exhibitors.length)} exhibitors); built in ${data.seconds.toFixed(1)} s.`,
    );
    console.log('');
    const missed: string[] = [];
    console.log(
      table(
        ['read path', 'alone ms', 'req/s', 'p50 ms', 'p99 ms', 'health req/s', 'vs health', 'goal'],
        rows.map((r) => {
          const ratio = r.rps / r.healthRps;
          let goal = '';
          if (r.goal) {
            const ok = ratio >= r.goal.ratio && (r.goal.p99 === undefined || r.p99 <= r.goal.p99);
            goal = `≥ ${r.goal.ratio * 100} %${r.goal.p99 ? `, p99 ≤ ${r.goal.p99} ms` : ''}: ${ok ? 'met' : 'MISSED'}`;
            if (!ok) missed.push(r.name);
          }
          const none = r.rps === 0 ? `> ${fmt(DURATION * 1000)}` : null;
          return [
            r.name,
            fmt(r.alone ?? 0),
            fmt(r.rps, r.rps < 10 ? 1 : 0),
            none ?? fmt(r.p50),
            none ?? fmt(r.p99),
            fmt(r.healthRps),
            `${fmt(ratio * 100)} %`,
            goal,
          ];
        }),
      ),
    );
    console.log(
      `\nEach path ran in ${ROUNDS} slices of ${fmt(DURATION / ROUNDS, 1)} s, each after ${HEALTH_SLICE} s of /api/health; ` +
        `"vs health" is its rate over the rate of those health slices. p50: median of the slices, p99: the worst slice. ` +
        `"alone": one request on the idle server.\n`,
    );
    console.log(
      table(
        ['operation', 'median ms', 'max ms', 'runs', 'goal'],
        ops.map((o) => {
          const ok = Math.max(...o.times) <= o.goalMs;
          if (!ok) missed.push(o.name);
          const name = pages.has(o.name) ? `${o.name} (${pages.get(o.name)} pages)` : o.name;
          return [
            name,
            fmt(median(o.times)),
            fmt(Math.max(...o.times)),
            String(o.times.length),
            `≤ ${fmt(o.goalMs)} ms: ${ok ? 'met' : 'MISSED'}`,
          ];
        }),
      ),
    );
    console.log(
      `\nWhole run: ${Math.round((Date.now() - started) / 1000)} s. Goals missed: ${missed.join('; ') || 'none'}.`,
    );
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
