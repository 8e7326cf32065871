import { Role, Stand } from '@markt/shared';
import { eventWithSubmissions } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const stand = (number: string, x: number, capacity = 1): Stand => ({
  number,
  x,
  y: 0,
  width: 2,
  depth: 1,
  rotation: 0,
  hasPower: false,
  stepFree: true,
  capacity,
});

describe.each(DATABASES)('exchanging two projects’ places (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
  });
  afterAll(() => t.close());

  /** An event with `count` accepted applications and a plan with a shared table (2 places) and two single stands. */
  async function market(count: number) {
    const board = await eventWithSubmissions(t, admin, count, { minReviews: 0 });
    await admin.post(`/api/events/${board.eventId}/decisions`, {
      applicationIds: board.applications.map((a) => a.id),
      decision: 'accepted',
      confirmOverCapacity: true,
    });
    const plan = (
      await admin.agent
        .put(`/api/events/${board.eventId}/floor-plan`)
        .set('X-XSRF-TOKEN', admin.xsrf)
        .send({
          width: 20,
          depth: 10,
          features: [],
          stands: [stand('1', 0, 2), stand('2', 3), stand('3', 6)],
          version: 0,
        })
    ).body as { stands: { id: string }[] };
    const ids = board.applications.map((a) => a.id);
    const assign = (standId: string, applicationId: string) =>
      admin.agent
        .put(`/api/events/${board.eventId}/assignments/${standId}`)
        .set('X-XSRF-TOKEN', admin.xsrf)
        .send({ applicationId });
    const exchange = (applicationId: string, withApplicationId: string, client = admin) =>
      client.post(`/api/events/${board.eventId}/assignments/exchange`, { applicationId, withApplicationId });
    return { eventId: board.eventId, ids, stands: plan.stands.map((s) => s.id), assign, exchange };
  }

  it('swaps two placed projects, each into the other’s place, also on a shared table', async () => {
    const { ids, stands, assign, exchange } = await market(3);
    const [shared, single] = stands;
    await assign(shared, ids[0]);
    await assign(shared, ids[1]);
    await assign(single, ids[2]);
    const res = await exchange(ids[2], ids[0]);
    expect(res.status).toBe(200);
    expect(res.body.assignments).toHaveLength(3);
    expect(res.body.assignments).toEqual(
      expect.arrayContaining([
        { standId: shared, applicationId: ids[2] },
        { standId: shared, applicationId: ids[1] },
        { standId: single, applicationId: ids[0] },
      ]),
    );
  });

  it('gives an unplaced project the place of a placed one, which is then unplaced', async () => {
    const { ids, stands, assign, exchange } = await market(2);
    await assign(stands[1], ids[0]);
    const res = await exchange(ids[1], ids[0]);
    expect(res.status).toBe(200);
    expect(res.body.assignments).toEqual([{ standId: stands[1], applicationId: ids[1] }]);
    expect(res.body.unplaced.map((c: { applicationId: string }) => c.applicationId)).toEqual([ids[0]]);
  });

  it('refuses when the other project has no stand, and changes nothing', async () => {
    const { eventId, ids, stands, assign, exchange } = await market(2);
    await assign(stands[1], ids[0]);
    const res = await exchange(ids[0], ids[1]);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('not_placed');
    const view = (await admin.get(`/api/events/${eventId}/assignments`)).body;
    expect(view.assignments).toEqual([{ standId: stands[1], applicationId: ids[0] }]);
  });

  it('refuses projects of another event and bad ids with 4xx, never 5xx', async () => {
    const first = await market(1);
    const second = await market(1);
    await first.assign(first.stands[1], first.ids[0]);
    await second.assign(second.stands[1], second.ids[0]);
    const foreign = await first.exchange(second.ids[0], first.ids[0]);
    expect(foreign.status).toBe(409);
    expect(foreign.body.code).toBe('not_placeable');
    const invalid = await first.exchange('nope', first.ids[0]);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'applicationId' })]));
  });

  it('is for admins only', async () => {
    const { ids, exchange } = await market(2);
    const reviewer = (await t.as(Role.Reviewer)).client;
    expect((await exchange(ids[0], ids[1], reviewer)).status).toBe(403);
  });
});
