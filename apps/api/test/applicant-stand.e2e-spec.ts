import { Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { eventWithSubmissions } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const STAND = { x: 4, y: 2.5, width: 3, depth: 2, rotation: 90, hasPower: true, stepFree: true, capacity: 1 };

describe.each(DATABASES)('the applicant’s stand (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let eventId: string;
  let placed: { id: string; client: TestClient; email: string };
  let unplaced: { id: string; client: TestClient; email: string };
  let pending: { id: string; client: TestClient; email: string };

  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
    const board = await eventWithSubmissions(t, admin, 3, { minReviews: 0 });
    eventId = board.eventId;
    [placed, unplaced, pending] = board.applications;
    for (const { id } of [placed, unplaced]) {
      const decided = await admin.post(`/api/applications/${id}/decision`, { decision: 'accepted' });
      expect(decided.status).toBe(200);
    }
    const plan = await admin.put(`/api/events/${eventId}/floor-plan`, {
      width: 20,
      depth: 10,
      features: [],
      stands: [{ number: '7', ...STAND }],
      version: 0,
    });
    expect(plan.status).toBe(200);
    const standId = plan.body.stands[0].id;
    expect(
      (await admin.put(`/api/events/${eventId}/assignments/${standId}`, { applicationId: placed.id })).status,
    ).toBe(200);
  });
  afterAll(() => t.close());

  it('stays hidden until the market is published, then shows number and place', async () => {
    expect((await placed.client.get(`/api/applications/${placed.id}`)).body.stand).toBeNull();
    expect((await admin.patch(`/api/events/${eventId}`, { marketPublished: true })).status).toBe(200);
    const { x, y, width, depth, rotation } = STAND;
    expect((await placed.client.get(`/api/applications/${placed.id}`)).body.stand).toEqual({
      number: '7',
      x,
      y,
      width,
      depth,
      rotation,
    });
    // Accepted but on no stand yet, or not accepted at all: nothing to show.
    expect((await unplaced.client.get(`/api/applications/${unplaced.id}`)).body.stand).toBeNull();
    expect((await pending.client.get(`/api/applications/${pending.id}`)).body.stand).toBeNull();
  });

  it('is the applicant’s own: another applicant gets “not found”', async () => {
    expect((await unplaced.client.get(`/api/applications/${placed.id}`)).status).toBe(404);
    const { client: stranger } = await t.as(Role.Applicant);
    expect((await stranger.get(`/api/applications/${placed.id}`)).status).toBe(404);
  });

  it('names the stand in the mail asking to confirm, once it is known', async () => {
    expect((await admin.post(`/api/events/${eventId}/confirmation-reminders`)).status).toBe(200);
    const outbox = t.app.get(DataSource).getRepository(OutboxMessage);
    const reminder = async (applicationId: string) =>
      (await outbox.findBy({ applicationId })).find((m) => m.subject.startsWith('Bitte bestätigen Sie Ihre Teilnahme'));
    expect((await reminder(placed.id))?.body).toContain('Ihr Stand: Nr. 7');
    const other = await reminder(unplaced.id);
    expect(other).toBeDefined();
    expect(other?.body).not.toContain('Ihr Stand');
  });

  describe('people at the stand after acceptance', () => {
    const people = { staffNames: 'Sam Beispiel, Robin Neu', staffAccessibilityNeeds: 'Ein Stuhl mit Armlehnen' };
    const put = (client: TestClient, id: string, body: object) =>
      client.agent.put(`/api/applications/${id}/stand-people`).set('X-XSRF-TOKEN', client.xsrf).send(body);
    const deadline = (iso: string | null) => admin.patch(`/api/events/${eventId}`, { standDetailsDeadline: iso });

    it('can be changed only once the event set a deadline, and only before it', async () => {
      await deadline(null);
      const closed = await put(placed.client, placed.id, people);
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('stand_details_closed');

      await deadline(new Date(Date.now() + 86_400_000).toISOString());
      const saved = await put(placed.client, placed.id, people);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        ...people,
        status: 'accepted',
        stand: expect.objectContaining({ number: '7' }),
      });

      await deadline(new Date(Date.now() - 1000).toISOString());
      const late = await put(placed.client, placed.id, { staffNames: 'Zu spät' });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('stand_details_closed');
      expect((await placed.client.get(`/api/applications/${placed.id}`)).body.staffNames).toBe(people.staffNames);
    });

    it('staff see the change in the history', async () => {
      const history = (await admin.get(`/api/applications/${placed.id}/history`)).body;
      expect(history).toContainEqual(
        expect.objectContaining({ action: 'stand_people_changed', actorRole: 'applicant' }),
      );
      expect((await admin.get(`/api/applications/${placed.id}`)).body.staffNames).toBe(people.staffNames);
    });

    it('is open to the accepted applicant only, with field-level errors', async () => {
      await deadline(new Date(Date.now() + 86_400_000).toISOString());
      const notAccepted = await put(pending.client, pending.id, people);
      expect(notAccepted.status).toBe(409);
      expect(notAccepted.body.code).toBe('not_accepted');
      expect((await put(unplaced.client, placed.id, people)).status).toBe(404);
      const { client: reviewer } = await t.as(Role.Reviewer);
      expect((await put(reviewer, placed.id, people)).status).toBe(403);
      expect((await put(admin, placed.id, people)).status).toBe(403);
      const empty = await put(placed.client, placed.id, { staffNames: '   ' });
      expect(empty.status).toBe(400);
      expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'staffNames', code: 'required' })]);
      const tooLong = await put(placed.client, placed.id, { staffNames: 'x'.repeat(4001) });
      expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'staffNames', code: 'maxLength' })]);
      // Only names and needs: nothing else of an accepted application changes this way.
      expect((await put(placed.client, placed.id, { ...people, projectTitle: 'Neu' })).status).toBe(400);
    });
  });
});

describe.each(DATABASES)('the logistics export (%s)', (database) => {
  let t: TestApp;
  afterAll(() => t.close());

  it('has the contact phone for the day and the other wishes of each exhibitor', async () => {
    t = await createTestApp(database);
    const admin = (await t.as(Role.Admin)).client;
    const { eventId, applications } = await eventWithSubmissions(t, admin, 1, { minReviews: 0 });
    const [{ id, client }] = applications;
    await admin.post(`/api/applications/${id}/decision`, { decision: 'accepted' });
    const plan = await admin.put(`/api/events/${eventId}/floor-plan`, {
      width: 20,
      depth: 10,
      features: [],
      stands: [{ number: '1', ...STAND }],
      version: 0,
    });
    await admin.put(`/api/events/${eventId}/assignments/${plan.body.stands[0].id}`, { applicationId: id });
    const application = (await client.get(`/api/applications/${id}`)).body;
    // Not in the applicant's form fixture; staff read it as the applicant wrote it.
    await t.app.get(DataSource).getRepository(Application).update(id, { otherWishes: 'Neben dem Eingang, bitte' });

    const csv = (await admin.get(`/api/events/${eventId}/logistics.csv`)).text.slice(1).trim().split('\r\n');
    const header = csv[0].split(';');
    const row = csv[1].split(';');
    // A leading "+" is quoted so a spreadsheet does not read it as a formula.
    expect(row[header.indexOf('Telefon am Veranstaltungstag')]).toBe(`'${application.contactPhone}`);
    expect(row[header.indexOf('Kontaktperson')]).toBe(application.contactName);
    expect(row[header.indexOf('Weitere Wünsche')]).toBe('Neben dem Eingang, bitte');
  });
});
