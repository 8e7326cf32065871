import { Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { COMPLETE, PNG } from './fixtures';
import { routeTable } from './route-table';
import { createTestApp, DATABASES, PASSWORD, TestApp, TestClient } from './test-app';

/** Who calls: nobody, the applicant who owns the objects, another applicant, a reviewer, an admin. */
const WHO = ['anonymous', 'owner', 'other', 'reviewer', 'admin'] as const;
type Who = (typeof WHO)[number];

/**
 * `ok`: let through to the object (any status below 500 but 401, 403 and 404 — a 400 for a body that
 * is wrong on purpose counts); a number: exactly that status; a list: one of them.
 */
type Expected = number | number[] | 'ok';

interface Context {
  eventId: string;
  id: string;
  standId: string;
  messageId: string;
  userId: string;
}

interface Entry {
  expect: Record<Who, Expected>;
  /** A body valid enough that the object check, not validation, decides. */
  body?: (ctx: Context) => object;
  /** Ends or changes the caller's session: called with a session of its own. */
  fresh?: boolean;
}

const PUBLIC = (status: Expected): Record<Who, Expected> => ({
  anonymous: status,
  owner: status,
  other: status,
  reviewer: status,
  admin: status,
});
const ANY_ACCOUNT: Record<Who, Expected> = { anonymous: 401, owner: 'ok', other: 'ok', reviewer: 'ok', admin: 'ok' };
/** An applicant's own object: others get "not found", staff "forbidden" (they may not write into it). */
const OWNER_ONLY: Record<Who, Expected> = { anonymous: 401, owner: 'ok', other: 404, reviewer: 403, admin: 403 };
/** Readable by its owner and by staff, by no other applicant. */
const OWNER_AND_STAFF: Record<Who, Expected> = { anonymous: 401, owner: 'ok', other: 404, reviewer: 'ok', admin: 'ok' };
const STAFF: Record<Who, Expected> = { anonymous: 401, owner: 403, other: 403, reviewer: 'ok', admin: 'ok' };
const ADMIN: Record<Who, Expected> = { anonymous: 401, owner: 403, other: 403, reviewer: 403, admin: 'ok' };
const APPLICANTS: Record<Who, Expected> = { anonymous: 401, owner: 'ok', other: 'ok', reviewer: 403, admin: 403 };

let registrations = 0;

/** Every route of the app with who may call it. A route missing here fails the test. */
const MATRIX: Record<string, Entry> = {
  'GET /api/health': { expect: PUBLIC(200) },
  'POST /api/auth/register': {
    expect: PUBLIC(201),
    body: () => ({ email: `matrix-${Date.now()}-${++registrations}@example.org`, password: PASSWORD, name: 'Matrix' }),
    fresh: true,
  },
  'POST /api/auth/login': {
    expect: PUBLIC(401),
    body: () => ({ email: 'nobody@example.org', password: 'x'.repeat(12) }),
  },
  'POST /api/auth/logout': { expect: PUBLIC(204), fresh: true },
  'POST /api/auth/password-reset': { expect: PUBLIC(204), body: () => ({ email: 'nobody@example.org' }) },
  'POST /api/auth/password-reset/confirm': {
    expect: PUBLIC(400),
    body: () => ({ token: 'not-a-token', password: 'x'.repeat(12) }),
  },
  'POST /api/auth/verify-email': { expect: PUBLIC(400), body: () => ({ token: 'not-a-token' }) },
  'POST /api/auth/verification': { expect: { ...ANY_ACCOUNT, owner: 204, other: 204, reviewer: 204, admin: 204 } },
  'GET /api/auth/throttled': { expect: ADMIN },
  // A visitor is told there is nobody (204), not refused.
  'GET /api/auth/me': { expect: { ...ANY_ACCOUNT, anonymous: 204 } },
  'GET /api/me/export': { expect: ANY_ACCOUNT },
  'PATCH /api/me': { expect: ANY_ACCOUNT, body: () => ({ currentPassword: 'not-the-password' }) },
  'DELETE /api/me': {
    expect: { anonymous: 401, owner: 400, other: 400, reviewer: 403, admin: 403 },
    body: () => ({ password: 'not-the-password' }),
  },
  'GET /api/users': { expect: ADMIN },
  'POST /api/users': { expect: ADMIN },
  'PATCH /api/users/:userId': { expect: ADMIN, body: () => ({ name: 'Umbenannt' }) },
  'GET /api/events': { expect: PUBLIC(200) },
  'GET /api/events/:eventId': { expect: PUBLIC(200) },
  'POST /api/events': { expect: ADMIN },
  'PATCH /api/events/:eventId': { expect: ADMIN },
  'POST /api/events/:eventId/copy': {
    expect: ADMIN,
    body: () => ({
      title: 'Kopie',
      date: '2029-11-15',
      applicationOpensAt: '2028-09-30T22:00:00.000Z',
      applicationClosesAt: '2029-09-15T21:59:59.000Z',
    }),
  },
  'GET /api/retention/preview': { expect: ADMIN },
  'POST /api/retention/run': { expect: ADMIN },
  'POST /api/feedback': { expect: PUBLIC(201), body: () => ({ message: 'Eine Barriere' }) },
  'GET /api/feedback': { expect: ADMIN },
  'GET /api/applications': { expect: APPLICANTS },
  'POST /api/events/:eventId/applications': { expect: APPLICANTS },
  'GET /api/applications/:id': { expect: OWNER_AND_STAFF },
  'GET /api/applications/:id/history': { expect: OWNER_AND_STAFF },
  'PATCH /api/applications/:id': { expect: OWNER_ONLY, body: () => ({ projectTitle: 'Anders' }) },
  'PUT /api/applications/:id/consents': { expect: OWNER_ONLY, body: () => ({ photoConsent: true }) },
  'POST /api/applications/:id/submit': { expect: OWNER_ONLY },
  'POST /api/applications/:id/withdraw': { expect: OWNER_ONLY },
  'POST /api/applications/:id/confirm': { expect: OWNER_ONLY },
  'PUT /api/applications/:id/logo': { expect: OWNER_ONLY },
  // The owner's application is not accepted: 409, past the object check.
  'PUT /api/applications/:id/stand-people': { expect: OWNER_ONLY, body: () => ({ staffNames: 'Sam Beispiel' }) },
  'GET /api/applications/:id/logo': { expect: OWNER_AND_STAFF },
  'POST /api/applications/:id/reviews': {
    expect: STAFF,
    body: () => ({ conflictOfInterest: true }),
  },
  'GET /api/applications/:id/reviews': { expect: STAFF },
  'POST /api/applications/:id/notes': { expect: STAFF, body: () => ({ text: 'Notiz' }) },
  'GET /api/applications/:id/notes': { expect: STAFF },
  'GET /api/events/:eventId/applications': { expect: STAFF },
  'POST /api/applications/:id/decision': { expect: ADMIN, body: () => ({ decision: 'waitlisted' }) },
  'POST /api/events/:eventId/decisions': {
    expect: ADMIN,
    body: (ctx) => ({ applicationIds: [ctx.id], decision: 'waitlisted' }),
  },
  'POST /api/applications/:id/request-changes': {
    expect: ADMIN,
    body: () => ({ message: 'Bitte ergänzen', fields: ['shortText'] }),
  },
  // Not found while nothing is staged for the application.
  'DELETE /api/applications/:id/pending-decision': { expect: { ...ADMIN, admin: [204, 404] } },
  'GET /api/events/:eventId/decisions/pending': { expect: ADMIN },
  'POST /api/events/:eventId/decisions/release': { expect: ADMIN },
  'POST /api/events/:eventId/confirmation-reminders': { expect: ADMIN },
  'GET /api/events/:eventId/applications.csv': { expect: ADMIN },
  'GET /api/events/:eventId/applications.xlsx': { expect: ADMIN },
  'GET /api/events/:eventId/floor-plan': { expect: ADMIN },
  'PUT /api/events/:eventId/floor-plan': { expect: ADMIN },
  'PUT /api/events/:eventId/floor-plan/background': { expect: ADMIN },
  'DELETE /api/events/:eventId/floor-plan/background': { expect: ADMIN },
  // Whether there is a background at that moment depends on the upload and removal routes before it.
  'GET /api/events/:eventId/floor-plan/background': { expect: { ...ADMIN, admin: [200, 404] } },
  'GET /api/events/:eventId/assignments': { expect: ADMIN },
  'POST /api/events/:eventId/assignments/suggest': { expect: ADMIN },
  'POST /api/events/:eventId/assignments/apply': { expect: ADMIN },
  'POST /api/events/:eventId/assignments/swap': { expect: ADMIN },
  'POST /api/events/:eventId/assignments/exchange': { expect: ADMIN },
  'PUT /api/events/:eventId/assignments/:standId': { expect: ADMIN, body: (ctx) => ({ applicationId: ctx.id }) },
  'DELETE /api/events/:eventId/assignments/:standId': { expect: ADMIN },
  'GET /api/events/:eventId/floor-plan.pdf': { expect: ADMIN },
  'GET /api/events/:eventId/stand-signs.pdf': { expect: ADMIN },
  'GET /api/events/:eventId/directory.pdf': { expect: ADMIN },
  'GET /api/events/:eventId/logistics.csv': { expect: ADMIN },
  'GET /api/events/:eventId/logistics.xlsx': { expect: ADMIN },
  'GET /api/outbox': { expect: ADMIN },
  'PATCH /api/outbox/:messageId': { expect: ADMIN, body: () => ({ subject: 'Betreff' }) },
  'POST /api/outbox/:messageId/retry': { expect: ADMIN },
  'GET /api/events/:eventId/email-templates': { expect: ADMIN },
  'PUT /api/events/:eventId/email-templates/:kind/:language': {
    expect: ADMIN,
    body: () => ({ subject: 'Betreff', body: 'Text' }),
  },
  'DELETE /api/events/:eventId/email-templates/:kind/:language': { expect: ADMIN },
  // The market of an event that is not published is nobody's business yet.
  'GET /api/public/events/:eventId/market': { expect: PUBLIC(404) },
  'GET /api/public/events/:eventId/logos/:id': { expect: PUBLIC(404) },
  'GET /api/public/events/:eventId/logos/:id/:hash': { expect: PUBLIC(404) },
};

/** The route table names a path parameter after its controller; the matrix after the object it stands for. */
function key(method: string, path: string): string {
  const normalised = path
    .replace(/^\/api\/users\/:id$/, '/api/users/:userId')
    .replace(/^\/api\/outbox\/:id/, '/api/outbox/:messageId')
    .replace(/^\/api\/events\/:id$/, '/api/events/:eventId')
    .replace(/\/logos\/:applicationId(\/:hash)?$/, '/logos/:id$1');
  return `${method.toUpperCase()} ${normalised}`;
}

function fill(path: string, ctx: Context): string {
  return path
    .replace(':eventId', ctx.eventId)
    .replace(':standId', ctx.standId)
    .replace(':messageId', ctx.messageId)
    .replace(':userId', ctx.userId)
    .replace(':kind', 'submission_received')
    .replace(':language', 'de')
    .replace(':id', ctx.id);
}

function isOk(status: number): boolean {
  return status < 500 && ![401, 403, 404].includes(status);
}

describe.each(DATABASES)('route × role matrix (%s)', (database) => {
  let t: TestApp;
  let ctx: Context;
  const clients = {} as Record<Who, TestClient>;
  const emails = {} as Record<Who, string>;

  beforeAll(async () => {
    t = await createTestApp(database);
    for (const [who, role] of [
      ['owner', Role.Applicant],
      ['other', Role.Applicant],
      ['reviewer', Role.Reviewer],
      ['admin', Role.Admin],
    ] as const) {
      const { client, user } = await t.as(role);
      clients[who] = client;
      emails[who] = user.email;
    }
    clients.anonymous = await t.client();
    const admin = clients.admin;
    const eventId = (await admin.post('/api/events', { ...EVENT_2027, title: 'Matrix-Konferenz' })).body.id;
    const plan = await admin.agent
      .put(`/api/events/${eventId}/floor-plan`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({
        width: 20,
        depth: 10,
        features: [],
        version: 0,
        stands: [
          { number: '1', x: 1, y: 1, width: 2, depth: 2, rotation: 0, hasPower: true, stepFree: true, capacity: 1 },
        ],
      });
    const owner = clients.owner;
    const id = (await owner.post(`/api/events/${eventId}/applications`)).body.id;
    await owner.patch(`/api/applications/${id}`, { ...COMPLETE, contactEmail: emails.owner });
    await owner.agent
      .put(`/api/applications/${id}/logo`)
      .set('X-XSRF-TOKEN', owner.xsrf)
      .attach('logo', PNG, 'logo.png');
    expect((await owner.post(`/api/applications/${id}/submit`)).status).toBe(200);
    // The other applicant has an application of their own in the same event.
    const otherId = (await clients.other.post(`/api/events/${eventId}/applications`)).body.id;
    expect(otherId).toBeDefined();
    const message = await t.app.get(DataSource).getRepository(OutboxMessage).findOneByOrFail({ applicationId: id });
    const users = (await admin.get('/api/users')).body as { id: string; email: string }[];
    ctx = {
      eventId,
      id,
      standId: plan.body.stands[0].id,
      messageId: message.id,
      userId: users.find((u) => u.email === emails.owner)!.id,
    };
  });
  afterAll(() => t.close());

  it('has an entry for every route of the app, and no entry for a route that is gone', () => {
    const routes = routeTable(t.app).map((r) => key(r.method, r.path));
    expect(routes.filter((r) => !MATRIX[r])).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it('lets an account with a provisional password only replace it (and use what is public) until it has', async () => {
    const email = `provisional-${database}@example.org`;
    expect(
      (await clients.admin.post('/api/users', { email, name: 'Vorläufig', password: PASSWORD, role: Role.Admin }))
        .status,
    ).toBe(201);
    const staff = await (await t.client()).login(email);
    const refused: string[] = [];
    for (const route of routeTable(t.app)) {
      const k = key(route.method, route.path);
      const entry = MATRIX[k];
      // Routes that need a login: anonymous callers get 401 where an admin does not (login itself answers 401 to all).
      const needsLogin = entry?.expect.anonymous === 401 && entry.expect.admin !== 401;
      if (!needsLogin || entry.fresh || k === 'PATCH /api/me') continue;
      const res = await staff.agent[route.method](fill(k.split(' ')[1], ctx))
        .set('X-XSRF-TOKEN', staff.xsrf)
        .send({});
      if (res.status !== 403 || res.body.code !== 'password_change_required') refused.push(`${k}: ${res.status}`);
    }
    expect(refused).toEqual([]);
    expect((await staff.get('/api/events')).status).toBe(200);
    expect(
      (await staff.patch('/api/me', { currentPassword: PASSWORD, newPassword: 'ein-eigenes-passwort' })).status,
    ).toBe(200);
    expect((await staff.get('/api/users')).status).toBe(200);
  });

  it('answers every route as expected for every role, with real ids of the owner’s objects', async () => {
    const failures: string[] = [];
    for (const route of routeTable(t.app)) {
      const entry = MATRIX[key(route.method, route.path)];
      if (!entry) continue;
      const url = fill(key(route.method, route.path).split(' ')[1], ctx);
      for (const who of WHO) {
        const client =
          entry.fresh && who !== 'anonymous'
            ? await (await t.client()).login(emails[who])
            : entry.fresh
              ? await t.client()
              : clients[who];
        let request = client.agent[route.method](url).set('X-XSRF-TOKEN', client.xsrf);
        request = route.upload
          ? request.attach(route.path.endsWith('/logo') ? 'logo' : 'background', PNG, 'x.png')
          : request.send(entry.body?.(ctx) ?? {});
        const status = (await request).status;
        const expected = entry.expect[who];
        const matches =
          expected === 'ok' ? isOk(status) : Array.isArray(expected) ? expected.includes(status) : status === expected;
        if (!matches) {
          failures.push(`${route.method.toUpperCase()} ${route.path} as ${who}: ${status}, expected ${expected}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
