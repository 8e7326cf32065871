import { FeatureKind, Role, TEMPLATE_KINDS } from '@markt/shared';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SQLITE_FILE } from '../src/app/database/data-source-options';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { COMPLETE } from './fixtures';
import {
  bodyArb,
  dtoFields,
  paramArb,
  pathsOf,
  preview,
  queryArb,
  UrlPart,
  WireBody,
  withValueAt,
} from './fuzz-inputs';
import { eventWithSubmissions, review } from './review-board';
import { RouteInfo, routeTable } from './route-table';
import { createTestApp, DATABASES, PASSWORD, TestApp, TestClient } from './test-app';

/**
 * Requests per write route and role, and per read route and role. SQLite alone gives well over 5,000
 * requests; PostgreSQL adds fewer, as each of its requests costs more.
 */
const RUNS = {
  sqlite: { write: 28, read: 6 },
  postgres: { write: 20, read: 3 },
} as const;

/** Set FUZZ_SEED to replay a run; a failure report names the seed it ran with. */
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

type ActorName = 'anonymous' | 'applicant' | 'other applicant' | 'reviewer' | 'admin';

interface Actor {
  name: ActorName;
  role?: Role;
  client: TestClient;
  userId?: string;
  email?: string;
}

/** The objects the fuzzer aims at: real ids by path parameter name (or the path segment before it). */
interface World {
  actors: Actor[];
  eventId: string;
  ids: Record<string, string[]>;
}

interface Input {
  params: UrlPart[];
  query: UrlPart | null;
  body: WireBody;
  xsrf: boolean;
}

interface Answer {
  status: number;
  body: unknown;
  contentType?: string;
  error?: string;
}

let unique = 0;

/** A body each DTO accepts, by class name; the fuzzer breaks one thing in it at a time. Unknown DTOs start from `{}`. */
const SAMPLES: Record<string, (w: World) => object> = {
  CreateUserDto: () => ({
    email: `fuzz-${++unique}@example.org`,
    password: PASSWORD,
    name: 'Fuzz Person',
    role: Role.Reviewer,
  }),
  UpdateUserDto: () => ({ name: 'Fuzz Person' }),
  RegisterDto: () => ({ email: `fuzz-${++unique}@example.org`, password: PASSWORD, name: 'Fuzz', language: 'de' }),
  LoginDto: () => ({ email: 'nobody@example.org', password: 'not-the-password' }),
  PasswordResetRequestDto: () => ({ email: 'nobody@example.org' }),
  PasswordResetDto: () => ({ token: 'a'.repeat(43), password: PASSWORD }),
  VerifyEmailDto: () => ({ token: 'a'.repeat(43) }),
  DeleteAccountDto: () => ({ password: 'not-the-password' }),
  CreateFeedbackDto: () => ({ message: 'Die Schrift ist zu klein.', email: 'leser@example.org', page: '/hilfe' }),
  CreateEventDto: () => ({ ...EVENT_2027, title: 'Fuzz-Konferenz' }),
  UpdateEventDto: () => ({ venueName: EVENT_2027.venueName }),
  FloorPlanBodyDto: (w) => ({
    width: 20,
    depth: 10,
    outline: [
      [0, 0],
      [20, 0],
      [20, 10],
      [0, 10],
    ],
    background: { x: 0, y: 0, width: 20, opacity: 0.5 },
    features: [
      { id: 'exit-1', kind: FeatureKind.EmergencyExit, x: 19.8, y: 4, width: 0.2, depth: 1.2, rotation: 0, label: 'A' },
    ],
    stands: [
      {
        id: w.ids['standId'][0],
        number: '1',
        x: 1,
        y: 1,
        width: 2,
        depth: 1,
        rotation: 0,
        hasPower: true,
        stepFree: true,
        capacity: 2,
        notes: 'Ecke',
      },
    ],
    // Never the stored version: the sample itself only meets 409.
    version: 999,
  }),
  ReviewBody: () => ({ scores: [3, 3, 3], comment: 'Gut', conflictOfInterest: false }),
  NoteBody: () => ({ text: 'Notiz' }),
  EditOutboxMessageDto: () => ({ subject: 'Betreff', body: 'Text' }),
  EmailTemplateBody: () => ({ subject: 'Betreff', body: 'Text' }),
  DecisionDto: () => ({ decision: 'waitlisted', message: 'Nachricht', confirmOverCapacity: true }),
  BulkDecisionDto: (w) => ({ decision: 'waitlisted', message: 'Nachricht', applicationIds: w.ids['applications'] }),
  SuggestDto: () => ({ seed: 7 }),
  ApplyPlacementsDto: (w) => ({
    placements: [{ standId: w.ids['standId'][0], applicationId: w.ids['applications'][1] }],
  }),
  SwapDto: (w) => ({ a: w.ids['standId'][0], b: w.ids['standId'][1] }),
  AssignDto: (w) => ({ applicationId: w.ids['applications'][1] }),
  UpdateApplicationDto: () => ({ ...COMPLETE }),
  ConsentsDto: () => ({ publicationConsent: true, photoConsent: false }),
  CopyEventDto: () => ({
    title: 'Fuzz-Kopie',
    date: '2029-11-15',
    applicationOpensAt: '2028-09-30T22:00:00.000Z',
    applicationClosesAt: '2029-09-15T21:59:59.000Z',
  }),
  StandPeopleDto: () => ({ staffNames: 'Sam Beispiel', staffAccessibilityNeeds: 'Ein Stuhl' }),
};

