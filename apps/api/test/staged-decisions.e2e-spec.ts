import { ApplicationStatus, Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { PendingDecision } from '../src/app/decisions/pending-decision.entity';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/seed/demo-data';
import { DEMO_CHANGES_REQUESTED, DEMO_STAGED } from '../src/app/seed/demo-workflow';
import { SeedService } from '../src/app/seed/seed.service';
import { eventWithSubmissions, review, statusOf } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('staged decisions (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let reviewer: TestClient;
  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
    reviewer = (await t.as(Role.Reviewer)).client;
  });
  afterAll(() => t.close());

  /** An event whose applications each have the one review the event asks for. */
  async function reviewed(count: number, standsPlanned = 24) {
    const board = await eventWithSubmissions(t, admin, count, { standsPlanned, minReviews: 1 });
    for (const app of board.applications) await review(reviewer, app.id, [4, 4, 4]);
    return board;
  }
  const stage = (id: string, decision: string, extra: object = {}) =>
    admin.post(`/api/applications/${id}/decision`, { decision, stage: true, ...extra });
  const pending = (eventId: string, client = admin) => client.get(`/api/events/${eventId}/decisions/pending`);
  const release = (eventId: string, body: object = {}, client = admin) =>
    client.post(`/api/events/${eventId}/decisions/release`, body);
  const mailsTo = (to: string) => t.app.get(DataSource).getRepository(OutboxMessage).findBy({ to });

  it('stages a decision the applicant does not see: no status, no history entry, no mail', async () => {
    const {
      eventId,
      applications: [app],
    } = await reviewed(1);
    const mailsBefore = (await mailsTo(app.email)).length;
    const res = await stage(app.id, 'accepted', { message: 'Herzlich willkommen!' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      applicationId: app.id,
      decision: 'accepted',
      message: 'Herzlich willkommen!',
      status: 'in_review',
    });

    const seen = (await app.client.get(`/api/applications/${app.id}`)).body;
    expect(seen).toMatchObject({ status: 'in_review', decisionMessage: null, decidedAt: null });
    expect(JSON.stringify(seen)).not.toContain('Herzlich');
    const history = (await app.client.get(`/api/applications/${app.id}/history`)).body;
    expect(history.map((e: { action: string }) => e.action)).not.toContain('decision_staged');
    expect(await mailsTo(app.email)).toHaveLength(mailsBefore);
    // Staff see it in the history.
    expect((await admin.get(`/api/applications/${app.id}/history`)).body.at(-1)).toMatchObject({
      action: 'decision_staged',
      toStatus: 'accepted',
    });
    expect((await pending(eventId)).body.items).toEqual([
      expect.objectContaining({ applicationId: app.id, decision: 'accepted', stagedBy: expect.any(String) }),
    ]);
    // The staff list marks it, until it is released.
    const row = async () => (await admin.get(`/api/events/${eventId}/applications`)).body.items[0];
    expect(await row()).toMatchObject({ id: app.id, status: 'in_review', stagedDecision: 'accepted' });
    await release(eventId);
    expect(await row()).toMatchObject({ id: app.id, status: 'accepted', stagedDecision: null });
  });

  it('lists pending decisions with counts against the capacity; staging again changes, withdrawing removes', async () => {
    const {
      eventId,
      applications: [a, b, c],
    } = await reviewed(3, 5);
    await admin.post(`/api/applications/${a.id}/decision`, { decision: 'accepted' });
    const bulk = await admin.post(`/api/events/${eventId}/decisions`, {
      decision: 'waitlisted',
      stage: true,
      applicationIds: [b.id, c.id],
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toHaveLength(2);
    await stage(b.id, 'accepted'); // changed mind
    const list = (await pending(eventId)).body;
    expect(list.counts).toEqual({ accepted: 1, waitlisted: 1, rejected: 0 });
    expect(list.capacity).toEqual({ planned: 5, taken: 1, afterRelease: 2 });
    expect(list.items.map((i: { applicationId: string }) => i.applicationId).sort()).toEqual([b.id, c.id].sort());

    expect((await admin.delete(`/api/applications/${c.id}/pending-decision`)).status).toBe(204);
    expect((await admin.delete(`/api/applications/${c.id}/pending-decision`)).status).toBe(404);
    expect((await pending(eventId)).body.counts).toEqual({ accepted: 1, waitlisted: 0, rejected: 0 });
    expect(
      (await c.client.get(`/api/applications/${c.id}/history`)).body.map((e: { action: string }) => e.action),
    ).not.toContain('staged_decision_withdrawn');
  });

  it('releases every pending decision of the event together, mails created at release', async () => {
    const {
      eventId,
      applications: [a, b, c],
    } = await reviewed(3);
    await stage(a.id, 'accepted', { message: 'Willkommen' });
    await stage(b.id, 'rejected');
    const before = (await mailsTo(b.email)).length;
    const res = await release(eventId);
    expect(res.status).toBe(200);
    expect(res.body.map((x: { status: string }) => x.status)).toEqual(['accepted', 'rejected']);

    expect((await a.client.get(`/api/applications/${a.id}`)).body).toMatchObject({
      status: 'accepted',
      decisionMessage: 'Willkommen',
    });
    expect((await a.client.get(`/api/applications/${a.id}/history`)).body.at(-1)).toMatchObject({
      action: 'decided',
      toStatus: 'accepted',
    });
    expect((await mailsTo(a.email)).some((m) => m.subject.startsWith('Zusage') && m.body.includes('Willkommen'))).toBe(
      true,
    );
    expect(await mailsTo(b.email)).toHaveLength(before + 1);
    expect(await statusOf(t, c.id)).toBe('in_review');
    expect((await pending(eventId)).body.items).toEqual([]);
    // Nothing left: a second release changes nothing.
    expect((await release(eventId)).body).toEqual([]);
  });

  it('counts staged acceptances against the planned stands, when staging and at release', async () => {
    const {
      eventId,
      applications: [a, b, c],
    } = await reviewed(3, 2);
    await stage(a.id, 'accepted');
    await stage(b.id, 'accepted');
    const over = await stage(c.id, 'accepted');
    expect(over.status).toBe(409);
    expect(over.body).toMatchObject({ code: 'over_capacity', params: { planned: 2, taken: 2, requested: 1 } });
    // Accepting directly also counts what is staged.
    expect((await admin.post(`/api/applications/${c.id}/decision`, { decision: 'accepted' })).body.code).toBe(
      'over_capacity',
    );
    expect((await stage(c.id, 'accepted', { confirmOverCapacity: true })).status).toBe(200);

    const refused = await release(eventId);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'over_capacity', params: { planned: 2, taken: 0, requested: 3 } });
    expect(await statusOf(t, a.id)).toBe('in_review');
    expect((await release(eventId, { confirmOverCapacity: true })).status).toBe(200);
    expect(await statusOf(t, c.id)).toBe('accepted');
  });

  it('checks staging like a decision: reviews, status and event', async () => {
    const { eventId, applications } = await eventWithSubmissions(t, admin, 2, { minReviews: 1 });
    const [unreviewed, other] = applications;
    const res = await stage(unreviewed.id, 'rejected');
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: unreviewed.id, code: 'not_enough_reviews' })]);
    await other.client.post(`/api/applications/${other.id}/withdraw`);
    expect((await stage(other.id, 'rejected')).body.errors).toEqual([
      expect.objectContaining({ code: 'invalid_transition', params: { status: 'withdrawn' } }),
    ]);
    const { eventId: elsewhere } = await eventWithSubmissions(t, admin, 0);
    const foreign = await admin.post(`/api/events/${elsewhere}/decisions`, {
      decision: 'rejected',
      stage: true,
      applicationIds: [unreviewed.id],
    });
    expect(foreign.status).toBe(404);
    expect((await pending(eventId)).body.items).toEqual([]);
  });

  it('drops a staged decision when the application is decided directly, sent back or withdrawn', async () => {
    const {
      eventId,
      applications: [a, b, c],
    } = await reviewed(3);
    for (const app of [a, b, c]) await stage(app.id, 'rejected');
    await admin.post(`/api/applications/${a.id}/decision`, { decision: 'waitlisted' });
    await admin.post(`/api/applications/${b.id}/request-changes`, { message: 'Bitte ergänzen', fields: ['shortText'] });
    await c.client.post(`/api/applications/${c.id}/withdraw`);
    expect((await pending(eventId)).body.items).toEqual([]);
    expect(await statusOf(t, a.id)).toBe('waitlisted');
  });

  it('holds at most one pending decision per application in the database', async () => {
    const {
      eventId,
      applications: [app],
    } = await reviewed(1);
    const repo = t.app.get(DataSource).getRepository(PendingDecision);
    const row = {
      eventId,
      applicationId: app.id,
      decision: ApplicationStatus.Accepted as const,
      message: null,
      stagedById: null,
    };
    await repo.save(repo.create(row));
    await expect(repo.save(repo.create(row))).rejects.toThrow();
    // Parallel stagings end with one row.
    const answers = await Promise.all([stage(app.id, 'rejected'), stage(app.id, 'waitlisted')]);
    expect(answers.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(await repo.countBy({ applicationId: app.id })).toBe(1);
  });

  it('is for admins only', async () => {
    const {
      eventId,
      applications: [app],
    } = await reviewed(1);
    await stage(app.id, 'accepted');
    const anonymous = await t.client();
    for (const client of [reviewer, app.client, anonymous]) {
      const expected = client === anonymous ? 401 : 403;
      expect(
        (await client.post(`/api/applications/${app.id}/decision`, { decision: 'rejected', stage: true })).status,
      ).toBe(expected);
      expect(
        (
          await client.post(`/api/events/${eventId}/decisions`, {
            decision: 'rejected',
            stage: true,
            applicationIds: [app.id],
          })
        ).status,
      ).toBe(expected);
      expect((await pending(eventId, client)).status).toBe(expected);
      expect((await release(eventId, {}, client)).status).toBe(expected);
      expect((await client.delete(`/api/applications/${app.id}/pending-decision`)).status).toBe(expected);
    }
    expect((await pending(eventId)).body.items).toEqual([expect.objectContaining({ decision: 'accepted' })]);
    expect(await statusOf(t, app.id)).toBe('in_review');
  });

  it('refuses bad input in the ApiError shape', async () => {
    const {
      eventId,
      applications: [app],
    } = await reviewed(1);
    const res = await admin.post(`/api/applications/${app.id}/decision`, { decision: 'accepted', stage: 'yes' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'stage' }));
    const bad = await release(eventId, { confirmOverCapacity: 1 });
    expect(bad.status).toBe(400);
    expect((await admin.get(`/api/events/not-a-uuid/decisions/pending`)).status).toBe(400);
  });
});

