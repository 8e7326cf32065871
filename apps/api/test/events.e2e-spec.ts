import { EventInput, EventStatus, Role } from '@markt/shared';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const VALID: EventInput = {
  ...EVENT_2027,
  title: 'Testkonferenz',
  status: EventStatus.Open,
};

describe.each(DATABASES)('events (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
  });
  afterAll(() => t.close());

  it('an admin creates an event and everyone can read it', async () => {
    const created = await admin.post('/api/events', VALID);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Testkonferenz',
      date: '2027-11-11',
      startTime: '15:00',
      endTime: '19:15',
      venueName: 'Plenarsaal',
      applicationOpensAt: VALID.applicationOpensAt,
      applicationClosesAt: VALID.applicationClosesAt,
      standsPlanned: 24,
      topics: VALID.topics,
      reviewCriteria: VALID.reviewCriteria,
    });
    const anonymous = await t.client();
    const detail = await anonymous.get(`/api/events/${created.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.title).toBe('Testkonferenz');
    expect((await anonymous.get('/api/events')).body.map((e: { id: string }) => e.id)).toContain(created.body.id);
  });

  it('keeps drafts away from the public and applicants, but shows them to staff', async () => {
    const draft = (
      await admin.post('/api/events', {
        ...VALID,
        title: 'Entwurf',
        status: EventStatus.Draft,
      })
    ).body;
    const anonymous = await t.client();
    const { client: applicant } = await t.as(Role.Applicant);
    const { client: reviewer } = await t.as(Role.Reviewer);
    for (const client of [anonymous, applicant]) {
      expect((await client.get(`/api/events/${draft.id}`)).status).toBe(404);
      expect((await client.get('/api/events')).body.map((e: { id: string }) => e.id)).not.toContain(draft.id);
    }
    expect((await reviewer.get(`/api/events/${draft.id}`)).status).toBe(200);
    expect((await reviewer.get('/api/events')).body.map((e: { id: string }) => e.id)).toContain(draft.id);
  });

  it('edits part of an event and keeps the rest', async () => {
    const event = (await admin.post('/api/events', VALID)).body;
    const res = await admin.patch(`/api/events/${event.id}`, {
      title: 'Neuer Titel',
      standsPlanned: 30,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Neuer Titel',
      standsPlanned: 30,
      venueName: 'Plenarsaal',
      topics: VALID.topics,
    });
    expect((await admin.get(`/api/events/${event.id}`)).body.title).toBe('Neuer Titel');
  });

  it.each([
    ['title', { title: '' }, 'required'],
    ['title', { title: 'x'.repeat(201) }, 'maxLength'],
    ['date', { date: '13.11.2025' }, 'matches'],
    ['startTime', { startTime: '25:00' }, 'matches'],
    ['applicationOpensAt', { applicationOpensAt: 'next monday' }, 'isIso8601'],
    ['standsPlanned', { standsPlanned: -1 }, 'min'],
    ['standsPlanned', { standsPlanned: 2.5 }, 'isInt'],
    ['status', { status: 'published' }, 'isEnum'],
    ['topics', { topics: Array(31).fill('Thema') }, 'arrayMaxSize'],
    ['reviewCriteria.0.label', { reviewCriteria: [{ label: '', min: 1, max: 5 }] }, 'required'],
    ['endTime', { startTime: '18:00', endTime: '17:00' }, 'endBeforeStart'],
    ['applicationClosesAt', { applicationClosesAt: '2026-01-01T00:00:00.000Z' }, 'closesBeforeOpens'],
    ['reviewCriteria.0.max', { reviewCriteria: [{ label: 'Qualität', min: 5, max: 5 }] }, 'maxNotAboveMin'],
    ['organiser', { organiser: 'someone' }, 'whitelistValidation'],
  ])('refuses a bad %s with a field error (%j)', async (field, change, code) => {
    const res = await admin.post('/api/events', { ...VALID, ...change });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('reports the limit with a length error, for the form to show', async () => {
    const res = await admin.post('/api/events', {
      ...VALID,
      title: 'x'.repeat(201),
    });
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'title', params: { max: 200 } }));
  });

  it('validates a partial edit against the stored values and saves nothing when it fails', async () => {
    const event = (await admin.post('/api/events', VALID)).body;
    const res = await admin.patch(`/api/events/${event.id}`, {
      endTime: '14:00',
      title: 'Nicht gespeichert',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'endTime', code: 'endBeforeStart' }));
    expect((await admin.get(`/api/events/${event.id}`)).body.title).toBe('Testkonferenz');
  });

  it('answers 404 for an unknown event and 400 for a malformed id', async () => {
    const client = await t.client();
    expect((await client.get('/api/events/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await client.get('/api/events/not-an-id')).status).toBe(400);
  });
});
