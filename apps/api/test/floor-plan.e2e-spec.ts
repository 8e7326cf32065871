import { FeatureKind, FloorPlanInput, Role, Stand } from '@markt/shared';
import { eventWithSubmissions, review } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const stand = (number: string, x: number, y: number, extra: Partial<Stand> = {}): Stand => ({
  number,
  x,
  y,
  width: 2,
  depth: 1,
  rotation: 0,
  hasPower: false,
  stepFree: true,
  capacity: 1,
  ...extra,
});

describe.each(DATABASES)('floor plan and assignments (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let reviewer: TestClient;
  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
    reviewer = (await t.as(Role.Reviewer)).client;
  });
  afterAll(() => t.close());

  function put(client: TestClient, eventId: string, body: FloorPlanInput) {
    return client.agent.put(`/api/events/${eventId}/floor-plan`).set('X-XSRF-TOKEN', client.xsrf).send(body);
  }
  function assign(eventId: string, standId: string, applicationId: string, client = admin) {
    return client.agent
      .put(`/api/events/${eventId}/assignments/${standId}`)
      .set('X-XSRF-TOKEN', client.xsrf)
      .send({ applicationId });
  }

  /** An event with `count` accepted applications and a saved plan. */
  async function market(count: number, stands: Stand[]) {
    const board = await eventWithSubmissions(t, admin, count, {
      minReviews: 0,
    });
    if (count > 0) {
      await admin.post(`/api/events/${board.eventId}/decisions`, {
        applicationIds: board.applications.map((a) => a.id),
        decision: 'accepted',
        confirmOverCapacity: true,
      });
    }
    const plan = (
      await put(admin, board.eventId, {
        width: 20,
        depth: 10,
        features: [],
        stands,
        version: 0,
      })
    ).body;
    return { ...board, plan };
  }

  describe('the plan', () => {
    it('starts empty, saves and loads the same plan, and counts versions', async () => {
      const { eventId } = await eventWithSubmissions(t, admin, 0);
      const empty = (await admin.get(`/api/events/${eventId}/floor-plan`)).body;
      expect(empty).toMatchObject({ version: 0, stands: [], features: [] });

      const body: FloorPlanInput = {
        width: 30,
        depth: 20,
        features: [
          {
            id: 'exit-1',
            kind: FeatureKind.EmergencyExit,
            x: 29.8,
            y: 10,
            width: 0.2,
            depth: 1.2,
            rotation: 0,
            label: 'Notausgang',
          },
        ],
        stands: [
          stand('1', 1, 1, { hasPower: true, notes: 'Nahe Steckdose' }),
          stand('2', 4, 1, { rotation: 90, capacity: 2 }),
        ],
        version: 0,
      };
      const saved = await put(admin, eventId, body);
      expect(saved.status).toBe(200);
      expect(saved.body.version).toBe(1);
      const loaded = (await admin.get(`/api/events/${eventId}/floor-plan`)).body;
      expect(loaded).toMatchObject({
        width: 30,
        depth: 20,
        version: 1,
        features: body.features,
      });
      expect(loaded.stands).toEqual([
        expect.objectContaining({ ...body.stands[0], id: expect.any(String) }),
        expect.objectContaining({ ...body.stands[1], id: expect.any(String) }),
      ]);

      const moved = {
        ...body,
        stands: loaded.stands.map((s: Stand) => (s.number === '1' ? { ...s, x: 10 } : s)),
        version: 1,
      };
      const second = await put(admin, eventId, moved);
      expect(second.body.version).toBe(2);
      expect(second.body.stands.find((s: Stand) => s.number === '1')).toMatchObject({ id: loaded.stands[0].id, x: 10 });
    });

    it('detects a concurrent save and never overwrites it', async () => {
      const { eventId } = await eventWithSubmissions(t, admin, 0);
      await put(admin, eventId, {
        width: 20,
        depth: 10,
        features: [],
        stands: [stand('1', 0, 0)],
        version: 0,
      });
      const other = (await t.as(Role.Admin)).client;
      expect(
        (
          await put(other, eventId, {
            width: 20,
            depth: 10,
            features: [],
            stands: [stand('A', 5, 5)],
            version: 1,
          })
        ).status,
      ).toBe(200);
      const stale = await put(admin, eventId, {
        width: 20,
        depth: 10,
        features: [],
        stands: [stand('B', 5, 5)],
        version: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('version_conflict');
      expect((await admin.get(`/api/events/${eventId}/floor-plan`)).body.stands.map((s: Stand) => s.number)).toEqual([
        'A',
      ]);
      const firstSaves = await Promise.all([
        put(admin, (await eventWithSubmissions(t, admin, 0)).eventId, {
          width: 20,
          depth: 10,
          features: [],
          stands: [],
          version: 0,
        }),
      ]);
      expect(firstSaves[0].status).toBe(200);
    });

    it('flags overlaps, stands outside the room and blocked exits, and refuses repeated numbers', async () => {
      const { eventId } = await eventWithSubmissions(t, admin, 0);
      const res = await put(admin, eventId, {
        width: 10,
        depth: 8,
        features: [
          {
            id: 'exit',
            kind: FeatureKind.EmergencyExit,
            x: 5,
            y: 7.8,
            width: 1.2,
            depth: 0.2,
            rotation: 0,
          },
        ],
        stands: [stand('1', 0, 0), stand('2', 1, 0.5), stand('3', 9.5, 0), stand('4', 5, 6.5)],
        version: 0,
      });
      expect(res.status).toBe(200);
      expect(res.body.issues.map((i: { kind: string }) => i.kind).sort()).toEqual([
        'blocks_exit',
        'outside_room',
        'overlap',
      ]);
      const dup = await put(admin, eventId, {
        width: 10,
        depth: 8,
        features: [],
        stands: [stand('1', 0, 0), stand('1', 4, 4)],
        version: 1,
      });
      expect(dup.status).toBe(400);
      expect(dup.body.errors).toEqual([expect.objectContaining({ field: 'stands', code: 'duplicateNumber' })]);
    });

    it.each([
      ['stands.0.width', { stands: [stand('1', 0, 0, { width: 50 })] }, 'max'],
      ['stands.0.rotation', { stands: [stand('1', 0, 0, { rotation: 45 as 0 })] }, 'isIn'],
      ['stands.0.capacity', { stands: [stand('1', 0, 0, { capacity: 0 })] }, 'min'],
      ['width', { width: 500 }, 'max'],
      [
        'background.url',
        {
          background: {
            url: 'data:image/svg+xml;base64,PHN2Zz4=',
            x: 0,
            y: 0,
            width: 10,
            opacity: 0.5,
          },
        },
        'matches',
      ],
      [
        'features.0.kind',
        {
          features: [
            {
              id: 'f',
              kind: 'pool',
              x: 0,
              y: 0,
              width: 1,
              depth: 1,
              rotation: 0,
            },
          ],
        },
        'isIn',
      ],
    ])('refuses a bad %s', async (field, change, code) => {
      const { eventId } = await eventWithSubmissions(t, admin, 0);
      const res = await put(admin, eventId, {
        width: 20,
        depth: 10,
        features: [],
        stands: [],
        version: 0,
        ...change,
      } as FloorPlanInput);
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    });

    it('is for admins only', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 1);
      expect((await reviewer.get(`/api/events/${eventId}/floor-plan`)).status).toBe(403);
      expect(
        (
          await put(applications[0].client, eventId, {
            width: 20,
            depth: 10,
            features: [],
            stands: [],
            version: 0,
          })
        ).status,
      ).toBe(403);
    });
  });

  describe('assignments', () => {
    it('assigns, moves and unassigns, and lists who is still unplaced', async () => {
      const { eventId, applications, plan } = await market(2, [stand('1', 0, 0), stand('2', 3, 0)]);
      const [s1, s2] = plan.stands;
      const first = await assign(eventId, s1.id, applications[0].id);
      expect(first.status).toBe(200);
      expect(first.body.assignments).toEqual([{ standId: s1.id, applicationId: applications[0].id }]);
      expect(first.body.unplaced.map((u: { applicationId: string }) => u.applicationId)).toEqual([applications[1].id]);

      const moved = (await assign(eventId, s2.id, applications[0].id)).body;
      expect(moved.assignments).toEqual([{ standId: s2.id, applicationId: applications[0].id }]);

      const cleared = await admin.agent
        .delete(`/api/events/${eventId}/assignments/${s2.id}`)
        .set('X-XSRF-TOKEN', admin.xsrf);
      expect(cleared.body.assignments).toEqual([]);
      expect(cleared.body.unplaced).toHaveLength(2);
    });

    it('keeps a stand within its capacity and swaps two stands', async () => {
      const { eventId, applications, plan } = await market(3, [stand('1', 0, 0, { capacity: 2 }), stand('2', 3, 0)]);
      const [shared, single] = plan.stands;
      expect((await assign(eventId, shared.id, applications[0].id)).status).toBe(200);
      expect((await assign(eventId, shared.id, applications[1].id)).status).toBe(200);
      const full = await assign(eventId, shared.id, applications[2].id);
      expect(full.status).toBe(409);
      expect(full.body.code).toBe('stand_full');
      await assign(eventId, single.id, applications[2].id);

      const refused = await admin.post(`/api/events/${eventId}/assignments/swap`, { a: shared.id, b: single.id });
      expect(refused.body.code).toBe('stand_full');
      await admin.agent
        .delete(`/api/events/${eventId}/assignments/${shared.id}?applicationId=${applications[1].id}`)
        .set('X-XSRF-TOKEN', admin.xsrf);
      const swapped = (
        await admin.post(`/api/events/${eventId}/assignments/swap`, {
          a: shared.id,
          b: single.id,
        })
      ).body;
      expect(swapped.assignments).toEqual(
        expect.arrayContaining([
          { standId: single.id, applicationId: applications[0].id },
          { standId: shared.id, applicationId: applications[2].id },
        ]),
      );
    });

    it('holds under concurrent assignment: never over capacity, never one application on two stands', async () => {
      const { eventId, applications, plan } = await market(4, [stand('1', 0, 0), stand('2', 3, 0), stand('3', 6, 0)]);
      const [s1, s2, s3] = plan.stands;
      const other = (await t.as(Role.Admin)).client;
      const race = await Promise.all([
        assign(eventId, s1.id, applications[0].id),
        assign(eventId, s1.id, applications[1].id, other),
        assign(eventId, s2.id, applications[2].id),
        assign(eventId, s3.id, applications[2].id, other),
        assign(eventId, s2.id, applications[3].id, other),
      ]);
      expect(
        race.map((r) => (r.status === 200 || r.status === 409 ? 'ok' : `${r.status} ${JSON.stringify(r.body)}`)),
      ).toEqual(race.map(() => 'ok'));
      const view = (await admin.get(`/api/events/${eventId}/assignments`)).body;
      const perStand = new Map<string, number>();
      for (const a of view.assignments) perStand.set(a.standId, (perStand.get(a.standId) ?? 0) + 1);
      expect([...perStand.values()].every((n) => n <= 1)).toBe(true);
      const ids = view.assignments.map((a: { applicationId: string }) => a.applicationId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(race.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(2);
    });

    it('shows conflicts at the stand, including an application withdrawn after placing', async () => {
      const { eventId, applications, plan } = await market(2, [
        stand('1', 0, 0, { width: 1 }),
        stand('2', 3, 0, { stepFree: false }),
      ]);
      await applications[0].client.patch(`/api/applications/${applications[0].id}`, {});
      const [small, steps] = plan.stands;
      // needs power (no socket) and 2 m (stand is 1 m)
      await t.app
        .get((await import('typeorm')).DataSource)
        .getRepository((await import('../src/app/applications/application.entity')).Application)
        .update(applications[0].id, {
          needsPower: true,
          needsStepFreeAccess: true,
        });
      await assign(eventId, small.id, applications[0].id);
      await assign(eventId, steps.id, applications[1].id);
      await applications[1].client.post(`/api/applications/${applications[1].id}/withdraw`);
      const kinds = (await admin.get(`/api/events/${eventId}/assignments`)).body.conflicts.map(
        (c: { standId: string; kind: string }) => `${c.standId === small.id ? 'small' : 'steps'}:${c.kind}`,
      );
      expect(kinds.sort()).toEqual(['small:needs_power', 'small:too_small', 'steps:not_accepted']);
    });

    it('refuses to place an application that is not accepted', async () => {
      const board = await eventWithSubmissions(t, admin, 1, { minReviews: 0 });
      const plan = (
        await put(admin, board.eventId, {
          width: 20,
          depth: 10,
          features: [],
          stands: [stand('1', 0, 0)],
          version: 0,
        })
      ).body;
      const res = await assign(board.eventId, plan.stands[0].id, board.applications[0].id);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('not_placeable');
    });

    it('refuses to delete a stand that holds an exhibitor', async () => {
      const { eventId, applications, plan } = await market(1, [stand('1', 0, 0), stand('2', 3, 0)]);
      await assign(eventId, plan.stands[0].id, applications[0].id);
      const res = await put(admin, eventId, {
        width: 20,
        depth: 10,
        features: [],
        stands: [plan.stands[1]],
        version: plan.version,
      });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'stand_in_use',
        params: { numbers: '1' },
      });
      expect((await admin.get(`/api/events/${eventId}/floor-plan`)).body.stands).toHaveLength(2);
    });

    it('suggests a valid layout that keeps placements, changes nothing until applied', async () => {
      const stands = [
        stand('1', 0, 0, { hasPower: true }),
        stand('2', 2, 0),
        stand('3', 4, 0),
        stand('4', 6, 0, { stepFree: false }),
      ];
      const { eventId, applications, plan } = await market(4, stands);
      const App = (await import('../src/app/applications/application.entity')).Application;
      const repo = t.app.get((await import('typeorm')).DataSource).getRepository(App);
      await repo.update(applications[1].id, { needsPower: true });
      await repo.update(applications[2].id, { needsPower: true });
      const s3 = plan.stands.find((s: Stand) => s.number === '3');
      await assign(eventId, s3.id, applications[0].id);

      const suggestion = (await admin.post(`/api/events/${eventId}/assignments/suggest`, {})).body;
      expect(suggestion.placements.map((p: { applicationId: string }) => p.applicationId)).not.toContain(
        applications[0].id,
      );
      const powered = plan.stands.find((s: Stand) => s.number === '1').id;
      const forPower = suggestion.placements.filter((p: { standId: string }) => p.standId === powered);
      expect(forPower).toHaveLength(1);
      expect([applications[1].id, applications[2].id]).toContain(forPower[0].applicationId);
      // Both powered needs compete for the one socket: the loser waits for a free stand, it is not refused for power.
      expect(suggestion.unplaceable).toEqual([expect.objectContaining({ reasons: ['no_free_stand'] })]);
      expect((await admin.get(`/api/events/${eventId}/assignments`)).body.assignments).toHaveLength(1);

      const applied = (
        await admin.post(`/api/events/${eventId}/assignments/apply`, {
          placements: suggestion.placements.map(
            ({ standId, applicationId }: { standId: string; applicationId: string }) => ({ standId, applicationId }),
          ),
        })
      ).body;
      expect(applied.assignments).toHaveLength(3);
      expect(applied.conflicts).toEqual([]);
    });

    it('is for admins only', async () => {
      const { eventId, applications, plan } = await market(1, [stand('1', 0, 0)]);
      expect((await reviewer.get(`/api/events/${eventId}/assignments`)).status).toBe(403);
      expect((await assign(eventId, plan.stands[0].id, applications[0].id, applications[0].client)).status).toBe(403);
      expect((await review(reviewer, applications[0].id, [3, 3, 3])).status).toBe(201);
    });
  });
});
