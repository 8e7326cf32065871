import {
  ApplicationStatus,
  AssignmentConflictKind,
  EventInput,
  FloorPlanInput,
  HOLDS_PLACE,
  OutboxStatus,
  Role,
  Stand,
} from '@markt/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { Assignment } from '../src/app/assignments/assignment.entity';
import { AuditEntry } from '../src/app/audit/audit-entry.entity';
import { PasswordResetToken } from '../src/app/auth/password-reset-token.entity';
import { isConstraintViolation } from '../src/app/database/constraint-errors';
import { FloorPlan } from '../src/app/floor-plan/floor-plan.entity';
import { StandEntity } from '../src/app/floor-plan/stand.entity';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { OutboxService } from '../src/app/notifications/outbox.service';
import { Review } from '../src/app/reviews/review.entity';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { User } from '../src/app/users/user.entity';
import { COMPLETE } from './fixtures';
import { ApiProcess, startApiProcess } from './support/api-process';
import { MailSink, startMailSink } from './support/mail-sink';
import { ApiClient, BODY_TYPES, BodyType, burst, Reply, succeeded, tally } from './support/http-client';
import { createTestApp, Database, DATABASES, PASSWORD, TestApp } from './test-app';

/**
 * Every rule that parallel requests could break, hit by 20 identical requests at once in each content
 * type: no request may answer 5xx (or not at all), and the database must hold the rule afterwards.
 * SQLite runs in this process; PostgreSQL runs as two API processes on one schema, the requests spread
 * over both, so the rules must hold across processes (the database, not memory, keeps them).
 */

const PARALLEL = 20;
/** Longer than any request here takes, even 20 password hashes at once on two cores. */
const REQUEST_TIMEOUT_MS = 10_000;
const SESSION_SECRET = 'concurrency-suite-secret-0123456789abcdef';
const PUBLIC_URL = 'https://markt.example.org';
/** How often each API process works through the outbox (PostgreSQL). */
const OUTBOX_INTERVAL_MS = 1000;
/** A delivery that takes longer than a round of the workers, so a second worker could step in. */
const SLOW_SEND_MS = 1200;

