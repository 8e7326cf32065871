import { ApplicationStatus, Role } from '@markt/shared';
import { DataSource, In } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { Assignment } from '../src/app/assignments/assignment.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/seed/demo-data';
import { SeedService } from '../src/app/seed/seed.service';
import { pdfText } from './pdf-text';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('consent and the history an applicant sees (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let eventId: string;
  let application: Application;
  let owner: TestClient;

  beforeAll(async () => {
    t = await createTestApp(database);
    await t.app.get(SeedService).seedIfEmpty();
    admin = await (await t.client()).login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    eventId = (await admin.get('/api/events')).body.find((e: { date: string }) => e.date === '2025-11-13').id;
    // A placed, consenting exhibitor of the published demo market, handed to an account of this test.
    const data = t.app.get(DataSource);
    const placedIds = (await data.getRepository(Assignment).findBy({ eventId })).map((a) => a.applicationId);
    application = await data.getRepository(Application).findOneByOrFail({
      id: In(placedIds),
      status: ApplicationStatus.Confirmed,
      publicationConsent: true,
    });
    const user = await t.createUser(Role.Applicant);
    await data.getRepository(Application).update(application.id, { applicantId: user.id });
    owner = await (await t.client()).login(user.email);
  });
  afterAll(() => t.close());

  const publicNames = async () =>
    ((await (await t.client()).get(`/api/public/events/${eventId}/market`)).body.exhibitors as { id: string }[]).map(
      (e) => e.id,
    );

  it('withdraws publication consent after the decision: gone from the public page, directory and printed plan at once', async () => {
    const name = application.organisationName as string;
    expect(await publicNames()).toContain(application.id);

    const res = await owner.agent
      .put(`/api/applications/${application.id}/consents`)
      .set('X-XSRF-TOKEN', owner.xsrf)
      .send({ publicationConsent: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: ApplicationStatus.Confirmed, publicationConsent: false });

    expect(await publicNames()).not.toContain(application.id);
    const directory = pdfText((await admin.download(`/api/events/${eventId}/directory.pdf`)).body as Buffer).text;
    expect(directory).not.toContain(name);
    const plan = pdfText((await admin.download(`/api/events/${eventId}/floor-plan.pdf?size=A3`)).body as Buffer).text;
    expect(plan).not.toContain(name);
    const view = (await admin.get(`/api/events/${eventId}/assignments`)).body;
    const standId = view.assignments.find((a: { applicationId: string }) => a.applicationId === application.id).standId;
    const number = (await admin.get(`/api/events/${eventId}/floor-plan`)).body.stands.find(
      (s: { id: string }) => s.id === standId,
    ).number;
    expect(plan).toContain(number);

    // Given again, the exhibitor is back with the next request.
    await owner.agent
      .put(`/api/applications/${application.id}/consents`)
      .set('X-XSRF-TOKEN', owner.xsrf)
      .send({ publicationConsent: true, photoConsent: !application.photoConsent });
    expect(await publicNames()).toContain(application.id);
  });

  it('records every change of consent, with its time, in the history', async () => {
    const history = (await owner.get(`/api/applications/${application.id}/history`)).body as {
      action: string;
      createdAt: string;
    }[];
    const actions = history.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'publicationConsent_withdrawn',
        'publicationConsent_given',
        application.photoConsent ? 'photoConsent_withdrawn' : 'photoConsent_given',
      ]),
    );
    for (const entry of history) expect(Date.parse(entry.createdAt)).not.toBeNaN();
  });

  it('shows applicants the role of staff who acted, never their user ids; staff see who', async () => {
    const staff = await t.createUser(Role.Admin);
    await t.app
      .get(DataSource)
      .query(
        `INSERT INTO "audit_log" ("id", "entityType", "entityId", "actorId", "action", "fromStatus", "toStatus") VALUES ('${crypto.randomUUID()}', 'application', '${application.id}', '${staff.id}', 'decided', 'in_review', 'accepted')`,
      );
    const seenByApplicant = (await owner.get(`/api/applications/${application.id}/history`)).body;
    expect(JSON.stringify(seenByApplicant)).not.toContain(staff.id);
    expect(seenByApplicant).toContainEqual(expect.objectContaining({ action: 'decided', actorRole: Role.Admin }));
    expect(seenByApplicant.every((e: { actorId: string | null }) => e.actorId === null)).toBe(true);

    const seenByAdmin = (await admin.get(`/api/applications/${application.id}/history`)).body;
    expect(seenByAdmin).toContainEqual(expect.objectContaining({ action: 'decided', actorId: staff.id }));
  });

  it('lets no cache keep personal data, while the public market may be cached', async () => {
    const personal = [
      [owner, `/api/applications/${application.id}`],
      [owner, `/api/applications/${application.id}/history`],
      [owner, '/api/me/export'],
      [owner, '/api/auth/me'],
      [admin, '/api/outbox'],
      [admin, `/api/events/${eventId}/applications`],
      [admin, `/api/events/${eventId}/applications.csv`],
      [admin, `/api/events/${eventId}/logistics.xlsx`],
    ] as const;
    for (const [client, url] of personal) {
      const res = await client.get(url);
      expect([url, res.status]).toEqual([url, 200]);
      expect([url, res.headers['cache-control']]).toEqual([url, 'no-store']);
    }
    const market = await (await t.client()).get(`/api/public/events/${eventId}/market`);
    expect(market.headers['cache-control']).toMatch(/^public/);
  });

  it('lets nobody else change the consents, and refuses anything but true or false', async () => {
    const { client: other } = await t.as(Role.Applicant);
    const put = (client: TestClient, body: object) =>
      client.agent.put(`/api/applications/${application.id}/consents`).set('X-XSRF-TOKEN', client.xsrf).send(body);
    expect((await put(other, { publicationConsent: false })).status).toBe(404);
    expect((await put(admin, { publicationConsent: false })).status).toBe(403);
    const bad = await put(owner, { publicationConsent: null });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('publicationConsent');
    expect((await put(owner, { privacyConsent: false })).status).toBe(400);
    expect(await publicNames()).toContain(application.id);
  });
});