async function listen(t: TestApp): Promise<void> {
  const server = t.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}

function expectOk(res: { status: number; body: unknown }, what: string): void {
  if (res.status >= 300) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** An open event with a submitted application, an accepted and placed one, a plan, a review, a note and mail. */
async function buildWorld(t: TestApp): Promise<World> {
  const admin = await t.as(Role.Admin);
  const reviewer = await t.as(Role.Reviewer);
  const board = await eventWithSubmissions(t, admin.client, 2, { minReviews: 0 });
  const [own, other] = board.applications;
  const meOf = async (client: TestClient) => (await client.get('/api/auth/me')).body as { id: string; email: string };
  const [ownUser, otherUser] = [await meOf(own.client), await meOf(other.client)];

  const plan = await admin.client.agent
    .put(`/api/events/${board.eventId}/floor-plan`)
    .set('X-XSRF-TOKEN', admin.client.xsrf)
    .send({
      width: 20,
      depth: 10,
      features: [],
      stands: ['1', '2', '3'].map((number, i) => ({
        number,
        x: 1 + i * 3,
        y: 1,
        width: 2,
        depth: 1,
        rotation: 0,
        hasPower: true,
        stepFree: true,
        capacity: 2,
      })),
      version: 0,
    });
  expectOk(plan, 'saving the plan');
  const standIds = (plan.body.stands as { id: string }[]).map((s) => s.id);
  expectOk(
    await admin.client.post(`/api/applications/${other.id}/decision`, { decision: 'accepted' }),
    'accepting an application',
  );
  expectOk(
    await admin.client.agent
      .put(`/api/events/${board.eventId}/assignments/${standIds[0]}`)
      .set('X-XSRF-TOKEN', admin.client.xsrf)
      .send({ applicationId: other.id }),
    'placing it',
  );
  expectOk(await review(reviewer.client, own.id, [4, 4, 4]), 'reviewing');
  expectOk(await reviewer.client.post(`/api/applications/${own.id}/notes`, { text: 'Notiz' }), 'noting');
  const outbox = (await admin.client.get('/api/outbox')).body as { id: string }[];

  const applications = [own.id, other.id];
  const users = [admin.user.id, reviewer.user.id, ownUser.id, otherUser.id];
  return {
    eventId: board.eventId,
    actors: [
      { name: 'anonymous', client: await t.client() },
      { name: 'applicant', role: Role.Applicant, client: own.client, userId: ownUser.id, email: ownUser.email },
      {
        name: 'other applicant',
        role: Role.Applicant,
        client: other.client,
        userId: otherUser.id,
        email: otherUser.email,
      },
      {
        name: 'reviewer',
        role: Role.Reviewer,
        client: reviewer.client,
        email: reviewer.user.email,
        userId: reviewer.user.id,
      },
      { name: 'admin', role: Role.Admin, client: admin.client, email: admin.user.email, userId: admin.user.id },
    ],
    ids: {
      eventId: [board.eventId],
      events: [board.eventId],
      applications,
      applicationId: applications,
      users,
      outbox: outbox.map((m) => m.id),
      standId: standIds,
      kind: [...TEMPLATE_KINDS],
      language: ['de', 'en'],
    },
  };
}

/** Real values for a path parameter, by its name or the collection before it (`users/:id`). */
function realValues(world: World, route: RouteInfo, param: string): string[] {
  const segments = route.path.split('/');
  const before = segments[segments.indexOf(`:${param}`) - 1];
  const known = world.ids[param] ?? world.ids[before];
  return known && known.length > 0 ? known : Object.values(world.ids).flat();
}

function urlOf(route: RouteInfo, input: Input): string {
  let i = 0;
  const path = route.path.replace(/:\w+/g, () => input.params[i++].encoded);
  return input.query ? `${path}?${input.query.encoded}` : path;
}

async function send(actor: Actor, route: RouteInfo, input: Input): Promise<Answer> {
  let req = actor.client.agent[route.method](urlOf(route, input));
  if (input.xsrf) req = req.set('X-XSRF-TOKEN', actor.client.xsrf);
  if (input.body.contentType) req = req.set('Content-Type', input.body.contentType);
  if (input.body.contentEncoding) req = req.set('Content-Encoding', input.body.contentEncoding);
  // As is: superagent would serialise a Buffer to JSON for a JSON content type.
  if (input.body.data) req = req.serialize((data) => data).send(input.body.data);
  try {
    const res = await req;
    return { status: res.status, body: res.body, contentType: res.headers['content-type'] };
  } catch (error) {
    return { status: 0, body: undefined, error: (error as Error).message };
  }
}

/** What is wrong with an answer to a bad request, if anything: only 2xx or an `ApiError` 4xx may come back. */
function problemWith(answer: Answer): string | undefined {
  if (answer.status === 0) return `no answer (${answer.error})`;
  if (answer.status >= 500) return 'server error';
  if (answer.status < 200 || (answer.status >= 300 && answer.status < 400)) return 'unexpected status';
  if (answer.status < 300) return undefined;
  const body = answer.body as { statusCode?: unknown; code?: unknown; message?: unknown; errors?: unknown };
  const shaped =
    answer.contentType?.startsWith('application/json') &&
    body?.statusCode === answer.status &&
    typeof body.code === 'string' &&
    typeof body.message === 'string' &&
    (body.errors === undefined ||
      (Array.isArray(body.errors) &&
        body.errors.every(
          (e: { field?: unknown; code?: unknown }) => typeof e.field === 'string' && typeof e.code === 'string',
        )));
  return shaped ? undefined : 'not in the ApiError shape';
}

/** Every table's rows and the stored files, hashed per table: equal before and after means nothing was stored. */
async function fingerprint(t: TestApp): Promise<Record<string, string>> {
  const dataSource = t.app.get(DataSource);
  const digest = (text: string) => createHash('sha256').update(text).digest('hex');
  const prints: Record<string, string> = {};
  for (const { tableName } of dataSource.entityMetadatas) {
    // Failed logins and requests per address are counted by design (the throttles): a 401 or 429 stores that.
    if (tableName === 'login_attempts') continue;
    const rows = (await dataSource.query(`SELECT * FROM "${tableName}"`)) as object[];
    prints[tableName] = `${rows.length}:${digest(
      rows
        .map((r) => JSON.stringify(r))
        .sort()
        .join('\n'),
    )}`;
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : [`${path}:${statSync(path).size}`];
    });
  // The data folder but the database's own files.
  const files = walk(t.config.dataDir).filter((f) => !f.startsWith(join(t.config.dataDir, SQLITE_FILE)));
  prints['files'] = digest(files.sort().join('\n'));
  return prints;
}

