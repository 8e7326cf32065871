import { Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { SeedService } from '../src/app/seed/seed.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/seed/demo-data';
import { createTestApp, DATABASES, TestApp } from './test-app';

describe.each(DATABASES)('platform (%s)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(() => t.close());

  it('reports health with the database reachable', async () => {
    const res = await (await t.client()).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('sends security headers with a Content-Security-Policy that forbids inline scripts', async () => {
    const res = await (await t.client()).get('/api/health');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes an OpenAPI document', async () => {
    const res = await (await t.client()).get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/events', '/api/users']),
    );
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await (await t.client()).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('seeds the demo events and one account per role into an empty database, once', async () => {
    const seed = t.app.get(SeedService);
    const accounts = await seed.seedIfEmpty();
    expect(accounts.map((a) => a.role).sort()).toEqual([Role.Admin, Role.Applicant, Role.Reviewer]);
    expect(await seed.seedIfEmpty()).toEqual([]);

    const client = await t.client();
    await client.login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    const events = (await client.get('/api/events')).body;
    const conf2025 = events.find((e: { date: string }) => e.date === '2025-11-13');
    expect(conf2025).toMatchObject({
      startTime: '15:00',
      endTime: '19:15',
      venueName: 'Plenarsaal',
      venueAddress: expect.stringContaining('Marktplatz 2'),
    });
    expect(conf2025.title).toContain('Demokratie in Bedrängnis – was wir tun können');
    const conf2027 = events.find((e: { date: string }) => e.date.startsWith('2027'));
    expect(conf2027).toMatchObject({ status: 'open' });

    const statuses = async (id: string): Promise<string[]> =>
      (await client.get(`/api/events/${id}/applications?pageSize=100`)).body.items
        .map((a: { status: string }) => a.status)
        .sort();
    const statuses2025 = await statuses(conf2025.id);
    expect(new Set(statuses2025)).toEqual(new Set(['confirmed', 'accepted', 'waitlisted', 'rejected', 'withdrawn']));
    const statuses2027 = await statuses(conf2027.id);
    // Staff never see drafts; the demo applicant's draft is theirs alone. One was sent back for changes,
    // one is reviewed with a staged decision (see demo-workflow.ts).
    expect(statuses2027).toEqual(['changes_requested', 'in_review', 'submitted']);
    const reviewed = (await client.get(`/api/events/${conf2025.id}/applications`)).body.items;
    expect(reviewed.every((a: { reviewCount: number }) => a.reviewCount >= 2)).toBe(true);

    const plan = (await client.get(`/api/events/${conf2025.id}/floor-plan`)).body;
    expect(plan.stands).toHaveLength(24);
    expect(plan.issues).toEqual([]);
    const market = (await client.get(`/api/events/${conf2025.id}/assignments`)).body;
    expect(market.unplaced).toEqual([]);
    expect(market.conflicts).toEqual([]);
    expect(market.assignments).toHaveLength(
      statuses2025.filter((s: string) => s === 'accepted' || s === 'confirmed').length,
    );

    const applicant = await t.client();
    await applicant.login(DEMO_ACCOUNTS.find((a) => a.role === Role.Applicant)!.email, DEMO_PASSWORD);
    expect((await applicant.get('/api/applications')).body).toEqual([
      expect.objectContaining({ eventId: conf2027.id, status: 'draft' }),
    ]);
  });

  it('stores accessibility feedback from anyone and shows it to admins', async () => {
    const anonymous = await t.client();
    const sent = await anonymous.post('/api/feedback', {
      message: 'Der Kontrast im Kopfbereich ist zu schwach.',
      page: '/impressum',
    });
    expect(sent.status).toBe(201);
    const empty = await anonymous.post('/api/feedback', { message: '' });
    expect(empty.body.errors).toContainEqual(expect.objectContaining({ field: 'message', code: 'required' }));
    const { client: admin } = await t.as(Role.Admin);
    const list = await admin.get('/api/feedback');
    expect(list.body.map((f: { message: string }) => f.message)).toContain(
      'Der Kontrast im Kopfbereich ist zu schwach.',
    );
  });

  if (database === 'sqlite') {
    it('runs SQLite in WAL mode with a busy timeout', async () => {
      const ds = t.app.get(DataSource);
      expect((await ds.query('PRAGMA journal_mode'))[0].journal_mode).toBe('wal');
      expect((await ds.query('PRAGMA busy_timeout'))[0].timeout).toBeGreaterThanOrEqual(1000);
    });
  }

  it('has applied every migration and has no pending schema changes', async () => {
    const ds = t.app.get(DataSource);
    expect(await ds.showMigrations()).toBe(false);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
