import { Role } from '@markt/shared';
import { Workbook } from 'exceljs';
import { eventWithSubmissions, review, statusOf } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('decisions and exports (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let reviewer: TestClient;
  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
    reviewer = (await t.as(Role.Reviewer)).client;
  });
  afterAll(() => t.close());

  async function reviewedTwice(count: number, standsPlanned = 24) {
    const board = await eventWithSubmissions(t, admin, count, {
      standsPlanned,
    });
    for (const app of board.applications) {
      await review(admin, app.id, [4, 4, 4]);
      await review(reviewer, app.id, [3, 4, 5]);
    }
    return board;
  }

  it('accepts with a message the applicant sees, logs it and queues the email', async () => {
    const {
      applications: [app],
    } = await reviewedTwice(1);
    const res = await admin.post(`/api/applications/${app.id}/decision`, {
      decision: 'accepted',
      message: 'Willkommen auf dem Markt!',
    });
    expect(res.status).toBe(200);
    const seen = (await app.client.get(`/api/applications/${app.id}`)).body;
    expect(seen).toMatchObject({
      status: 'accepted',
      decisionMessage: 'Willkommen auf dem Markt!',
    });
    const outbox = (await admin.get('/api/outbox')).body;
    const mail = outbox.find(
      (m: { to: string; subject: string }) => m.to === app.email && m.subject.startsWith('Zusage'),
    );
    expect(mail.body).toContain('Willkommen auf dem Markt!');
    expect(mail.body).toContain(`/bewerbungen/${app.id}`);
    expect((await app.client.get(`/api/applications/${app.id}/history`)).body.at(-1)).toMatchObject({
      toStatus: 'accepted',
      action: 'decided',
    });
  });

  it('needs the minimum number of reviews, not counting conflicts of interest', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    await review(admin, app.id, [4, 4, 4]);
    const { client: biased } = await t.as(Role.Reviewer);
    await biased.post(`/api/applications/${app.id}/reviews`, {
      conflictOfInterest: true,
    });
    const res = await admin.post(`/api/applications/${app.id}/decision`, {
      decision: 'rejected',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'decision_refused',
      errors: [
        expect.objectContaining({
          field: app.id,
          code: 'not_enough_reviews',
          params: { count: 1, min: 2 },
        }),
      ],
    });
    expect(await statusOf(t, app.id)).toBe('in_review');
  });

  it('follows the event’s own minimum', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1, { minReviews: 0 });
    expect(
      (
        await admin.post(`/api/applications/${app.id}/decision`, {
          decision: 'waitlisted',
        })
      ).status,
    ).toBe(200);
  });

  it('asks for confirmation before accepting beyond the planned stands', async () => {
    const { eventId, applications } = await reviewedTwice(3, 2);
    const ids = applications.map((a) => a.id);
    const over = await admin.post(`/api/events/${eventId}/decisions`, {
      applicationIds: ids,
      decision: 'accepted',
    });
    expect(over.status).toBe(409);
    expect(over.body).toMatchObject({
      code: 'over_capacity',
      params: { planned: 2, taken: 0, requested: 3 },
    });
    for (const id of ids) expect(await statusOf(t, id)).toBe('in_review');

    const confirmed = await admin.post(`/api/events/${eventId}/decisions`, {
      applicationIds: ids,
      decision: 'accepted',
      confirmOverCapacity: true,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.map((a: { status: string }) => a.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const list = (await admin.get(`/api/events/${eventId}/applications`)).body;
    expect(list.capacity).toMatchObject({ planned: 2, taken: 3, free: 0 });
  });

  it('decides a selection all or nothing', async () => {
    const { eventId, applications } = await reviewedTwice(2);
    const [good, bad] = applications;
    await bad.client.post(`/api/applications/${bad.id}/withdraw`);
    const res = await admin.post(`/api/events/${eventId}/decisions`, {
      applicationIds: [good.id, bad.id],
      decision: 'rejected',
    });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: bad.id, code: 'invalid_transition' })]);
    expect(await statusOf(t, good.id)).toBe('in_review');
  });

  it('refuses applications of another event in a bulk decision', async () => {
    const one = await reviewedTwice(1);
    const other = await reviewedTwice(1);
    const res = await admin.post(`/api/events/${one.eventId}/decisions`, {
      applicationIds: [other.applications[0].id],
      decision: 'rejected',
    });
    expect(res.status).toBe(404);
  });

  it('offers the top of the waitlist when an accepted applicant withdraws', async () => {
    const { eventId, applications } = await reviewedTwice(3, 1);
    const [accepted, second, third] = applications;
    await review(admin, third.id, [5, 5, 5]); // third now scores highest on the waitlist
    await admin.post(`/api/applications/${accepted.id}/decision`, {
      decision: 'accepted',
    });
    await admin.post(`/api/events/${eventId}/decisions`, {
      applicationIds: [second.id, third.id],
      decision: 'waitlisted',
    });
    expect((await admin.get(`/api/events/${eventId}/applications`)).body.capacity).toMatchObject({
      free: 0,
      nextOnWaitlist: null,
    });

    await accepted.client.post(`/api/applications/${accepted.id}/withdraw`);
    const capacity = (await admin.get(`/api/events/${eventId}/applications`)).body.capacity;
    expect(capacity).toMatchObject({
      planned: 1,
      taken: 0,
      free: 1,
      nextOnWaitlist: { id: third.id },
    });
    expect(
      (
        await admin.post(`/api/applications/${third.id}/decision`, {
          decision: 'accepted',
        })
      ).status,
    ).toBe(200);
  });

  it('only admins decide', async () => {
    const {
      applications: [app],
    } = await reviewedTwice(1);
    expect(
      (
        await reviewer.post(`/api/applications/${app.id}/decision`, {
          decision: 'accepted',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await app.client.post(`/api/applications/${app.id}/decision`, {
          decision: 'accepted',
        })
      ).status,
    ).toBe(403);
    const bad = await admin.post(`/api/applications/${app.id}/decision`, {
      decision: 'confirmed',
    });
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'decision', code: 'isIn' })]);
  });

  it('queues confirmation reminders for accepted applications that have not confirmed', async () => {
    const { eventId, applications } = await reviewedTwice(2);
    await admin.post(`/api/events/${eventId}/decisions`, {
      applicationIds: applications.map((a) => a.id),
      decision: 'accepted',
    });
    await applications[0].client.post(`/api/applications/${applications[0].id}/confirm`);
    const res = await admin.post(`/api/events/${eventId}/confirmation-reminders`);
    expect(res.body).toEqual({ queued: 1 });
    const reminders = (await admin.get('/api/outbox')).body.filter((m: { subject: string }) =>
      m.subject.startsWith('Bitte bestätigen'),
    );
    expect(reminders.map((m: { to: string }) => m.to)).toContain(applications[1].email);
  });

  describe('exports', () => {
    it('CSV: one row per application, needs as columns, formulas defused', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 2);
      await applications[0].client.patch(`/api/applications/${applications[0].id}`, {
        organisationName: '=HYPERLINK("x")',
        needsPower: true,
        tables: 2,
      });
      const res = await admin.get(`/api/events/${eventId}/applications.csv`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const text: string = res.text;
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const [header, ...rows] = text
        .slice(1)
        .trim()
        .split('\r\n')
        .map((line) => line.split(';'));
      expect(rows).toHaveLength(2);
      const col = (name: string) => header.indexOf(name);
      const first = rows.find((r) => r[0] === applications[0].id) as string[];
      expect(first[col('Organisation')]).toBe(`"'=HYPERLINK(""x"")"`);
      expect(first[col('Strom')]).toBe('ja');
      expect(first[col('Tische')]).toBe('2');
      expect(first[col('Standbreite (m)')]).toBe('2');
    });

    it('XLSX: the same rows, readable by a spreadsheet library', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 2);
      const res = await admin.agent
        .get(`/api/events/${eventId}/applications.xlsx`)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(new Uint8Array(res.body as Buffer).buffer as ArrayBuffer);
      const sheet = workbook.getWorksheet('bewerbungen');
      expect(sheet?.rowCount).toBe(3);
      const header = (sheet?.getRow(1).values as string[]).slice(1);
      const ids = [2, 3].map((r) => sheet?.getRow(r).getCell(1).value);
      expect(ids.sort()).toEqual(applications.map((a) => a.id).sort());
      expect(sheet?.getRow(2).getCell(header.indexOf('Tische') + 1).value).toBe(1);
    });

    it('exports are for admins only', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 1);
      expect((await reviewer.get(`/api/events/${eventId}/applications.csv`)).status).toBe(403);
      expect((await applications[0].client.get(`/api/events/${eventId}/applications.xlsx`)).status).toBe(403);
    });
  });
});