describe.each(DATABASES)('demo data of the running call (%s)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
    await t.app.get(SeedService).seedIfEmpty();
  });
  afterAll(() => t.close());

  it('holds one application sent back for changes and one staged decision in 2027', async () => {
    const admin = await (await t.client()).login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    const events = (await admin.get('/api/events')).body as { id: string; date: string }[];
    const conf2027 = events.find((e) => e.date.startsWith('2027')) as { id: string };
    const list = (await admin.get(`/api/events/${conf2027.id}/applications?status=changes_requested`)).body;
    expect(list.items).toEqual([expect.objectContaining({ organisationName: DEMO_CHANGES_REQUESTED })]);
    // The list row names it; the request itself is on the application.
    expect((await admin.get(`/api/applications/${list.items[0].id}`)).body.changeRequest).toEqual(
      expect.objectContaining({ fields: ['standActivity', 'peopleAttending'] }),
    );
    const pending = (await admin.get(`/api/events/${conf2027.id}/decisions/pending`)).body;
    expect(pending.items).toEqual([
      expect.objectContaining({ organisationName: DEMO_STAGED, decision: 'accepted', status: 'in_review' }),
    ]);
    // The staged acceptance can be released as it stands: both reviews are there.
    expect((await admin.post(`/api/events/${conf2027.id}/decisions/release`, {})).body).toEqual([
      expect.objectContaining({ organisationName: DEMO_STAGED, status: 'accepted' }),
    ]);
  });
});
