import { RetentionPreviewDto, Role } from '@markt/shared';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { LogoStorage } from '../src/app/applications/logo-storage';
import { AuditEntry } from '../src/app/audit/audit-entry.entity';
import { PendingDecision } from '../src/app/decisions/pending-decision.entity';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { Note } from '../src/app/reviews/note.entity';
import { Review } from '../src/app/reviews/review.entity';
import { User } from '../src/app/users/user.entity';
import { PNG } from './fixtures';
import { eventWithSubmissions, review } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const YEARS_AGO_3 = () => new Date(Date.now() - 3 * 365 * 86_400_000);

describe.each(DATABASES)('retention (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let adminId: string;
  let db: DataSource;
  /** An event held in 2021: its personal data is due. */
  let past: Awaited<ReturnType<typeof eventWithSubmissions>>;
  /** The 2027 event: not due for years. */
  let future: Awaited<ReturnType<typeof eventWithSubmissions>>;
  let dormant: User;
  let recent: User;

  beforeAll(async () => {
    t = await createTestApp(database);
    db = t.app.get(DataSource);
    const who = await t.as(Role.Admin);
    admin = who.client;
    adminId = who.user.id;
    const { client: reviewer } = await t.as(Role.Reviewer);
    past = await eventWithSubmissions(t, admin, 3, { minReviews: 0 });
    future = await eventWithSubmissions(t, admin, 1, { minReviews: 0 });
    const [first] = past.applications;
    const logo = await first.client.agent
      .put(`/api/applications/${first.id}/logo`)
      .set('X-XSRF-TOKEN', first.client.xsrf)
      .attach('logo', PNG, { filename: 'logo.png', contentType: 'image/png' });
    expect(logo.status).toBe(200);
    expect((await review(reviewer, first.id, [4, 4, 4], 'Sehr gut, Frau Beispiel war überzeugend.')).status).toBe(201);
    expect((await reviewer.post(`/api/applications/${first.id}/notes`, { text: 'Rückruf bei Sam' })).status).toBe(201);
    expect((await admin.post(`/api/applications/${first.id}/decision`, { decision: 'accepted' })).status).toBe(200);
    const [, second, third] = past.applications;
    const changes = { message: 'Bitte nennen Sie Frau Beispiel als Kontakt.', fields: ['contactName'] };
    expect((await admin.post(`/api/applications/${second.id}/request-changes`, changes)).status).toBe(200);
    const staged = { decision: 'rejected', message: 'Leider zu spät, Herr Muster.', stage: true };
    expect((await admin.post(`/api/applications/${third.id}/decision`, staged)).status).toBe(200);
    // The event took place in January 2021.
    expect((await admin.patch(`/api/events/${past.eventId}`, { date: '2021-01-14' })).status).toBe(200);

    // Two accounts that never applied: one unused for three years, one that logged in lately.
    dormant = await t.createUser(Role.Applicant);
    await db.getRepository(User).update(dormant.id, { lastLoginAt: YEARS_AGO_3() });
    recent = await t.createUser(Role.Applicant);
    await (await t.client()).login(recent.email);
  });
  afterAll(() => t.close());

  it('previews what goes and when', async () => {
    const res = await admin.get('/api/retention/preview');
    expect(res.status).toBe(200);
    const preview: RetentionPreviewDto = res.body;
    expect(preview.retentionMonths).toBe(24);
    expect(preview.events.find((e) => e.eventId === past.eventId)).toMatchObject({
      date: '2021-01-14',
      dueAt: '2023-01-15T00:00:00.000Z',
      due: true,
      applications: 3,
      logos: 1,
    });
    expect(preview.events.find((e) => e.eventId === future.eventId)).toMatchObject({
      dueAt: '2029-11-12T00:00:00.000Z',
      due: false,
      applications: 1,
    });
    expect(preview.accounts.find((a) => a.userId === dormant.id)).toMatchObject({ email: dormant.email, due: true });
    expect(preview.accounts.find((a) => a.userId === recent.id)).toMatchObject({ due: false });
    // Accounts with an application are not for deletion.
    expect(preview.accounts.map((a) => a.email)).not.toContain(future.applications[0].email);
  });

  it('anonymises the event’s applications, keeping what statistics need, and deletes unused accounts', async () => {
    const [first] = past.applications;
    const before = await db.getRepository(Application).findOneByOrFail({ id: first.id });
    const logoPath = t.app.get(LogoStorage).path(before.logoFile as string);
    expect(existsSync(logoPath)).toBe(true);

    const res = await admin.post('/api/retention/run');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ events: 1, applications: 3, accounts: 1 });

    const after = await db.getRepository(Application).findOneByOrFail({ id: first.id });
    expect(after).toMatchObject({
      status: 'accepted',
      organisationType: before.organisationType,
      topics: before.topics,
      peopleAttending: before.peopleAttending,
      tables: before.tables,
      chairs: before.chairs,
      needsPinBoard: before.needsPinBoard,
      needsPower: before.needsPower,
      standWidth: before.standWidth,
      needsStepFreeAccess: before.needsStepFreeAccess,
      applicantId: null,
      organisationName: null,
      organisationAddress: null,
      organisationWebsite: null,
      organisationDescription: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      projectTitle: null,
      shortText: null,
      projectDescription: null,
      standActivity: null,
      staffNames: null,
      logoFile: null,
    });
    expect(existsSync(logoPath)).toBe(false);
    expect(await db.getRepository(Note).countBy({ applicationId: first.id })).toBe(0);
    expect(await db.getRepository(OutboxMessage).countBy({ applicationId: first.id })).toBe(0);
    const [, second, third] = past.applications;
    expect(await db.getRepository(Application).findOneByOrFail({ id: second.id })).toMatchObject({
      status: 'changes_requested',
      changesRequestedMessage: null,
    });
    expect(await db.getRepository(PendingDecision).countBy({ applicationId: third.id })).toBe(0);
    const [kept] = await db.getRepository(Review).findBy({ applicationId: first.id });
    expect(kept).toMatchObject({ scores: [4, 4, 4], comment: null, snapshot: {} });

    // The other event and its applicant are untouched; so is an account that logged in lately.
    const other = await db.getRepository(Application).findOneByOrFail({ id: future.applications[0].id });
    expect(other.organisationName).not.toBeNull();
    expect(await db.getRepository(User).existsBy({ id: dormant.id })).toBe(false);
    expect(await db.getRepository(User).existsBy({ id: recent.id })).toBe(true);
    // The applicants of the past event just lost their last application, but used their accounts lately.
    expect(await db.getRepository(User).countBy({ email: first.email })).toBe(1);
  });

  it('records every run, what it removed, and is idempotent', async () => {
    const again = await admin.post('/api/retention/run');
    expect(again.body).toMatchObject({ events: 0, applications: 0, accounts: 0 });
    const audit = db.getRepository(AuditEntry);
    expect(await audit.findBy({ action: 'retention_run' })).toEqual([
      expect.objectContaining({ entityType: 'retention', actorId: adminId }),
      expect.objectContaining({ entityType: 'retention', actorId: adminId }),
    ]);
    expect(await audit.findBy({ action: 'retention_personal_data_removed' })).toEqual([
      expect.objectContaining({ entityType: 'event', entityId: past.eventId, actorId: adminId }),
    ]);
    expect(await audit.findBy({ action: 'retention_account_deleted' })).toEqual([
      expect.objectContaining({ entityType: 'user', entityId: dormant.id }),
    ]);
    const preview: RetentionPreviewDto = (await admin.get('/api/retention/preview')).body;
    expect(preview.events.map((e) => e.eventId)).not.toContain(past.eventId);
  });

  it('removes an event’s data once when two runs race (two API instances)', async () => {
    expect((await admin.patch(`/api/events/${future.eventId}`, { date: '2022-06-01' })).status).toBe(200);
    const runs = await Promise.all([admin.post('/api/retention/run'), admin.post('/api/retention/run')]);
    expect(runs.map((r) => r.status)).toEqual([200, 200]);
    expect(runs.map((r) => r.body.events).sort()).toEqual([0, 1]);
    const audit = await db.getRepository(AuditEntry).findBy({ entityId: future.eventId });
    expect(audit.filter((a) => a.action === 'retention_personal_data_removed')).toHaveLength(1);
  });

  it('is for admins only', async () => {
    const anonymous = await t.client();
    expect((await anonymous.get('/api/retention/preview')).status).toBe(401);
    expect((await anonymous.post('/api/retention/run')).status).toBe(401);
    for (const role of [Role.Reviewer, Role.Applicant]) {
      const { client } = await t.as(role);
      expect((await client.get('/api/retention/preview')).status).toBe(403);
      expect((await client.post('/api/retention/run')).status).toBe(403);
    }
  });
});

describe.each(DATABASES)('retention period (%s)', (database) => {
  let t: TestApp;
  afterAll(() => t.close());

  it('follows RETENTION_MONTHS and is stated on every event and in the applicant’s export', async () => {
    t = await createTestApp(database, { RETENTION_MONTHS: '6' });
    const admin = (await t.as(Role.Admin)).client;
    const { eventId, applications } = await eventWithSubmissions(t, admin, 1);
    const event = (await (await t.client()).get(`/api/events/${eventId}`)).body;
    expect(event.date).toBe('2027-11-11');
    expect(event.personalDataRemovedFrom).toBe('2028-05-12T00:00:00.000Z');
    const exported = (await applications[0].client.get('/api/me/export')).body;
    expect(exported.retention).toEqual({
      retentionMonths: 6,
      applications: [
        { applicationId: applications[0].id, eventId, personalDataRemovedFrom: '2028-05-12T00:00:00.000Z' },
      ],
    });
    expect((await admin.get('/api/retention/preview')).body.retentionMonths).toBe(6);
  });
});
