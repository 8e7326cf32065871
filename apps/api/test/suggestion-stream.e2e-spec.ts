import { Role, Stand, SUGGESTION_STREAM_TYPE, SuggestionStreamLine } from '@markt/shared';
import { eventWithSubmissions } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const STANDS = 30;
const stand = (i: number): Stand => ({
  number: String(i + 1),
  x: (i % 10) * 2,
  y: Math.floor(i / 10) * 3,
  width: 2,
  depth: 1,
  rotation: 0,
  hasPower: i % 3 === 0,
  stepFree: true,
  capacity: 1,
});

describe.each(DATABASES)('suggestion with progress (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let reviewer: TestClient;
  let eventId: string;
  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
    reviewer = (await t.as(Role.Reviewer)).client;
    const board = await eventWithSubmissions(t, admin, STANDS - 3, { minReviews: 0 });
    eventId = board.eventId;
    await admin.post(`/api/events/${eventId}/decisions`, {
      applicationIds: board.applications.map((a) => a.id),
      decision: 'accepted',
      confirmOverCapacity: true,
    });
    await admin.agent
      .put(`/api/events/${eventId}/floor-plan`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({
        width: 22,
        depth: 10,
        features: [],
        stands: Array.from({ length: STANDS }, (_v, i) => stand(i)),
        version: 0,
      })
      .expect(200);
  }, 120_000);
  afterAll(() => t.close());

  const streamed = (client: TestClient) =>
    client.agent
      .post(`/api/events/${eventId}/assignments/suggest`)
      .set('X-XSRF-TOKEN', client.xsrf)
      .set('Accept', SUGGESTION_STREAM_TYPE)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done(null, text));
      })
      .send({ seed: 7 });

  it('reports progress while it searches and ends with the same suggestion as the plain answer', async () => {
    const res = await streamed(admin).expect(200);
    expect(res.headers['content-type']).toContain(SUGGESTION_STREAM_TYPE);
    const lines = (res.body as string)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SuggestionStreamLine);
    const progress = lines.filter((line) => 'progress' in line);
    expect(progress.length).toBeGreaterThan(0);
    for (const line of progress)
      if ('progress' in line) expect(line.progress.work).toBeLessThanOrEqual(line.progress.budget);
    const last = lines[lines.length - 1];
    expect('result' in last).toBe(true);
    const plain = (await admin.post(`/api/events/${eventId}/assignments/suggest`, { seed: 7 }).expect(200)).body;
    if ('result' in last) {
      expect(last.result.placements).toHaveLength(STANDS - 3);
      expect(last.result).toEqual(plain);
    }
  });

  it('refuses other roles with their status, not as a stream', async () => {
    const res = await streamed(reviewer).expect(403);
    expect(res.headers['content-type']).toContain('application/json');
  });
});
