import { EventDto, FloorPlanDto, Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { AuditEntry } from '../src/app/audit/audit-entry.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/seed/demo-data';
import { SeedService } from '../src/app/seed/seed.service';
import { PNG } from './fixtures';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const COPY = {
  title: 'Integrationskonferenz 2029',
  date: '2029-11-15',
  applicationOpensAt: '2028-09-30T22:00:00.000Z',
  applicationClosesAt: '2029-09-15T21:59:59.000Z',
};

/** What a stand is, without the row it is stored in. */
function layout(plan: FloorPlanDto) {
  return plan.stands.map(({ id: _id, ...stand }) => stand).sort((a, b) => a.number.localeCompare(b.number));
}

describe.each(DATABASES)('copying an event (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let source: EventDto;

  beforeAll(async () => {
    t = await createTestApp(database);
    await t.app.get(SeedService).seedIfEmpty();
    admin = await (await t.client()).login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    source = (await admin.get('/api/events')).body.find((e: EventDto) => e.date === '2025-11-13');
  });
  afterAll(() => t.close());

  it('copies settings, topics, criteria, review settings, floor plan and templates, and no applicant data', async () => {
    const template = { subject: 'Zusage: {event}', body: 'Eigener Text für {organisation}.' };
    expect((await admin.put(`/api/events/${source.id}/email-templates/decision_accepted/de`, template)).status).toBe(
      200,
    );
    const upload = await admin.agent
      .put(`/api/events/${source.id}/floor-plan/background`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .attach('background', PNG, { filename: 'scan.png', contentType: 'image/png' });
    expect(upload.status).toBe(200);

    const res = await admin.post(`/api/events/${source.id}/copy`, COPY);
    expect(res.status).toBe(201);
    const copy: EventDto = res.body;
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({
      ...COPY,
      description: source.description,
      startTime: source.startTime,
      endTime: source.endTime,
      venueName: source.venueName,
      venueAddress: source.venueAddress,
      standsPlanned: source.standsPlanned,
      minReviews: source.minReviews,
      topics: source.topics,
      reviewCriteria: source.reviewCriteria,
      // A copy is prepared before anyone sees it.
      status: 'draft',
      marketPublished: false,
    });

    const [sourcePlan, copyPlan] = await Promise.all(
      [source.id, copy.id].map(async (id) => (await admin.get(`/api/events/${id}/floor-plan`)).body as FloorPlanDto),
    );
    expect(copyPlan.stands.length).toBeGreaterThan(0);
    expect(layout(copyPlan)).toEqual(layout(sourcePlan));
    expect(copyPlan.stands.map((s) => s.id)).not.toEqual(expect.arrayContaining([sourcePlan.stands[0].id]));
    expect(copyPlan).toMatchObject({ width: sourcePlan.width, depth: sourcePlan.depth, features: sourcePlan.features });
    // The scan is a file of the copy's own: same placement, own address, served.
    expect(copyPlan.background).toMatchObject({ x: 0, y: 0, opacity: sourcePlan.background?.opacity });
    expect(copyPlan.background?.url).not.toBe(sourcePlan.background?.url);
    expect((await admin.download(copyPlan.background?.url as string)).status).toBe(200);
    expect((await admin.delete(`/api/events/${source.id}/floor-plan/background`)).status).toBe(200);
    expect((await admin.download(copyPlan.background?.url as string)).status).toBe(200);

    const templates = (await admin.get(`/api/events/${copy.id}/email-templates`)).body;
    expect(templates).toContainEqual({ kind: 'decision_accepted', language: 'de', ...template, customised: true });

    // Nothing of the applicants: no applications (hence no reviews, notes, mails) and no stand assignments.
    expect((await admin.get(`/api/events/${source.id}/assignments`)).body.assignments.length).toBeGreaterThan(0);
    expect((await admin.get(`/api/events/${copy.id}/assignments`)).body.assignments).toEqual([]);
    expect((await admin.get(`/api/events/${copy.id}/applications`)).body.total).toBe(0);
    const db = t.app.get(DataSource);
    expect(await db.getRepository(Application).countBy({ eventId: copy.id })).toBe(0);
    const audit = await db.getRepository(AuditEntry).findBy({ entityType: 'event', entityId: copy.id });
    expect(audit).toEqual([expect.objectContaining({ action: 'created_as_copy', toStatus: 'draft' })]);
  });

  it('validates title and dates like creating an event, field by field', async () => {
    const missing = await admin.post(`/api/events/${source.id}/copy`, { ...COPY, title: '', date: '15.11.2029' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['date', 'title']);
    const reversed = await admin.post(`/api/events/${source.id}/copy`, {
      ...COPY,
      applicationClosesAt: '2028-01-01T00:00:00.000Z',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([
      expect.objectContaining({ field: 'applicationClosesAt', code: 'closesBeforeOpens' }),
    ]);
    // Only title and dates: the rest comes from the earlier event.
    const extra = await admin.post(`/api/events/${source.id}/copy`, { ...COPY, status: 'open' });
    expect(extra.status).toBe(400);
    expect((await admin.post('/api/events/00000000-0000-4000-8000-000000000000/copy', COPY)).status).toBe(404);
  });

  it('is for admins only', async () => {
    const before = (await admin.get('/api/events')).body.length;
    const anonymous = await t.client();
    expect((await anonymous.post(`/api/events/${source.id}/copy`, COPY)).status).toBe(401);
    for (const role of [Role.Reviewer, Role.Applicant]) {
      const { client } = await t.as(role);
      expect((await client.post(`/api/events/${source.id}/copy`, COPY)).status).toBe(403);
    }
    expect((await admin.get('/api/events')).body).toHaveLength(before);
  });

  it('made the demo 2027 event as a copy of 2025', async () => {
    const events: EventDto[] = (await admin.get('/api/events')).body;
    const demo2027 = events.find((e) => e.date === '2027-11-11') as EventDto;
    expect(demo2027).toMatchObject({ status: 'open', topics: source.topics, reviewCriteria: source.reviewCriteria });
    const [plan2025, plan2027] = await Promise.all(
      [source.id, demo2027.id].map(
        async (id) => (await admin.get(`/api/events/${id}/floor-plan`)).body as FloorPlanDto,
      ),
    );
    expect(layout(plan2027)).toEqual(layout(plan2025));
    expect((await admin.get(`/api/events/${demo2027.id}/assignments`)).body.assignments).toEqual([]);
    const audit = await t.app.get(DataSource).getRepository(AuditEntry).findBy({ entityId: demo2027.id });
    expect(audit.map((a) => a.action)).toContain('created_as_copy');
  });
});
