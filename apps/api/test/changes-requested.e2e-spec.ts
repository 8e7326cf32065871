import { Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { eventWithSubmissions, review, statusOf } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const ASK = {
  message: 'Bitte beschreiben Sie das Projekt genauer: Wer macht mit, was passiert am Stand?',
  fields: ['standActivity', 'projectDescription'],
};

describe.each(DATABASES)('sending an application back for changes (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let reviewer: TestClient;
  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
    reviewer = (await t.as(Role.Reviewer)).client;
  });
  afterAll(() => t.close());

  const ask = (client: TestClient, id: string, body: object = ASK) =>
    client.post(`/api/applications/${id}/request-changes`, body);
  const mailsTo = (to: string) =>
    t.app
      .get(DataSource)
      .getRepository(OutboxMessage)
      .find({ where: { to }, order: { createdAt: 'ASC' } });

  async function oneSubmitted(event = {}) {
    const board = await eventWithSubmissions(t, admin, 1, event);
    return { ...board.applications[0], eventId: board.eventId };
  }

  it('sends a submitted application back: the applicant sees the message and the fields and is mailed', async () => {
    const app = await oneSubmitted();
    const res = await ask(admin, app.id, { ...ASK, message: `  ${ASK.message}  ` });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('changes_requested');

    const seen = (await app.client.get(`/api/applications/${app.id}`)).body;
    expect(seen.status).toBe('changes_requested');
    // Trimmed, and the fields in form order.
    expect(seen.changeRequest).toEqual({
      message: ASK.message,
      fields: ['projectDescription', 'standActivity'],
      requestedAt: expect.any(String),
    });
    expect((await app.client.get(`/api/applications/${app.id}/history`)).body.at(-1)).toMatchObject({
      action: 'changes_requested',
      fromStatus: 'submitted',
      toStatus: 'changes_requested',
      actorRole: 'admin',
    });

    const mail = (await mailsTo(app.email)).at(-1) as OutboxMessage;
    expect(mail.subject).toBe(
      `Bitte ergänzen Sie Ihre Bewerbung: ${(await admin.get(`/api/events/${app.eventId}`)).body.title}`,
    );
    expect(mail.body).toContain(ASK.message);
    expect(mail.body).toContain(`/bewerbungen/${app.id}`);
    // What the applicant wrote is quoted, never part of the subject.
    expect(mail.body).toContain('„Organisation A (fiktiv)“');
    expect(mail.subject).not.toContain('Organisation A');
  });

  it('is for admins only; reviewers, applicants and anonymous callers are refused', async () => {
    const app = await oneSubmitted();
    expect((await ask(reviewer, app.id)).status).toBe(403);
    expect((await ask(app.client, app.id)).status).toBe(403);
    expect((await ask(await t.client(), app.id)).status).toBe(401);
    expect(await statusOf(t, app.id)).toBe('submitted');
    expect(await mailsTo(app.email)).toHaveLength(1); // only the submission receipt
  });

  it('needs a message within the limit and known field names', async () => {
    const app = await oneSubmitted();
    const cases: [object, string, string][] = [
      [{ fields: ['projectTitle'] }, 'message', 'required'],
      [{ message: '   ', fields: ['projectTitle'] }, 'message', 'required'],
      [{ message: 'x'.repeat(2001), fields: ['projectTitle'] }, 'message', 'maxLength'],
      [{ message: 'Bitte ändern', fields: [] }, 'fields', 'arrayMinSize'],
      [{ message: 'Bitte ändern', fields: ['passwordHash'] }, 'fields', 'isIn'],
      [{ message: 'Bitte ändern', fields: 'projectTitle' }, 'fields', 'isArray'],
    ];
    for (const [body, field, code] of cases) {
      const res = await ask(admin, app.id, body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(await statusOf(t, app.id)).toBe('submitted');
  });

  it('works while the application is submitted or in review, not after a decision or a withdrawal', async () => {
    const { applications } = await eventWithSubmissions(t, admin, 3, { minReviews: 1 });
    const [inReview, decided, withdrawn] = applications;
    await review(reviewer, inReview.id, [4, 4, 4]);
    expect(await statusOf(t, inReview.id)).toBe('in_review');
    expect((await ask(admin, inReview.id)).status).toBe(200);
    // Asked once, it cannot be asked again until the applicant submitted again.
    expect((await ask(admin, inReview.id)).body).toMatchObject({ code: 'invalid_transition' });

    await review(reviewer, decided.id, [4, 4, 4]);
    await admin.post(`/api/applications/${decided.id}/decision`, { decision: 'waitlisted' });
    await withdrawn.client.post(`/api/applications/${withdrawn.id}/withdraw`);
    for (const id of [decided.id, withdrawn.id]) {
      const res = await ask(admin, id);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('invalid_transition');
    }
  });

  it('lets only one of two parallel requests through', async () => {
    const app = await oneSubmitted();
    const answers = await Promise.all([ask(admin, app.id), ask(admin, app.id, { ...ASK, message: 'Andere Bitte' })]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const requests = (await admin.get(`/api/applications/${app.id}/history`)).body.filter(
      (e: { action: string }) => e.action === 'changes_requested',
    );
    expect(requests).toHaveLength(1);
    expect((await mailsTo(app.email)).filter((m) => m.subject.startsWith('Bitte ergänzen'))).toHaveLength(1);
  });

  it('the applicant edits and submits again; it returns into review and reviewers see what changed', async () => {
    const { eventId, applications } = await eventWithSubmissions(t, admin, 1);
    const [app] = applications;
    const { client: second } = await t.as(Role.Reviewer);
    await review(reviewer, app.id, [3, 3, 3]);
    await review(second, app.id, [4, 4, 4]);
    await ask(admin, app.id);

    // Another account cannot read or change it.
    const { client: stranger } = await t.as(Role.Applicant);
    expect((await stranger.get(`/api/applications/${app.id}`)).status).toBe(404);
    expect((await stranger.patch(`/api/applications/${app.id}`, { standActivity: 'x' })).status).toBe(404);

    const edit = await app.client.patch(`/api/applications/${app.id}`, { standActivity: 'Planspiel für Schulklassen' });
    expect(edit.status).toBe(200);
    expect(edit.body.status).toBe('changes_requested');
    const again = await app.client.post(`/api/applications/${app.id}/submit`);
    expect(again.status).toBe(200);
    // Reviewed before, so back into review; the first submission time is kept.
    expect(again.body.status).toBe('in_review');
    expect(again.body.submittedAt).toBe(edit.body.submittedAt);
    expect((await app.client.get(`/api/applications/${app.id}/history`)).body.at(-1)).toMatchObject({
      action: 'resubmit',
      fromStatus: 'changes_requested',
      toStatus: 'in_review',
    });

    const summary = (await reviewer.get(`/api/applications/${app.id}/reviews`)).body;
    expect(summary.changedSinceOwnReview).toEqual(['standActivity']);
    expect(summary.changesSinceOwnReview).toEqual([
      { field: 'standActivity', before: 'Quiz und Rollenspiel', after: 'Planspiel für Schulklassen' },
    ]);
    expect(summary.own.outdated).toBe(true);
    expect(summary.others.map((r: { outdated: boolean }) => r.outdated)).toEqual([true]);
    const list = (await reviewer.get(`/api/events/${eventId}/applications`)).body;
    expect(list.items[0].changedSinceMyReview).toBe(true);

    // Looking again brings the review up to date.
    await review(reviewer, app.id, [4, 3, 3]);
    const after = (await reviewer.get(`/api/applications/${app.id}/reviews`)).body;
    expect(after.changesSinceOwnReview).toEqual([]);
    expect(after.own.outdated).toBe(false);
  });

  it('without a review yet, resubmission leads back to submitted', async () => {
    const app = await oneSubmitted();
    await ask(admin, app.id);
    const again = await app.client.post(`/api/applications/${app.id}/submit`);
    expect(again.body.status).toBe('submitted');
    expect((await mailsTo(app.email)).at(-1)?.subject).toMatch(/^Bewerbung eingegangen/);
  });

  it('after the deadline the applicant may still change the fields asked about, only those, and submit', async () => {
    const app = await oneSubmitted();
    const { client: other } = await t.as(Role.Applicant);
    await ask(admin, app.id);
    await admin.patch(`/api/events/${app.eventId}`, {
      applicationOpensAt: '2020-01-01T00:00:00.000Z',
      applicationClosesAt: '2020-02-01T00:00:00.000Z',
    });
    const unasked = await app.client.patch(`/api/applications/${app.id}`, {
      standActivity: 'Neu',
      projectTitle: 'Ganz anderer Titel',
    });
    expect(unasked.status).toBe(400);
    expect(unasked.body.errors).toEqual([expect.objectContaining({ field: 'projectTitle', code: 'notRequested' })]);
    // Unchanged values of other fields may be sent along, as a form does.
    const asked = await app.client.patch(`/api/applications/${app.id}`, {
      standActivity: 'Neu',
      projectTitle: 'Argumente gegen Stammtischparolen',
    });
    expect(asked.status).toBe(200);
    expect((await app.client.post(`/api/applications/${app.id}/submit`)).body.status).toBe('submitted');
    // Now submitted again, the deadline holds as for everyone.
    expect((await app.client.patch(`/api/applications/${app.id}`, { standActivity: 'Noch neuer' })).body.code).toBe(
      'deadline_passed',
    );
    expect((await other.get(`/api/applications/${app.id}`)).status).toBe(404);
  });
});