function changedIn(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((key) => before[key] !== after[key]);
}

/** Query strings that set one field to what a form never sends. */
function queryVariants(field: string, id: string): string[] {
  const values = ['', 'x', '-1', '0', '1.5', '1e309', '99999999999999999999', '%00', '%ED%A0%80', 'true', id];
  return [...values.map((value) => `${field}=${value}`), `${field}=1&${field}=2`, `${field}[]=1`, `${field}[a]=1`];
}

/** A value of another JSON type than the sample's. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 12;
  if (typeof value === 'number') return '12';
  if (typeof value === 'boolean') return 'true';
  if (Array.isArray(value)) return { 0: value[0] ?? 'x' };
  if (typeof value === 'object' && value !== null) return [value];
  return 'x';
}

describe.each(DATABASES)('fuzzing every route with bad input (%s)', (database) => {
  let t: TestApp;
  let world: World;
  let routes: RouteInfo[];
  const failures: string[] = [];
  let requests = 0;

  beforeAll(async () => {
    // Generated requests come by the thousand from one address: the throttles would soon answer all of them.
    t = await createTestApp(database, {
      LOGIN_MAX_FAILURES_PER_IP: '100000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
      THROTTLE_REGISTER_PER_HOUR: '100000',
      THROTTLE_PASSWORD_RESET_PER_HOUR: '100000',
      THROTTLE_FEEDBACK_PER_HOUR: '100000',
      THROTTLE_VERIFICATION_PER_HOUR: '100000',
    });
    await listen(t);
    world = await buildWorld(t);
    routes = routeTable(t.app);
  }, 120_000);
  afterAll(() => t?.close());

  /** Puts an actor back after a request that succeeded: logged out, deleted, demoted or logged in as someone else. */
  async function restore(actor: Actor): Promise<void> {
    if (!actor.role) {
      if ((await actor.client.get('/api/auth/me')).status !== 204) actor.client = await t.client();
      return;
    }
    const me = await actor.client.get('/api/auth/me');
    if (me.status === 200 && me.body.id === actor.userId && me.body.role === actor.role) return;
    const client = await t.client();
    const login = await client.post('/api/auth/login', { email: actor.email, password: PASSWORD });
    if (login.status === 200 && login.body.role === actor.role) {
      actor.client = client;
      return;
    }
    const fresh = await t.as(actor.role);
    Object.assign(actor, { client: fresh.client, userId: fresh.user.id, email: fresh.user.email });
    world.ids['users'].push(fresh.user.id);
    if (actor.role === Role.Applicant) {
      const draft = await fresh.client.post(`/api/events/${world.eventId}/applications`);
      if (draft.status === 201) world.ids['applications'].push(draft.body.id);
    }
  }

  /**
   * Sends one request and judges the answer: a problem is recorded with everything needed to replay it.
   * Returns whether the answer was acceptable, and whether it was a success (which may rightly store something).
   */
  async function attempt(actor: Actor, route: RouteInfo, input: Input): Promise<{ ok: boolean; succeeded: boolean }> {
    const answer = await send(actor, route, input);
    requests++;
    const problem = problemWith(answer);
    if (problem) {
      const { body } = input;
      failures.push(
        [
          `${route.method.toUpperCase()} ${urlOf(route, input)} (${route.name}) as ${actor.name}: ${answer.status} ${problem}`,
          `  params: ${input.params.map((p) => p.label).join(', ') || '-'}; query: ${input.query?.label ?? '-'}; xsrf: ${input.xsrf}`,
          `  body: ${body.label} [${body.contentType ?? 'no type'}${body.contentEncoding ? `, ${body.contentEncoding}` : ''}]`,
          `  answer: ${preview(answer.body)}`,
        ].join('\n'),
      );
      return { ok: false, succeeded: false };
    }
    const succeeded = answer.status < 300;
    if (succeeded) await restore(actor);
    return { ok: true, succeeded };
  }

  /** Runs one route as one actor with generated input; true if any request succeeded. */
  async function fuzz(route: RouteInfo, actor: Actor, runs: number, seed: number): Promise<boolean> {
    let succeeded = false;
    const sample = SAMPLES[route.body?.name ?? '']?.(world) ?? {};
    const input: fc.Arbitrary<Input> = fc.record({
      params: fc.tuple(...route.params.map((p) => paramArb(realValues(world, route, p)))),
      query: fc.option(queryArb(dtoFields(route.query), Object.values(world.ids).flat()), { freq: 3 }),
      body:
        route.method === 'get' ? fc.constant({ label: 'none' }) : bodyArb(sample, dtoFields(route.body), route.upload),
      // A browser's anonymous request has the cookie pair; a forged one has no header.
      xsrf: actor.role ? fc.constant(true) : fc.boolean(),
    });
    const property = fc.asyncProperty(input, async (generated) => {
      const result = await attempt(actor, route, generated);
      succeeded ||= result.succeeded;
      return result.ok;
    });
    // A failure is recorded by `attempt`; shrinking would only resend variations of it.
    await fc.check(property, { numRuns: runs, seed, endOnFailure: true });
    return succeeded;
  }

  /** Every route as every actor, with a check after each batch that a batch of 4xx stored nothing. */
  async function forEachBatch(
    selected: RouteInfo[],
    actors: Actor[],
    run: (route: RouteInfo, actor: Actor) => Promise<boolean>,
  ): Promise<void> {
    let before = await fingerprint(t);
    for (const route of selected) {
      for (const actor of actors) {
        const succeeded = await run(route, actor);
        const after = await fingerprint(t);
        const changed = changedIn(before, after);
        if (!succeeded && changed.length > 0) {
          failures.push(
            `${route.method.toUpperCase()} ${route.path} as ${actor.name}: only 4xx, yet ${changed} changed`,
          );
        }
        before = after;
      }
    }
  }

  function report(what: string, started: number, sent: number): void {
    console.log(
      `fuzz (${database}): ${sent} requests to ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`,
    );
  }

  beforeEach(() => {
    failures.length = 0;
  });

  it('reads the route table from the app', () => {
    const names = routes.map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'PUT /api/events/:eventId/floor-plan',
        'PATCH /api/users/:id',
        'PATCH /api/events/:id',
        'PUT /api/applications/:id/logo',
        'POST /api/auth/login',
      ]),
    );
    expect(routes.find((r) => r.path === '/api/applications/:id/logo' && r.method === 'put')?.upload).toBe(true);
    expect(routes.find((r) => r.path === '/api/events/:id' && r.method === 'patch')?.body?.name).toBe('UpdateEventDto');
  });

  it('answers null or a wrong type in any field of any body with a 4xx, and a 4xx stores nothing', async () => {
    const started = Date.now();
    const sent = requests;
    const withBody = routes.filter((r) => r.body);
    await forEachBatch(withBody, world.actors, async (route, actor) => {
      const sample = SAMPLES[route.body?.name ?? '']?.(world) ?? {};
      const paths = [
        ...pathsOf(sample).filter((path) => path.length <= 3),
        ...dtoFields(route.body)
          .filter((field) => !(field in sample))
          .map((field) => [field]),
      ];
      const params = route.params.map((p) => ({ label: 'real', encoded: realValues(world, route, p)[0] }));
      let succeeded = false;
      for (const path of paths) {
        const current = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], sample);
        for (const value of [null, wrongTypeFor(current)]) {
          const text = JSON.stringify(withValueAt(sample, path, value));
          const body = {
            label: `${path.join('.')} = ${preview(value)}`,
            contentType: 'application/json',
            data: Buffer.from(text),
          };
          const result = await attempt(actor, route, { params, query: null, body, xsrf: true });
          succeeded ||= result.succeeded;
        }
      }
      return succeeded;
    });
    report(
      `${withBody.length} routes with a body, every field, as ${world.actors.length} roles`,
      started,
      requests - sent,
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers generated bad writes from every role with a 4xx in the ApiError shape, and a 4xx stores nothing', async () => {
    const started = Date.now();
    const sent = requests;
    const writes = routes.filter((r) => r.method !== 'get');
    let batch = 0;
    await forEachBatch(writes, world.actors, (route, actor) =>
      fuzz(route, actor, RUNS[database].write, SEED + batch++),
    );
    report(`${writes.length} write routes as ${world.actors.length} roles`, started, requests - sent);
    expect(failures).toEqual([]);
  }, 240_000);

  it('answers bad ids and query strings on every read route with a 2xx or a 4xx in the ApiError shape', async () => {
    const started = Date.now();
    const sent = requests;
    const reads = routes.filter((r) => r.method === 'get');
    const readers = world.actors.filter((a) => ['anonymous', 'applicant', 'admin'].includes(a.name));
    let batch = 100_000;
    for (const route of reads) {
      for (const actor of readers) await fuzz(route, actor, RUNS[database].read, SEED + batch++);
    }
    report(`${reads.length} read routes as ${readers.length} roles`, started, requests - sent);
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers a wrong type, an out-of-range number, NUL or a repeated key in any query field with a 2xx or a 4xx', async () => {
    const started = Date.now();
    const sent = requests;
    const withQuery = routes.filter((r) => r.query);
    await forEachBatch(withQuery, world.actors, async (route, actor) => {
      const params = route.params.map((p) => ({ label: 'real', encoded: realValues(world, route, p)[0] }));
      let succeeded = false;
      for (const field of dtoFields(route.query)) {
        for (const query of queryVariants(field, world.eventId)) {
          const input = { params, query: { label: query, encoded: query }, body: { label: 'none' }, xsrf: true };
          const result = await attempt(actor, route, input);
          succeeded ||= result.succeeded;
        }
      }
      return succeeded;
    });
    report(
      `${withQuery.length} routes with a query, every field, as ${world.actors.length} roles`,
      started,
      requests - sent,
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('still answers afterwards', async () => {
    const health = await (await t.client()).get('/api/health');
    expect(health.status).toBe(200);
  });
});