/** The API under test and a way into its database. */
interface Cluster {
  database: Database;
  /** An in-process app on the same database: creates accounts, and reads and writes rows directly. */
  t: TestApp;
  ds: DataSource;
  /** The API processes the parallel requests are spread over. */
  urls: string[];
  processes: ApiProcess[];
  smtp: MailSink;
  /** What the servers logged at level error (unexpected exceptions with their stack), latest last. */
  errorLogs(): string[];
  /** New API processes in place of the old ones (same database), e.g. after a test left them hanging. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Lines the in-process app logs at level error are kept for failure messages instead of cluttering the output. */
function captureErrorLogs(): { lines: string[]; restore(): void } {
  const original = process.stdout.write;
  const lines: string[] = [];
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    if (text.includes('"level":"error"')) {
      lines.push(...text.split('\n').filter(Boolean));
      return true;
    }
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  return { lines, restore: () => void (process.stdout.write = original) };
}

async function openCluster(database: Database): Promise<Cluster> {
  const smtp = await startMailSink();
  const capture = captureErrorLogs();
  const common = { LOG_LEVEL: 'error', SESSION_SECRET, PUBLIC_URL };
  let t: TestApp | undefined;
  const processes: ApiProcess[] = [];
  const close = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await t?.close();
    await smtp.close();
    capture.restore();
  };
  try {
    if (database === 'sqlite') {
      // Mail goes out only when a test calls `deliverDue`.
      t = await createTestApp('sqlite', { ...common, SMTP_URL: smtp.url, OUTBOX_INTERVAL_SECONDS: '0' });
      await t.app.listen(0, '127.0.0.1');
      const { port } = (t.app.getHttpServer() as Server).address() as AddressInfo;
      const urls = [`http://127.0.0.1:${port}`];
      const restart = async () => undefined;
      return {
        database,
        t,
        ds: t.app.get(DataSource),
        urls,
        processes,
        smtp,
        errorLogs: () => capture.lines,
        restart,
        close,
      };
    }
    // The in-process app creates and migrates the schema and sends no mail; the two processes deliver it.
    t = await createTestApp('postgres', common);
    const env = {
      ...common,
      DATABASE_URL: withApplicationName(t.config.databaseUrl as string, `markt-${t.config.databaseSchema}`),
      DATABASE_SCHEMA: t.config.databaseSchema as string,
      DATA_DIR: t.config.dataDir,
      DEMO_DATA: 'false',
      SMTP_URL: smtp.url,
      OUTBOX_INTERVAL_SECONDS: String(OUTBOX_INTERVAL_MS / 1000),
    };
    const urls: string[] = [];
    const stopped: ApiProcess[] = [];
    const start = async () => {
      const started = await Promise.allSettled([startApiProcess(env), startApiProcess(env)]);
      for (const s of started) if (s.status === 'fulfilled') processes.push(s.value);
      const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      // In place: every client reads this array at each request.
      urls.splice(0, urls.length, ...processes.map((p) => p.url));
    };
    const restart = async () => {
      const old = processes.splice(0, processes.length);
      // They may be stuck for good: a short grace, then SIGKILL.
      await Promise.all(old.map((p) => p.stop(500)));
      stopped.push(...old);
      await start();
    };
    await start();
    return {
      database,
      t,
      ds: t.app.get(DataSource),
      urls,
      processes,
      smtp,
      errorLogs: () => [...capture.lines, ...[...stopped, ...processes].flatMap((p) => p.errors())],
      restart,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Lets `pg_stat_activity` tell this suite's API processes apart. */
function withApplicationName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', name);
  return url.toString();
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const stand = (number: string, x: number, y: number, extra: Partial<Stand> = {}): Stand => ({
  number,
  x,
  y,
  width: 2,
  depth: 1,
  rotation: 0,
  hasPower: false,
  stepFree: true,
  capacity: 1,
  ...extra,
});

const plan = (stands: Stand[], version: number): FloorPlanInput => ({
  width: 40,
  depth: 20,
  features: [],
  stands,
  version,
});

describe.each(DATABASES)('concurrency: rules hold under 20 parallel requests (%s)', (database) => {
  let c: Cluster;
  let admin: ApiClient;
  let reviewer: ApiClient;
  /** An open event with many planned stands, shared by the tests that do not need one of their own. */
  let openEvent: string;
  /** An applicant account as the app creates it, the model for seeded ones (password: PASSWORD). */
  let template: User;

  /** Set when requests went unanswered: what the database was doing then. The next test starts on fresh processes. */
  let hung: string | undefined;

  beforeEach(async () => {
    if (hung === undefined) return;
    hung = undefined;
    await c.restart();
  }, 60_000);

  beforeAll(async () => {
    c = await openCluster(database);
    template = await c.t.createUser(Role.Applicant);
    admin = await client(Role.Admin);
    reviewer = await client(Role.Reviewer);
    openEvent = await newEvent();
  }, 120_000);
  afterAll(() => c?.close(), 60_000);

  const repo = <T extends ObjectLiteral>(entity: EntityTarget<T>) => c.ds.getRepository(entity);

  async function client(role?: Role): Promise<ApiClient> {
    const api = await new ApiClient(c.urls, REQUEST_TIMEOUT_MS).init();
    if (role) await api.login((await c.t.createUser(role)).email);
    return api;
  }

  async function applicant(): Promise<{ api: ApiClient; user: User }> {
    const user = await c.t.createUser(Role.Applicant);
    return { api: await (await new ApiClient(c.urls, REQUEST_TIMEOUT_MS).init()).login(user.email), user };
  }

  async function newEvent(overrides: Partial<EventInput> & { minReviews?: number } = {}): Promise<string> {
    const res = await admin.request('post', '/api/events', {
      body: { ...EVENT_2027, title: `Konferenz ${randomBytes(4).toString('hex')}`, minReviews: 0, ...overrides },
    });
    if (res.status !== 201) throw new Error(`event not created: ${res.status} ${res.text}`);
    return res.body.id;
  }

  /**
   * A multi-row insert that leaves the objects as they are: TypeORM would otherwise merge the re-read rows
   * back by position, which on SQLite mixes up ids and emails between the objects.
   */
  async function insertAsIs<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: T[]): Promise<void> {
    await repo(entity).createQueryBuilder().insert().values(rows).updateEntity(false).execute();
  }

  /** Applications in a given status straight into the database (each with its own applicant): fast set-up. */
  async function seedApplications(eventId: string, status: ApplicationStatus, count: number): Promise<Application[]> {
    // Copies of an account the app made itself, so they carry whatever a real account has (e.g. a verified address).
    const users = Array.from({ length: count }, () =>
      repo(User).create({
        ...template,
        id: randomUUID(),
        email: `seed-${randomBytes(6).toString('hex')}@example.org`,
        name: 'Seeded Applicant',
        createdAt: undefined,
        updatedAt: undefined,
      }),
    );
    await insertAsIs(User, users);
    const applications = users.map((user, i) =>
      repo(Application).create({
        ...COMPLETE,
        id: randomUUID(),
        eventId,
        applicantId: user.id,
        status,
        organisationName: `Organisation ${i + 1} (fiktiv)`,
        contactEmail: user.email,
        submittedAt: status === ApplicationStatus.Draft ? null : new Date(),
      }),
    );
    await insertAsIs(Application, applications);
    return applications;
  }

  async function savePlan(eventId: string, stands: Stand[], version: number): Promise<{ stands: Stand[] }> {
    const res = await admin.request('put', `/api/events/${eventId}/floor-plan`, { body: plan(stands, version) });
    if (res.status !== 200) throw new Error(`plan not saved: ${res.status} ${res.text}`);
    return res.body;
  }

  function assign(eventId: string, standId: string, applicationId: string, type: BodyType = 'json', via?: number) {
    return admin.request('put', `/api/events/${eventId}/assignments/${standId}`, {
      body: { applicationId },
      type,
      via,
    });
  }

  /** `burst`, and if a request got no answer, a look at what the database sessions are waiting for. */
  async function parallel(n: number, fire: (i: number) => Promise<Reply>): Promise<Reply[]> {
    const replies = await burst(n, fire);
    if (replies.some((r) => r.status === 0)) {
      hung = 'no answer';
      if (c.database === 'postgres') {
        const rows: { state: string; wait: string; query: string }[] = await c.ds.query(
          `SELECT state, concat_ws('/', wait_event_type, wait_event) AS wait, left(query, 160) AS query
             FROM pg_stat_activity WHERE application_name = $1 AND state <> 'idle' ORDER BY query_start`,
          [`markt-${c.t.config.databaseSchema}`],
        );
        hung = rows.map((r) => `  ${r.state} [${r.wait}] ${r.query.replace(/\s+/g, ' ')}`).join('\n');
      }
    }
    return replies;
  }

  function show(r: Reply): string {
    return `${r.method.toUpperCase()} ${r.path} [${r.type ?? '-'}] via ${r.url} → ${r.status} ${r.text.slice(0, 300)}`;
  }

  /** Every request got an answer below 500; on PostgreSQL both processes took part. */
  function expectAnswered(replies: Reply[]): void {
    const bad = replies.filter((r) => r.status === 0 || r.status >= 500);
    if (bad.length > 0) {
      throw new Error(
        [
          `${bad.length} of ${replies.length} parallel requests failed on the server (${tally(replies)}):`,
          ...bad.slice(0, 5).map(show),
          ...(hung ? ['database sessions at that moment:', hung] : []),
          'server log (errors):',
          ...c.errorLogs().slice(-20),
        ].join('\n'),
      );
    }
    if (c.urls.length > 1) expect(new Set(replies.map((r) => r.url)).size).toBe(c.urls.length);
  }

  /**
   * JSON must be taken: exactly `expected` requests succeed. Any other content type is either taken the
   * same way or refused (4xx) by all of them. Returns how many succeeded.
   */
  function expectSuccesses(replies: Reply[], type: BodyType, expected: number): number {
    expectAnswered(replies);
    const ok = replies.filter(succeeded).length;
    const allowed = type === 'json' ? [expected] : [0, expected];
    if (!allowed.includes(ok)) {
      throw new Error(
        `expected ${allowed.join(' or ')} successes in ${type}, got ${ok} (${tally(replies)}):\n` +
          replies.filter(succeeded).slice(0, 5).map(show).join('\n'),
      );
    }
    return ok;
  }

  /** The requests that did not succeed were refused with one of these statuses and, for JSON, codes. */
  function expectRefused(replies: Reply[], type: BodyType, codes: string[], statuses = [409]): void {
    const losers = replies.filter((r) => !succeeded(r));
    if (type === 'json') {
      expect(losers.map((r) => `${r.status} ${r.body?.code}`)).toEqual(
        losers.map((r) =>
          statuses.includes(r.status) && codes.includes(r.body?.code) ? `${r.status} ${r.body?.code}` : 'expected',
        ),
      );
    } else {
      for (const r of losers) expect(r.status >= 400 && r.status < 500 ? 'refused' : show(r)).toBe('refused');
    }
  }

  async function auditCount(entityId: string, where: { action?: string; toStatus?: string }): Promise<number> {
    return repo(AuditEntry).countBy({ entityType: 'application', entityId, ...where });
  }

  describe('one live application per applicant and event', () => {
    it.each(BODY_TYPES)('20 × POST /api/events/:eventId/applications of one applicant (%s)', async (type) => {
      const { api, user } = await applicant();
      const replies = await parallel(PARALLEL, (i) =>
        api.request('post', `/api/events/${openEvent}/applications`, { type, via: i }),
      );
      // Starting is idempotent: every request is answered with the one application, one of them made it.
      const answered = expectSuccesses(replies, type, PARALLEL);
      expectRefused(replies, type, []);

      const rows = await repo(Application).findBy({ eventId: openEvent, applicantId: user.id });
      expect(rows).toHaveLength(answered ? 1 : 0);
      const ok = replies.filter(succeeded);
      expect(tally(ok)).toBe(answered ? `200×${PARALLEL - 1} 201×1` : '');
      expect(new Set(ok.map((r) => r.body.id))).toEqual(new Set(rows.map((a) => a.id)));
      for (const row of rows) expect(await auditCount(row.id, { action: 'created' })).toBe(1);
    });

    it('withdrawing and applying again at once never leaves two live applications', async () => {
      const { api, user } = await applicant();
      const first = await api.request('post', `/api/events/${openEvent}/applications`);
      expect(first.status).toBe(201);
      const replies = await parallel(PARALLEL, (i) =>
        i % 2 === 0
          ? api.request('post', `/api/applications/${first.body.id}/withdraw`, { via: i })
          : api.request('post', `/api/events/${openEvent}/applications`, { via: i }),
      );
      expectAnswered(replies);
      const withdrawals = replies.filter((r, i) => i % 2 === 0 && succeeded(r));
      const answers = replies.filter((r, i) => i % 2 === 1 && succeeded(r));
      // 201 made a new draft; 200 answered the one there was at that moment (the first, or that new one).
      const creations = answers.filter((r) => r.status === 201);
      expect({ withdrawals: withdrawals.length, replies: tally(replies) }).toMatchObject({ withdrawals: 1 });
      expect(creations.length).toBeLessThanOrEqual(1);

      const rows = await repo(Application).findBy({ eventId: openEvent, applicantId: user.id });
      const live = rows.filter((a) => a.status !== ApplicationStatus.Withdrawn);
      expect(live.map((a) => a.id)).toEqual(creations.map((r) => r.body.id));
      expect(rows).toHaveLength(1 + creations.length);
      for (const r of answers) expect(rows.map((a) => a.id)).toContain(r.body.id);
    });
  });

  describe('status transitions happen once', () => {
    it.each(BODY_TYPES)('20 × submit, then 20 × confirm, then 20 × withdraw of one application (%s)', async (type) => {
      const { api, user } = await applicant();
      const created = await api.request('post', `/api/events/${openEvent}/applications`);
      const id: string = created.body.id;
      expect(
        (await api.request('patch', `/api/applications/${id}`, { body: { ...COMPLETE, contactEmail: user.email } }))
          .status,
      ).toBe(200);

      const steps = [
        { action: 'submit', from: ApplicationStatus.Draft, to: ApplicationStatus.Submitted, mails: 1 },
        // An admin's acceptance, set directly: the decision itself has its own tests.
        { action: 'confirm', from: ApplicationStatus.Accepted, to: ApplicationStatus.Confirmed, mails: 0 },
        { action: 'withdraw', from: ApplicationStatus.Confirmed, to: ApplicationStatus.Withdrawn, mails: 0 },
      ];
      for (const step of steps) {
        await repo(Application).update({ id }, { status: step.from });
        const mailsBefore = await repo(OutboxMessage).countBy({ applicationId: id });
        const replies = await parallel(PARALLEL, (i) =>
          api.request('post', `/api/applications/${id}/${step.action}`, { type, via: i }),
        );
        const moved = expectSuccesses(replies, type, 1);
        expectRefused(replies, type, ['invalid_transition', 'concurrent_change']);
        if (moved) expect(replies.find(succeeded)?.body.status).toBe(step.to);

        expect((await repo(Application).findOneByOrFail({ id })).status).toBe(moved ? step.to : step.from);
        expect(await auditCount(id, { toStatus: step.to })).toBe(moved);
        expect((await repo(OutboxMessage).countBy({ applicationId: id })) - mailsBefore).toBe(moved * step.mails);
      }
    });

    it('20 applicants submitting their own applications at once all get an answer (deadline rush)', async () => {
      const drafts = await seedApplications(openEvent, ApplicationStatus.Draft, PARALLEL);
      // Logged in one after another: twenty password hashes at once can outlast the request timeout on a busy
      // machine, and the rush under test is the submissions.
      const owners: ApiClient[] = [];
      for (const draft of drafts) {
        const user = await repo(User).findOneByOrFail({ id: draft.applicantId as string });
        owners.push(await (await new ApiClient(c.urls, REQUEST_TIMEOUT_MS).init()).login(user.email));
      }
      const replies = await parallel(PARALLEL, (i) =>
        owners[i].request('post', `/api/applications/${drafts[i].id}/submit`, { via: i }),
      );
      expectSuccesses(replies, 'json', PARALLEL);
      const rows = await repo(Application).findBy({ id: In(drafts.map((d) => d.id)) });
      expect(rows.map((a) => a.status)).toEqual(drafts.map(() => ApplicationStatus.Submitted));
      for (const draft of drafts) {
        expect(await auditCount(draft.id, { toStatus: ApplicationStatus.Submitted })).toBe(1);
        expect(await repo(OutboxMessage).countBy({ applicationId: draft.id })).toBe(1);
      }
    });

    it.each(BODY_TYPES)('20 × the same decision on one application (%s)', async (type) => {
      const [application] = await seedApplications(openEvent, ApplicationStatus.Submitted, 1);
      const replies = await parallel(PARALLEL, (i) =>
        admin.request('post', `/api/applications/${application.id}/decision`, {
          body: { decision: 'accepted', message: 'Willkommen auf dem Markt!' },
          type,
          via: i,
        }),
      );
      const decided = expectSuccesses(replies, type, 1);
      expectRefused(replies, type, ['decision_refused', 'concurrent_change']);

      const row = await repo(Application).findOneByOrFail({ id: application.id });
      expect(row.status).toBe(decided ? ApplicationStatus.Accepted : ApplicationStatus.Submitted);
      expect(await auditCount(application.id, { action: 'decided' })).toBe(decided);
      expect(await repo(OutboxMessage).countBy({ applicationId: application.id })).toBe(decided);
    });

    it('20 parallel, contradicting decisions on one application: one wins, with one audit entry and one mail', async () => {
      const [application] = await seedApplications(openEvent, ApplicationStatus.InReview, 1);
      const replies = await parallel(PARALLEL, (i) =>
        admin.request('post', `/api/applications/${application.id}/decision`, {
          body: { decision: i % 2 === 0 ? 'accepted' : 'rejected' },
          via: i,
        }),
      );
      expectSuccesses(replies, 'json', 1);
      expectRefused(replies, 'json', ['decision_refused', 'concurrent_change']);
      const winner = replies.find(succeeded) as Reply;
      expect((await repo(Application).findOneByOrFail({ id: application.id })).status).toBe(winner.body.status);
      expect(await auditCount(application.id, { action: 'decided' })).toBe(1);
      expect(await repo(OutboxMessage).countBy({ applicationId: application.id })).toBe(1);
    });

    it.each(BODY_TYPES)(
      'parallel acceptances of different applications never exceed the planned stands (%s)',
      async (type) => {
        const eventId = await newEvent({ standsPlanned: 3 });
        const applications = await seedApplications(eventId, ApplicationStatus.Submitted, PARALLEL);
        const replies = await parallel(PARALLEL, (i) =>
          admin.request('post', `/api/applications/${applications[i].id}/decision`, {
            body: { decision: 'accepted' },
            type,
            via: i,
          }),
        );
        const accepted = expectSuccesses(replies, type, 3);
        expectRefused(replies, type, ['over_capacity']);
        const holding = await repo(Application).findBy({ eventId, status: In([...HOLDS_PLACE]) });
        expect(holding.map((a) => a.id).sort()).toEqual(
          applications
            .filter((_a, i) => succeeded(replies[i]))
            .map((a) => a.id)
            .sort(),
        );
        expect(holding.length).toBe(accepted);
      },
    );

    it('parallel bulk acceptances never exceed the planned stands either', async () => {
      const eventId = await newEvent({ standsPlanned: 5 });
      const applications = await seedApplications(eventId, ApplicationStatus.Submitted, PARALLEL);
      const pairs = applications.map((a, i) => [a.id, applications[(i + 7) % PARALLEL].id]);
      const replies = await parallel(PARALLEL, (i) =>
        admin.request('post', `/api/events/${eventId}/decisions`, {
          body: { applicationIds: pairs[i], decision: 'accepted' },
          via: i,
        }),
      );
      expectAnswered(replies);
      expectRefused(replies, 'json', ['over_capacity', 'decision_refused', 'concurrent_change']);
      const granted = new Set(pairs.filter((_p, i) => succeeded(replies[i])).flat());
      expect(granted.size).toBeGreaterThan(0);
      const holding = await repo(Application).findBy({ eventId, status: In([...HOLDS_PLACE]) });
      expect(holding.length).toBeLessThanOrEqual(5);
      expect(holding.map((a) => a.id).sort()).toEqual([...granted].sort());
    });
  });

  describe('one review per reviewer and application', () => {
    const REVIEW = { scores: [4, 4, 4], comment: 'Überzeugend', conflictOfInterest: false };

    it.each(BODY_TYPES)('20 × the same reviewer’s review of one application (%s)', async (type) => {
      const [application] = await seedApplications(openEvent, ApplicationStatus.Submitted, 1);
      const replies = await parallel(PARALLEL, (i) =>
        reviewer.request('post', `/api/applications/${application.id}/reviews`, { body: REVIEW, type, via: i }),
      );
      expectAnswered(replies);
      const ok = replies.filter(succeeded).length;
      if (type === 'json') expect(ok).toBeGreaterThanOrEqual(1);
      // A review written in between is a conflict at worst, never a second review.
      expectRefused(replies, type, ['conflict', 'concurrent_change']);

      const reviews = await repo(Review).findBy({ applicationId: application.id });
      expect(reviews).toHaveLength(ok > 0 ? 1 : 0);
      const row = await repo(Application).findOneByOrFail({ id: application.id });
      expect(row.status).toBe(ok > 0 ? ApplicationStatus.InReview : ApplicationStatus.Submitted);
      expect(await auditCount(application.id, { action: 'review_started' })).toBe(ok > 0 ? 1 : 0);
    });

    it('four reviewers starting at once: four reviews, and one move into review with one audit entry', async () => {
      const reviewers = [reviewer, ...(await Promise.all([1, 2, 3].map(() => client(Role.Reviewer))))];
      const [application] = await seedApplications(openEvent, ApplicationStatus.Submitted, 1);
      const replies = await parallel(PARALLEL, (i) =>
        reviewers[i % 4].request('post', `/api/applications/${application.id}/reviews`, {
          body: REVIEW,
          via: Math.floor(i / 4),
        }),
      );
      expectAnswered(replies);
      expectRefused(replies, 'json', ['conflict', 'concurrent_change']);
      const reviewed = reviewers.filter((_r, k) => replies.some((r, i) => i % 4 === k && succeeded(r)));
      expect(reviewed).toHaveLength(4);
      expect(await repo(Review).countBy({ applicationId: application.id })).toBe(4);
      expect((await repo(Application).findOneByOrFail({ id: application.id })).status).toBe(ApplicationStatus.InReview);
      expect(await auditCount(application.id, { action: 'review_started' })).toBe(1);
    });
  });

  describe('floor plan versions', () => {
    async function saveRound(eventId: string, version: number, type: BodyType, prefix: string) {
      const replies = await parallel(PARALLEL, (i) =>
        admin.request('put', `/api/events/${eventId}/floor-plan`, {
          body: plan([stand(`${prefix}${i}`, i, 0), stand(`${prefix}${i}b`, i, 5)], version),
          type,
          via: i,
        }),
      );
      const saved = expectSuccesses(replies, type, 1);
      expectRefused(replies, type, ['version_conflict']);
      const plans = await repo(FloorPlan).findBy({ eventId });
      const stands = await repo(StandEntity).findBy({ eventId });
      if (saved) {
        const winner = replies.findIndex(succeeded);
        expect(plans.map((p) => p.version)).toEqual([version + 1]);
        // Exactly the winner's stands: no mix of two saves.
        expect(stands.map((s) => s.number).sort()).toEqual([`${prefix}${winner}`, `${prefix}${winner}b`].sort());
      }
      return { saved, plans, stands };
    }

    it.each(BODY_TYPES)('20 × the first save (version 0) of one plan (%s)', async (type) => {
      const eventId = await newEvent();
      const { saved, plans, stands } = await saveRound(eventId, 0, type, 'A');
      if (!saved) {
        expect(plans).toEqual([]);
        expect(stands).toEqual([]);
      }
    });

    it('20 × a later save with the same version', async () => {
      const eventId = await newEvent();
      await savePlan(eventId, [stand('1', 0, 0)], 0);
      await saveRound(eventId, 1, 'json', 'B');
      await saveRound(eventId, 2, 'json', 'C');
    });
  });

  describe('one stand per application, never more exhibitors than places', () => {
    it.each(BODY_TYPES)(
      '20 different applications onto a stand of capacity 1, then onto one of capacity 2 (%s)',
      async (type) => {
        const eventId = await newEvent();
        const applications = await seedApplications(eventId, ApplicationStatus.Accepted, 2 * PARALLEL);
        const { stands } = await savePlan(eventId, [stand('1', 0, 0), stand('2', 3, 0, { capacity: 2 })], 0);
        for (const [k, target] of stands.entries()) {
          const capacity = target.capacity;
          const candidates = applications.slice(k * PARALLEL, (k + 1) * PARALLEL);
          const replies = await parallel(PARALLEL, (i) =>
            assign(eventId, target.id as string, candidates[i].id, type, i),
          );
          expectSuccesses(replies, type, capacity);
          expectRefused(replies, type, ['stand_full', 'conflict']);
          const rows = await repo(Assignment).findBy({ standId: target.id });
          expect(rows.map((a) => a.applicationId).sort()).toEqual(
            candidates
              .filter((_a, i) => succeeded(replies[i]))
              .map((a) => a.id)
              .sort(),
          );
          expect(rows.every((a) => a.slot >= 0 && a.slot < capacity)).toBe(true);
          expect(new Set(rows.map((a) => a.slot)).size).toBe(rows.length);
        }
      },
    );

    it.each(BODY_TYPES)('20 × one application onto 20 different stands (%s)', async (type) => {
      const eventId = await newEvent();
      const [application] = await seedApplications(eventId, ApplicationStatus.Accepted, 1);
      const { stands } = await savePlan(
        eventId,
        Array.from({ length: PARALLEL }, (_v, i) => stand(String(i + 1), (i % 10) * 3, Math.floor(i / 10) * 3)),
        0,
      );
      const replies = await parallel(PARALLEL, (i) => assign(eventId, stands[i].id as string, application.id, type, i));
      expectAnswered(replies);
      const ok = replies.filter(succeeded).length;
      if (type === 'json') expect(ok).toBeGreaterThanOrEqual(1);
      expectRefused(replies, type, ['conflict', 'stand_full']);
      const rows = await repo(Assignment).findBy({ applicationId: application.id });
      expect(rows).toHaveLength(ok > 0 ? 1 : 0);
      if (ok > 0) {
        const placedBy = stands.filter((_s, i) => succeeded(replies[i])).map((s) => s.id);
        expect(placedBy).toContain(rows[0].standId);
      }
    });

    /** Whatever happened, the assignments fit the stands they are on. */
    async function expectAssignmentsFit(eventId: string): Promise<void> {
      const stands = await repo(StandEntity).findBy({ eventId });
      const rows = await repo(Assignment).findBy({ eventId });
      for (const s of stands) {
        const on = rows.filter((a) => a.standId === s.id);
        expect({ stand: s.number, exhibitors: on.length }).toEqual({
          stand: s.number,
          exhibitors: Math.min(on.length, s.capacity),
        });
        expect(on.every((a) => a.slot >= 0 && a.slot < s.capacity && a.standCapacity === s.capacity)).toBe(true);
        expect(new Set(on.map((a) => a.slot)).size).toBe(on.length);
      }
      expect(new Set(rows.map((a) => a.applicationId)).size).toBe(rows.length);
      const placed = await repo(Application).findBy({ id: In(rows.map((a) => a.applicationId)) });
      expect(placed.every((a) => HOLDS_PLACE.includes(a.status))).toBe(true);
      const view = await admin.request('get', `/api/events/${eventId}/assignments`);
      expect(
        view.body.conflicts.filter((x: { kind: string }) => x.kind === AssignmentConflictKind.OverCapacity),
      ).toEqual([]);
    }

    it.each(BODY_TYPES)('a mix of swaps, suggestions applied, assigns and unassigns at once (%s)', async (type) => {
      const eventId = await newEvent();
      const a = (await seedApplications(eventId, ApplicationStatus.Accepted, 8)).map((x) => x.id);
      const {
        stands: [p, q, r, s],
      } = await savePlan(
        eventId,
        [stand('P', 0, 0), stand('Q', 3, 0, { capacity: 2 }), stand('R', 6, 0), stand('S', 9, 0, { capacity: 3 })],
        0,
      );
      const [P, Q, R, S] = [p, q, r, s].map((x) => x.id as string);
      for (const [standId, applicationId] of [
        [P, a[0]],
        [Q, a[1]],
        [Q, a[2]],
        [R, a[3]],
      ]) {
        expect((await assign(eventId, standId, applicationId)).status).toBe(200);
      }
      const base = `/api/events/${eventId}/assignments`;
      const moves: ((via: number) => Promise<Reply>)[] = [
        (via) => admin.request('post', `${base}/swap`, { body: { a: P, b: R }, type, via }),
        (via) => admin.request('post', `${base}/swap`, { body: { a: Q, b: S }, type, via }),
        (via) =>
          admin.request('post', `${base}/apply`, {
            body: {
              placements: [
                { standId: S, applicationId: a[4] },
                { standId: S, applicationId: a[5] },
                { standId: P, applicationId: a[6] },
              ],
            },
            type,
            via,
          }),
        (via) => admin.request('delete', `${base}/${Q}`, { type, via }),
        (via) => admin.request('delete', `${base}/${R}?applicationId=${a[3]}`, { type, via }),
        (via) => assign(eventId, R, a[7], type, via),
        (via) => assign(eventId, S, a[0], type, via),
        (via) => admin.request('post', `${base}/swap`, { body: { a: P, b: Q }, type, via }),
        (via) =>
          admin.request('post', `${base}/apply`, {
            body: {
              placements: [
                { standId: Q, applicationId: a[3] },
                { standId: Q, applicationId: a[7] },
              ],
            },
            type,
            via,
          }),
        (via) => admin.request('delete', `${base}/${S}`, { type, via }),
      ];
      const replies = await parallel(PARALLEL, (i) => moves[i % moves.length](i));
      expectAnswered(replies);
      for (const reply of replies.filter((x) => !succeeded(x))) expect(reply.status).toBeLessThan(500);
      await expectAssignmentsFit(eventId);
    });

    it.each(BODY_TYPES)('a plan save shrinking a stand, in parallel with assignments to it (%s)', async (type) => {
      const eventId = await newEvent();
      const applications = await seedApplications(eventId, ApplicationStatus.Accepted, PARALLEL / 2);
      const { stands } = await savePlan(eventId, [stand('T', 0, 0, { capacity: 3 }), stand('U', 5, 0)], 0);
      const shrunk = stands.map((x) => (x.number === 'T' ? { ...x, capacity: 1 } : x));
      const target = stands.find((x) => x.number === 'T')?.id as string;
      const replies = await parallel(PARALLEL, (i) =>
        i % 2 === 0
          ? admin.request('put', `/api/events/${eventId}/floor-plan`, { body: plan(shrunk, 1), type, via: i })
          : assign(eventId, target, applications[(i - 1) / 2].id, type, i),
      );
      expectAnswered(replies);
      const saves = replies.filter((r, i) => i % 2 === 0 && succeeded(r)).length;
      const assigned = replies.filter((r, i) => i % 2 === 1 && succeeded(r)).length;
      expect(saves).toBeLessThanOrEqual(1);
      if (type === 'json') expect(saves + assigned).toBeGreaterThanOrEqual(1);
      for (const reply of replies.filter((x) => !succeeded(x))) expect(reply.status).toBeLessThan(500);

      const t = await repo(StandEntity).findOneByOrFail({ id: target });
      const on = await repo(Assignment).countBy({ standId: target });
      expect(on).toBeLessThanOrEqual(t.capacity);
      expect(t.capacity).toBe(saves ? 1 : 3);
      expect((await repo(FloorPlan).findOneByOrFail({ eventId })).version).toBe(1 + saves);
      await expectAssignmentsFit(eventId);
    });
  });

  describe('single-use links and mail', () => {
    it.each(BODY_TYPES)('a password-reset link used 20 times at once (%s)', async (type) => {
      const user = await c.t.createUser(Role.Applicant);
      const anonymous = await client();
      expect(
        (await anonymous.request('post', '/api/auth/password-reset', { body: { email: user.email } })).status,
      ).toBe(204);
      const mail = await repo(OutboxMessage).findOneByOrFail({ to: user.email });
      // The link may sit in the body or in a column of its own: look at every text the message holds.
      const texts = Object.values(mail).filter((v): v is string => typeof v === 'string');
      const token = decodeURIComponent(/token=([\w%-]+)/.exec(texts.join(' '))?.[1] as string);
      const newPassword = `neues-passwort-${type}-${randomBytes(3).toString('hex')}`;
      const replies = await parallel(PARALLEL, (i) =>
        anonymous.request('post', '/api/auth/password-reset/confirm', {
          body: { token, password: newPassword },
          type,
          via: i,
        }),
      );
      const used = expectSuccesses(replies, type, 1);
      // The losers see what a used link gets: a field error on the token.
      if (type === 'json') {
        for (const r of replies.filter((x) => !succeeded(x))) {
          expect([r.status, r.body.errors?.[0]?.code]).toEqual([400, 'invalidToken']);
        }
      } else expectRefused(replies, type, []);

      const tokens = await repo(PasswordResetToken).findBy({ userId: user.id });
      expect(tokens).toHaveLength(1);
      expect(tokens[0].usedAt === null).toBe(!used);
      const login = async (password: string) =>
        (await (await client()).request('post', '/api/auth/login', { body: { email: user.email, password } })).status;
      expect(await login(newPassword)).toBe(used ? 200 : 401);
      expect(await login(PASSWORD)).toBe(used ? 401 : 200);
    });

    it.each(BODY_TYPES)('20 × confirmation reminders at once: every mail complete, none lost (%s)', async (type) => {
      const eventId = await newEvent();
      const pending = await seedApplications(eventId, ApplicationStatus.Accepted, 3);
      await seedApplications(eventId, ApplicationStatus.Confirmed, 1);
      await seedApplications(eventId, ApplicationStatus.Submitted, 1);
      const replies = await parallel(PARALLEL, (i) =>
        admin.request('post', `/api/events/${eventId}/confirmation-reminders`, { type, via: i }),
      );
      const sent = expectSuccesses(replies, type, PARALLEL);
      expectRefused(replies, type, []);
      for (const r of replies.filter(succeeded)) expect(r.body).toEqual({ queued: 3 });

      const mails = await repo(OutboxMessage).findBy({ applicationId: In(pending.map((a) => a.id)) });
      expect(mails.length).toBe(sent * 3);
      for (const application of pending) {
        const own = mails.filter((m) => m.applicationId === application.id);
        expect(own.length).toBe(sent);
        for (const m of own) {
          expect(m.to).toBe(application.contactEmail);
          expect(m.subject.length).toBeGreaterThan(0);
          expect(m.body).toContain(`${PUBLIC_URL}/bewerbungen/${application.id}`);
        }
      }
    });

    it.each(BODY_TYPES)(
      '20 × retry of a mail while it is being delivered: it goes out exactly once (%s)',
      async (type) => {
        const outbox = c.database === 'sqlite' ? c.t.app.get(OutboxService) : undefined;
        // Other tests' mail waits: the workers attend to this message only.
        await repo(OutboxMessage).update(
          { status: OutboxStatus.Pending },
          { nextAttemptAt: new Date(Date.now() + 3600_000) },
        );
        const to = `retry-${randomBytes(5).toString('hex')}@example.org`;
        const message = await repo(OutboxMessage).save(
          repo(OutboxMessage).create({
            to,
            subject: 'Erneuter Versuch',
            body: 'Diese Nachricht darf genau einmal ankommen.',
            status: OutboxStatus.Failed,
            attempts: 3,
            lastError: '451 Mailbox temporarily unavailable',
            nextAttemptAt: null,
          }),
        );
        // The mail server takes its time with this message: longer than the workers' interval.
        c.smtp.slowFor.set(to, SLOW_SEND_MS);
        const row = () => repo(OutboxMessage).findOneByOrFail({ id: message.id });

        // An admin releases it; a worker claims it and starts sending.
        expect((await admin.request('post', `/api/outbox/${message.id}/retry`)).status).toBe(200);
        const delivery = outbox?.deliverDue();
        const claimedBy = Date.now() + 5000;
        while (Date.now() < claimedBy && (await row()).lockedUntil === null) await sleep(20);
        expect((await row()).lockedUntil).not.toBeNull();

        // Meanwhile 20 more retries of the same message.
        const replies = await parallel(PARALLEL, (i) =>
          admin.request('post', `/api/outbox/${message.id}/retry`, { type, via: i }),
        );
        expectSuccesses(replies, type, PARALLEL);
        expectRefused(replies, type, []);

        await delivery;
        const sentBy = Date.now() + 10_000;
        while (Date.now() < sentBy && (await row()).status !== OutboxStatus.Sent) await sleep(100);
        // Time for a second worker to have claimed it in its next round and sent it, before counting.
        await sleep(outbox ? 0 : OUTBOX_INTERVAL_MS + SLOW_SEND_MS + 300);
        await outbox?.deliverDue();
        expect((await row()).status).toBe(OutboxStatus.Sent);
        expect(c.smtp.received.filter((m) => m.to.includes(to)).length).toBe(1);
      },
      30_000,
    );
  });

  describe('registration', () => {
    it.each(BODY_TYPES)('20 × POST /api/auth/register with one email (%s)', async (type) => {
      const email = `register-${type}-${randomBytes(5).toString('hex')}@example.org`;
      const anonymous = await client();
      const replies = await parallel(PARALLEL, (i) =>
        anonymous.request('post', '/api/auth/register', {
          body: { email, password: PASSWORD, name: 'Parallele Person' },
          type,
          via: i,
          // Each of them may hash the password before the first one's account exists: 20 hashes on two cores.
          timeoutMs: 3 * REQUEST_TIMEOUT_MS,
        }),
      );
      const registered = expectSuccesses(replies, type, 1);
      expectRefused(replies, type, ['email_taken', 'conflict']);
      expect(await repo(User).countBy({ email })).toBe(registered);
    });
  });

  describe('the database itself refuses what the rules forbid', () => {
    async function refused(write: Promise<unknown>): Promise<void> {
      const error = await write.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeDefined();
      expect(isConstraintViolation(error)).toBe(true);
    }

    it('one live application per applicant and event', async () => {
      const [live] = await seedApplications(openEvent, ApplicationStatus.Submitted, 1);
      const second = (status: ApplicationStatus) =>
        repo(Application).create({ id: randomUUID(), eventId: openEvent, applicantId: live.applicantId, status });
      await refused(repo(Application).insert(second(ApplicationStatus.Draft)));
      // Withdrawn ones do not count: they make room for a new one.
      const withdrawn = second(ApplicationStatus.Withdrawn);
      await repo(Application).insert(withdrawn);
      await refused(repo(Application).update({ id: withdrawn.id }, { status: ApplicationStatus.Draft }));
      await repo(Application).update({ id: live.id }, { status: ApplicationStatus.Withdrawn });
      await repo(Application).update({ id: withdrawn.id }, { status: ApplicationStatus.Draft });
      expect(await repo(Application).countBy({ eventId: openEvent, applicantId: live.applicantId as string })).toBe(2);
    });

    it('a stand never holds more than its capacity, and cannot shrink below its exhibitors', async () => {
      const eventId = await newEvent();
      const applications = await seedApplications(eventId, ApplicationStatus.Accepted, 4);
      const { stands } = await savePlan(eventId, [stand('1', 0, 0), stand('2', 3, 0, { capacity: 2 })], 0);
      const [single, double] = stands.map((s) => s.id as string);
      const row = (standId: string, standCapacity: number, applicationId: string, slot: number) =>
        repo(Assignment).create({ id: randomUUID(), eventId, standId, standCapacity, applicationId, slot });

      await repo(Assignment).insert(row(single, 1, applications[0].id, 0));
      await refused(repo(Assignment).insert(row(single, 1, applications[1].id, 1))); // slot ≥ capacity
      await refused(repo(Assignment).insert(row(single, 5, applications[1].id, 3))); // capacity that is not the stand's
      await refused(repo(Assignment).insert(row(single, 1, applications[1].id, 0))); // place taken
      await refused(repo(Assignment).insert(row(double, 2, applications[0].id, 0))); // on two stands
      await refused(repo(Assignment).insert(row(double, 2, applications[1].id, -1)));

      await repo(Assignment).insert(row(double, 2, applications[1].id, 0));
      await repo(Assignment).insert(row(double, 2, applications[2].id, 1));
      await refused(repo(StandEntity).update({ id: double }, { capacity: 1 })); // below its exhibitors
      await refused(repo(StandEntity).update({ id: single }, { capacity: 0 }));
      expect((await repo(StandEntity).findOneByOrFail({ id: double })).capacity).toBe(2);

      // Growing is fine, and every assignment follows its stand's capacity.
      await repo(StandEntity).update({ id: double }, { capacity: 3 });
      expect((await repo(Assignment).findBy({ standId: double })).map((a) => a.standCapacity)).toEqual([3, 3]);
      await repo(Assignment).insert(row(double, 3, applications[3].id, 2));
      expect(await repo(Assignment).countBy({ eventId })).toBe(4);
    });

    it('one review per reviewer and application, one plan per event, one account per email', async () => {
      const [application] = await seedApplications(openEvent, ApplicationStatus.Submitted, 1);
      const someone = await c.t.createUser(Role.Reviewer);
      const review = () =>
        repo(Review).create({
          id: randomUUID(),
          applicationId: application.id,
          reviewerId: someone.id,
          reviewerName: 'Reviewer',
          scores: [3, 3, 3],
          comment: null,
          conflictOfInterest: false,
          snapshot: {},
        });
      await repo(Review).insert(review());
      await refused(repo(Review).insert(review()));

      const eventId = await newEvent();
      const floorPlan = () =>
        repo(FloorPlan).create({ id: randomUUID(), eventId, width: 10, depth: 10, features: [], version: 1 });
      await repo(FloorPlan).insert(floorPlan());
      await refused(repo(FloorPlan).insert(floorPlan()));

      await refused(
        repo(User).insert(
          repo(User).create({
            id: randomUUID(),
            email: someone.email,
            passwordHash: template.passwordHash,
            name: 'Twin',
            role: Role.Applicant,
          }),
        ),
      );
    });
  });

  if (database === 'postgres') {
    describe('two API processes on one PostgreSQL database', () => {
      it('deliver every queued mail exactly once', async () => {
        // A burst of mail due at once, for both processes' outbox workers to claim.
        const tag = randomBytes(4).toString('hex');
        const messages = Array.from({ length: 60 }, (_v, i) =>
          repo(OutboxMessage).create({
            id: randomUUID(),
            to: `once-${tag}-${i}@example.org`,
            subject: `Genau einmal ${i}`,
            body: 'Diese Nachricht darf genau einmal ankommen.',
            status: OutboxStatus.Pending,
            attempts: 0,
            nextAttemptAt: new Date(Date.now() - 1000),
          }),
        );
        await insertAsIs(OutboxMessage, messages);
        const ids = messages.map((m) => m.id);
        const pending = () => repo(OutboxMessage).countBy({ id: In(ids), status: OutboxStatus.Pending });
        const deadline = Date.now() + 30_000;
        while ((await pending()) > 0 && Date.now() < deadline) await sleep(250);
        expect(await pending()).toBe(0);
        await sleep(2500); // both workers have had another round since the last message went out
        const received = c.smtp.received.flatMap((m) => m.to).filter((to) => to.startsWith(`once-${tag}-`));
        const counts = new Map<string, number>();
        for (const to of received) counts.set(to, (counts.get(to) ?? 0) + 1);
        expect(messages.filter((m) => counts.get(m.to) !== 1).map((m) => `${m.to}: ${counts.get(m.to) ?? 0}`)).toEqual(
          [],
        );
        expect(await repo(OutboxMessage).countBy({ id: In(ids), status: OutboxStatus.Sent })).toBe(60);
      }, 60_000);

      it('start at once on an empty schema: one migrates, the other waits, both serve', async () => {
        const schema = `test_${randomBytes(6).toString('hex')}`;
        const pg = new PgClient({ connectionString: process.env['TEST_DATABASE_URL'] });
        await pg.connect();
        const dataDir = mkdtempSync(join(tmpdir(), 'markt-two-'));
        const processes: ApiProcess[] = [];
        try {
          await pg.query(`CREATE SCHEMA "${schema}"`);
          const url = new URL(process.env['TEST_DATABASE_URL'] as string);
          url.searchParams.set('options', `-c search_path=${schema}`);
          const env = {
            DATABASE_URL: url.toString(),
            DATABASE_SCHEMA: schema,
            DATA_DIR: dataDir,
            DEMO_DATA: 'false',
            LOG_LEVEL: 'error',
            SESSION_SECRET,
          };
          const started = await Promise.allSettled([startApiProcess(env), startApiProcess(env)]);
          for (const s of started) if (s.status === 'fulfilled') processes.push(s.value);
          expect(started.map((s) => (s.status === 'fulfilled' ? 'up' : String(s.reason)))).toEqual(['up', 'up']);
          for (const p of processes) {
            expect((await new ApiClient([p.url]).request('get', '/api/health')).body).toEqual({
              status: 'ok',
              database: 'up',
            });
          }
          const migrations = await pg.query(`SELECT name FROM "${schema}".migrations`);
          const names = migrations.rows.map((r: { name: string }) => r.name);
          expect(names.length).toBeGreaterThan(0);
          expect(new Set(names).size).toBe(names.length);
        } finally {
          await Promise.all(processes.map((p) => p.stop()));
          await pg.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await pg.end();
          rmSync(dataDir, { recursive: true, force: true });
        }
      }, 90_000);
    });
  }
});
