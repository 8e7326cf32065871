import { Role } from '@markt/shared';
import { eventWithSubmissions, review, statusOf } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('reviews and notes (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
  });
  afterAll(() => t.close());

  it('scores one value per criterion within the criterion’s range', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    const { client: reviewer } = await t.as(Role.Reviewer);
    for (const [scores, field, code] of [
      [[5, 4], 'scores', 'scoreCount'],
      [[5, 4, 6], 'scores.2', 'max'],
      [[0, 4, 4], 'scores.0', 'min'],
    ] as const) {
      const res = await review(reviewer, app.id, [...scores]);
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    const ok = await review(reviewer, app.id, [5, 4, 3], 'Gutes Konzept');
    expect(ok.status).toBe(201);
    expect(ok.body.own).toMatchObject({
      scores: [5, 4, 3],
      total: 4,
      comment: 'Gutes Konzept',
    });
  });

  it('hides other reviews and the average until the reviewer has submitted their own', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    const first = (await t.as(Role.Reviewer)).client;
    const second = (await t.as(Role.Reviewer)).client;
    await review(first, app.id, [5, 5, 5]);

    const before = (await second.get(`/api/applications/${app.id}/reviews`)).body;
    expect(before).toMatchObject({
      own: null,
      unlocked: false,
      others: [],
      average: null,
      count: 1,
    });
    const list = (
      await second.get(`/api/events/${(await second.get(`/api/applications/${app.id}`)).body.eventId}/applications`)
    ).body;
    expect(list.items[0]).toMatchObject({
      averageScore: null,
      reviewCount: 1,
      reviewedByMe: false,
    });

    const after = (await review(second, app.id, [3, 3, 3])).body;
    expect(after.unlocked).toBe(true);
    expect(after.others).toEqual([expect.objectContaining({ scores: [5, 5, 5] })]);
    expect(after.average).toBe(4);
  });

  it('a conflict of interest abstains: no scores, does not count, unlocks nothing', async () => {
    const {
      eventId,
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    const other = (await t.as(Role.Reviewer)).client;
    await review(other, app.id, [4, 4, 4]);
    const { client: biased } = await t.as(Role.Reviewer);
    const withScores = await biased.post(`/api/applications/${app.id}/reviews`, {
      conflictOfInterest: true,
      scores: [5, 5, 5],
    });
    expect(withScores.body.errors).toEqual([expect.objectContaining({ field: 'scores', code: 'notWithConflict' })]);
    const declared = await biased.post(`/api/applications/${app.id}/reviews`, {
      conflictOfInterest: true,
      comment: 'Ich bin Vereinsmitglied.',
    });
    expect(declared.status).toBe(201);
    expect(declared.body).toMatchObject({
      unlocked: false,
      others: [],
      average: null,
      count: 1,
    });
    expect(declared.body.own).toMatchObject({
      conflictOfInterest: true,
      scores: null,
      total: null,
    });
    // the list names the declared conflict for what it is, not "reviewed by me"
    const list = (await biased.get(`/api/events/${eventId}/applications`)).body;
    expect(list.items.find((row: { id: string }) => row.id === app.id)).toMatchObject({
      reviewedByMe: true,
      conflictDeclaredByMe: true,
      averageScore: null,
    });
    const scored = (await other.get(`/api/events/${eventId}/applications`)).body;
    expect(scored.items.find((row: { id: string }) => row.id === app.id)).toMatchObject({
      reviewedByMe: true,
      conflictDeclaredByMe: false,
    });
  });

  it('moves a submitted application into review with the first review, and logs it', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    const { client: reviewer, user } = await t.as(Role.Reviewer);
    await review(reviewer, app.id, [3, 3, 3]);
    expect(await statusOf(t, app.id)).toBe('in_review');
    // The applicant sees the role that acted, staff see who.
    const history = (await app.client.get(`/api/applications/${app.id}/history`)).body;
    expect(history.at(-1)).toMatchObject({
      fromStatus: 'submitted',
      toStatus: 'in_review',
      actorId: null,
      actorRole: 'reviewer',
    });
    expect((await reviewer.get(`/api/applications/${app.id}/history`)).body.at(-1).actorId).toBe(user.id);
  });

  it('shows what the applicant changed since the reviewer’s review', async () => {
    const {
      applications: [app],
      eventId,
    } = await eventWithSubmissions(t, admin, 1);
    const { client: reviewer } = await t.as(Role.Reviewer);
    await review(reviewer, app.id, [4, 4, 4]);
    await app.client.patch(`/api/applications/${app.id}`, {
      projectTitle: 'Ganz neuer Titel',
      needsPower: true,
    });
    const summary = (await reviewer.get(`/api/applications/${app.id}/reviews`)).body;
    expect(summary.changedSinceOwnReview).toEqual(['needsPower', 'projectTitle']);
    const row = (await reviewer.get(`/api/events/${eventId}/applications`)).body.items[0];
    expect(row.changedSinceMyReview).toBe(true);
  });

  it('keeps internal notes among staff: applicants never reach them', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    const { client: reviewer } = await t.as(Role.Reviewer);
    const note = await reviewer.post(`/api/applications/${app.id}/notes`, {
      text: 'Rückfrage zur Stromversorgung',
    });
    expect(note.status).toBe(201);
    expect((await admin.get(`/api/applications/${app.id}/notes`)).body).toEqual([
      expect.objectContaining({ text: 'Rückfrage zur Stromversorgung' }),
    ]);
    expect((await app.client.get(`/api/applications/${app.id}/notes`)).status).toBe(403);
    expect((await app.client.get(`/api/applications/${app.id}/reviews`)).status).toBe(403);
    expect(
      (
        await app.client.post(`/api/applications/${app.id}/reviews`, {
          conflictOfInterest: false,
          scores: [5, 5, 5],
        })
      ).status,
    ).toBe(403);
    expect(JSON.stringify((await app.client.get(`/api/applications/${app.id}`)).body)).not.toContain('Stromversorgung');
  });

  it('staff cannot see, review or note a draft', async () => {
    const { client } = await t.as(Role.Applicant);
    const eventId = (await admin.get('/api/events')).body[0].id;
    const draft = (await client.post(`/api/events/${eventId}/applications`)).body.id;
    const { client: reviewer } = await t.as(Role.Reviewer);
    expect((await reviewer.get(`/api/applications/${draft}`)).status).toBe(404);
    expect((await review(reviewer, draft, [3, 3, 3])).status).toBe(404);
    expect((await reviewer.post(`/api/applications/${draft}/notes`, { text: 'x' })).status).toBe(404);
  });

  describe('the staff list', () => {
    it('filters, searches, sorts, pages and counts per status', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 4);
      await applications[1].client.patch(`/api/applications/${applications[1].id}`, {
        needsPower: true,
        topics: ['Antisemitismus'],
      });
      await review(admin, applications[0].id, [2, 2, 2]);
      await review(admin, applications[2].id, [5, 5, 5]);

      const get = async (query: string) => (await admin.get(`/api/events/${eventId}/applications?${query}`)).body;
      const all = await get('');
      expect(all.total).toBe(4);
      expect(all.counts).toEqual({ submitted: 2, in_review: 2 });
      expect((await get('needsPower=true')).items.map((a: { id: string }) => a.id)).toEqual([applications[1].id]);
      expect((await get('topic=Antisemitismus')).total).toBe(1);
      expect((await get('status=in_review')).total).toBe(2);
      expect((await get('q=organisation%20c')).items.map((a: { id: string }) => a.id)).toEqual([applications[2].id]);
      const byScore = (await get('sort=score')).items.map((a: { id: string }) => a.id);
      expect(byScore.slice(0, 2)).toEqual([applications[2].id, applications[0].id]);
      const byName = (await get('sort=name&order=desc')).items.map(
        (a: { organisationName: string }) => a.organisationName[13],
      );
      expect(byName).toEqual(['D', 'C', 'B', 'A']);
      const page2 = await get('sort=name&pageSize=3&page=2');
      expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(page2.items).toHaveLength(1);
      expect(page2.counts).toEqual(all.counts);
    });

    it('never lets a reviewer learn hidden scores through the order or the waitlist', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 4, { standsPlanned: 1, minReviews: 1 });
      // Scores by others: C best, then A; the reviewer has reviewed only D.
      await review(admin, applications[0].id, [3, 3, 3]);
      await review(admin, applications[2].id, [5, 5, 5]);
      const { client: reviewer } = await t.as(Role.Reviewer);
      await review(reviewer, applications[3].id, [1, 1, 1]);

      const list = async (client: TestClient, query: string) =>
        (await client.get(`/api/events/${eventId}/applications?${query}`)).body;
      const ids = (body: { items: { id: string }[] }) => body.items.map((a) => a.id);
      const byDate = ids(await list(reviewer, 'sort=date'));
      for (const order of ['desc', 'asc']) {
        // Only D's score is visible to the reviewer: D first, the rest in submission order, as if unscored.
        expect(ids(await list(reviewer, `sort=score&order=${order}`))).toEqual([
          applications[3].id,
          ...byDate.filter((id) => id !== applications[3].id),
        ]);
      }
      expect(ids(await list(admin, 'sort=score')).slice(0, 3)).toEqual([
        applications[2].id,
        applications[0].id,
        applications[3].id,
      ]);

      // With a place free and two on the waitlist, only admins are told who is next.
      const waitlisted = await admin.post(`/api/events/${eventId}/decisions`, {
        applicationIds: [applications[0].id, applications[2].id],
        decision: 'waitlisted',
      });
      expect(waitlisted.status).toBe(200);
      expect((await list(admin, '')).capacity.nextOnWaitlist).not.toBeNull();
      expect((await list(reviewer, '')).capacity.nextOnWaitlist).toBeNull();
      expect(JSON.stringify(await list(reviewer, 'status=waitlisted&sort=score'))).not.toMatch(/"averageScore":\d/);
    });

    it('pages in the database: every page of a sorted list continues the last, none repeats or skips', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 5);
      for (const [i, a] of applications.entries()) await review(admin, a.id, [1 + (i % 3), 2, 3]);
      const all = (await admin.get(`/api/events/${eventId}/applications?sort=score&pageSize=100`)).body.items.map(
        (a: { id: string }) => a.id,
      );
      const pages: string[] = [];
      for (const page of [1, 2, 3]) {
        const body = (await admin.get(`/api/events/${eventId}/applications?sort=score&pageSize=2&page=${page}`)).body;
        expect(body.total).toBe(5);
        pages.push(...body.items.map((a: { id: string }) => a.id));
      }
      expect(pages).toEqual(all);
      const scores = (await admin.get(`/api/events/${eventId}/applications?sort=score&pageSize=100`)).body.items.map(
        (a: { averageScore: number }) => a.averageScore,
      );
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      // Search takes % and _ literally.
      expect((await admin.get(`/api/events/${eventId}/applications?q=%25`)).body.total).toBe(0);
      expect((await admin.get(`/api/events/${eventId}/applications?q=_`)).body.total).toBe(0);
    });

    it('counts with any filter, averages only what counts, and a conflict keeps a reviewer’s view hidden', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 5);
      const [a, b, c, d] = applications;
      await a.client.patch(`/api/applications/${a.id}`, { needsStepFreeAccess: true, needsPower: true });
      await b.client.patch(`/api/applications/${b.id}`, { needsStepFreeAccess: true });
      const { client: reviewer } = await t.as(Role.Reviewer);
      const { client: other } = await t.as(Role.Reviewer);
      await review(admin, a.id, [2, 2, 2]);
      await review(other, a.id, [4, 4, 4]);
      await review(other, b.id, [5, 5, 5]);
      await review(admin, c.id, [1, 1, 1]);
      // The reviewer has reviewed A and declared a conflict on B, C is someone else's only.
      await review(reviewer, a.id, [3, 3, 3]);
      await reviewer.post(`/api/applications/${b.id}/reviews`, { conflictOfInterest: true });
      await other.post(`/api/applications/${d.id}/reviews`, { conflictOfInterest: true });

      const list = async (client: TestClient, query = '') =>
        (await client.get(`/api/events/${eventId}/applications?${query}`)).body;
      const row = (body: { items: { id: string }[] }, id: string) => body.items.find((r) => r.id === id);
      // Filters beyond the status are counted in the database; the rest comes off the counts per status.
      expect((await list(admin, 'needsStepFreeAccess=true')).total).toBe(2);
      expect(
        (await list(admin, 'needsStepFreeAccess=true&needsPower=false')).items.map((r: { id: string }) => r.id),
      ).toEqual([b.id]);
      expect((await list(admin, 'status=submitted')).total).toBe(2);
      expect((await list(admin, 'status=in_review&needsPower=true')).total).toBe(1);
      // A page past the end is empty but still knows the total.
      expect(await list(admin, 'pageSize=2&page=4')).toMatchObject({ items: [], total: 5, page: 4 });

      const all = await list(admin, 'sort=score');
      expect(row(all, a.id)).toMatchObject({ averageScore: 3, reviewCount: 3 });
      expect(row(all, b.id)).toMatchObject({ averageScore: 5, reviewCount: 1 });
      // A conflict of interest neither counts nor averages.
      expect(row(all, d.id)).toMatchObject({ averageScore: null, reviewCount: 0 });
      expect(all.items.map((r: { id: string }) => r.id).slice(0, 3)).toEqual([b.id, a.id, c.id]);
      expect((await list(admin, 'sort=score&order=asc')).items.map((r: { id: string }) => r.id).slice(0, 3)).toEqual([
        c.id,
        a.id,
        b.id,
      ]);

      const mine = await list(reviewer, 'sort=score');
      expect(row(mine, a.id)).toMatchObject({ averageScore: 3, reviewedByMe: true, conflictDeclaredByMe: false });
      expect(row(mine, b.id)).toMatchObject({ averageScore: null, reviewedByMe: true, conflictDeclaredByMe: true });
      expect(row(mine, c.id)).toMatchObject({ averageScore: null, reviewedByMe: false });
      // Only A's score is visible to the reviewer: A first, then the rest by submission, whichever direction.
      const rest = [b.id, c.id, d.id, applications[4].id];
      expect(mine.items.map((r: { id: string }) => r.id)).toEqual([a.id, ...rest]);
      expect((await list(reviewer, 'sort=score&order=asc')).items.map((r: { id: string }) => r.id)).toEqual([
        a.id,
        ...rest,
      ]);
      expect((await list(reviewer, 'sort=date&order=desc')).items.map((r: { id: string }) => r.id)).toEqual(
        [...applications].reverse().map((x) => x.id),
      );
    });

    it('shows every write at the next read of the same page, for each viewer as they may see it', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 2);
      const { client: reviewer } = await t.as(Role.Reviewer);
      const url = `/api/events/${eventId}/applications?sort=score`;
      const row = async (client: TestClient, id: string) =>
        (await client.get(url)).body.items.find((a: { id: string }) => a.id === id);

      await review(admin, applications[0].id, [4, 4, 4]);
      expect(await row(reviewer, applications[0].id)).toMatchObject({ averageScore: null, reviewCount: 1 });
      expect(await row(admin, applications[0].id)).toMatchObject({ averageScore: 4, reviewedByMe: true });

      await review(reviewer, applications[0].id, [2, 2, 2]);
      expect(await row(reviewer, applications[0].id)).toMatchObject({
        averageScore: 3,
        reviewCount: 2,
        reviewedByMe: true,
        changedSinceMyReview: false,
      });
      expect(await row(admin, applications[0].id)).toMatchObject({ averageScore: 3, reviewedByMe: true });

      await applications[0].client.patch(`/api/applications/${applications[0].id}`, { needsPower: true });
      expect(await row(reviewer, applications[0].id)).toMatchObject({ needsPower: true, changedSinceMyReview: true });
      // The other page of the same list is unaffected and still right.
      expect(
        (await reviewer.get(`/api/events/${eventId}/applications?sort=score&pageSize=1&page=2`)).body,
      ).toMatchObject({ total: 2, items: [expect.objectContaining({ id: applications[1].id })] });
    });

    it('refuses bad query values with field errors', async () => {
      const { eventId } = await eventWithSubmissions(t, admin, 1);
      const res = await admin.get(`/api/events/${eventId}/applications?sort=random&pageSize=1000`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pageSize', 'sort']);
    });

    it('is closed to applicants', async () => {
      const { eventId, applications } = await eventWithSubmissions(t, admin, 1);
      expect((await applications[0].client.get(`/api/events/${eventId}/applications`)).status).toBe(403);
    });
  });
});
