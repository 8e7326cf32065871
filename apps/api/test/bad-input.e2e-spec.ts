import { FeatureKind, FLOOR_PLAN_LIMITS, FloorFeature, Role, Stand } from '@markt/shared';
import { gzipSync } from 'node:zlib';
import { JSON_BODY_LIMIT, MAX_BODY_DEPTH } from '../src/app/common/body-parsing';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { PNG } from './fixtures';
import { eventWithSubmissions } from './review-board';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

/** The largest plan the contract allows: 1,000 stands with full notes, 500 labelled features. */
function largestPlan() {
  const stands: Stand[] = Array.from({ length: FLOOR_PLAN_LIMITS.stands }, (_, i) => ({
    number: String(i + 1),
    x: (i % 40) * 4.5,
    y: Math.floor(i / 40) * 3,
    width: 2,
    depth: 1,
    rotation: 0,
    hasPower: i % 2 === 0,
    stepFree: true,
    capacity: 2,
    // Three UTF-8 bytes a character, as a browser sends it.
    notes: '€'.repeat(FLOOR_PLAN_LIMITS.notes),
  }));
  const features: FloorFeature[] = Array.from({ length: FLOOR_PLAN_LIMITS.features }, (_, i) => ({
    id: `feature-${i}`,
    kind: FeatureKind.PowerSocket,
    x: (i % 50) * 4,
    y: 190,
    width: 0.2,
    depth: 0.2,
    rotation: 0,
    label: '€'.repeat(100),
  }));
  return { width: 200, depth: 200, features, stands, version: 0 };
}

describe.each(DATABASES)('bad input answers 4xx in the ApiError shape (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let anonymous: TestClient;
  let eventId: string;
  let applicant: TestClient;
  let applicationId: string;

  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
    anonymous = await t.client();
    const board = await eventWithSubmissions(t, admin, 1);
    eventId = board.eventId;
    applicant = board.applications[0].client;
    applicationId = board.applications[0].id;
  }, 60_000);
  afterAll(() => t.close());

  function raw(client: TestClient, method: 'post' | 'put' | 'patch', url: string, type: string, data: Buffer) {
    return client.agent[method](url)
      .set('X-XSRF-TOKEN', client.xsrf)
      .set('Content-Type', type)
      .serialize((body) => body)
      .send(data);
  }

  describe('body parsing', () => {
    it('refuses a body over the limit with 413', async () => {
      const res = await raw(
        anonymous,
        'post',
        '/api/feedback',
        'application/json',
        Buffer.from(JSON.stringify({ message: 'x'.repeat(10 * 1024 * 1024) })),
      );
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ statusCode: 413, code: 'payload_too_large', params: { max: JSON_BODY_LIMIT } });
    });

    it('answers a 1 MB string field with the field’s own limit', async () => {
      const res = await anonymous.post('/api/feedback', { message: 'x'.repeat(1024 * 1024) });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'message', code: 'maxLength' })]);
    });

    it.each([
      ['an unknown charset', 'application/json; charset=klingon', Buffer.from('{"message":"x"}')],
      ['UTF-16', 'application/json; charset=utf-16le', Buffer.from('{"message":"x"}', 'utf16le')],
      ['text/plain', 'text/plain', Buffer.from('{"message":"x"}')],
      ['a form', 'application/x-www-form-urlencoded', Buffer.from('message=x')],
      ['multipart on a JSON route', 'multipart/form-data; boundary=b', Buffer.from('--b\r\n\r\nx\r\n--b--\r\n')],
    ])('refuses %s with 415', async (_name, type, data) => {
      const res = await raw(anonymous, 'post', '/api/feedback', type, data);
      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ statusCode: 415, code: 'unsupported_media_type' });
    });

    it('refuses a compressed body with 415', async () => {
      const res = await anonymous.agent
        .post('/api/feedback')
        .set('X-XSRF-TOKEN', anonymous.xsrf)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .serialize((body) => body)
        .send(gzipSync('{"message":"x"}'));
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('unsupported_media_type');
    });

    it.each([
      ['broken JSON', '{"message":'],
      ['a bare value', '"message"'],
      ['20,000 levels of nesting', '['.repeat(20_000) + ']'.repeat(20_000)],
      [
        `${MAX_BODY_DEPTH + 1} levels of nesting`,
        '{"a":'.repeat(MAX_BODY_DEPTH + 1) + '1' + '}'.repeat(MAX_BODY_DEPTH + 1),
      ],
    ])('refuses %s with 400 malformed_body', async (_name, text) => {
      const res = await raw(anonymous, 'post', '/api/feedback', 'application/json', Buffer.from(text));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'malformed_body' });
    });

    it.each([
      ['a lone surrogate', 'email', { email: 'x\ud800@example.org', password: 'a-long-password', name: 'Sam' }],
      ['NUL', 'name', { email: 'nul@example.org', password: 'a-long-password', name: 'Sa\u0000m' }],
    ])('names the field with %s', async (_name, field, body) => {
      const res = await anonymous.post('/api/auth/register', body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code: 'invalidCharacters' })]);
    });

    it('finds bad characters in nested fields and in keys', async () => {
      const res = await admin.patch(`/api/events/${eventId}`, {
        reviewCriteria: [{ label: 'ok' }, { label: 'a\udc00' }],
        ['\u0000']: 1,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'reviewCriteria.1.label', code: 'invalidCharacters' }),
          expect.objectContaining({ field: '\ufffd', code: 'invalidCharacters' }),
        ]),
      );
    });
  });

  describe('null and wrong types', () => {
    it.each([
      ['users', { name: null }, 'name'],
      ['users', { active: null }, 'active'],
      ['events', { title: null }, 'title'],
      ['events', { reviewCriteria: null }, 'reviewCriteria'],
      ['events', { minReviews: null }, 'minReviews'],
    ])('PATCH /api/%s/:id refuses %j', async (collection, body, field) => {
      const id = collection === 'events' ? eventId : (await t.createUser(Role.Reviewer)).id;
      const res = await admin.patch(`/api/${collection}/${id}`, body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
    });

    it('refuses nested arrays where objects are expected', async () => {
      const res = await admin.post('/api/events', {
        ...EVENT_2027,
        reviewCriteria: [[{ label: 'Qualität', min: 1, max: 5 }]],
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reviewCriteria', code: 'isObject' })]);
    });

    it.each([-9e-323, 1e-7, 0.1 + 0.2])(
      'refuses the measure %p (too many decimal places) as a field error',
      async (n) => {
        const application = await applicant.patch(`/api/applications/${applicationId}`, { standWidth: n });
        expect(application.status).toBe(400);
        expect(application.body.errors).toEqual([expect.objectContaining({ field: 'standWidth', code: 'isNumber' })]);

        const { body: plan } = await admin.get(`/api/events/${eventId}/floor-plan`);
        const { width, depth, stands, version } = plan;
        const feature = { id: 'f1', kind: FeatureKind.PowerSocket, x: 1, y: 1, width: 1, depth: n, rotation: 0 };
        const saved = await admin.put(`/api/events/${eventId}/floor-plan`, {
          width,
          depth,
          stands,
          version,
          features: [feature],
        });
        expect(saved.status).toBe(400);
        expect(saved.body.errors).toEqual([expect.objectContaining({ field: 'features.0.depth', code: 'isNumber' })]);
      },
    );

    it('still lets an applicant clear a field with null', async () => {
      const res = await applicant.patch(`/api/applications/${applicationId}`, { organisationWebsite: null });
      expect(res.status).toBe(200);
      expect(res.body.organisationWebsite).toBeUndefined();
    });
  });

  describe('uploads', () => {
    const upload = (type: string, data: Buffer) =>
      raw(applicant, 'put', `/api/applications/${applicationId}/logo`, type, data);

    it('refuses JSON on an upload route with 415', async () => {
      const res = await upload('application/json', Buffer.from('{"logo":"x"}'));
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('unsupported_media_type');
    });

    it.each([
      ['a file in another field', 'file', 1],
      ['two files', 'logo', 2],
    ])('answers %s with 400', async (_name, field, count) => {
      let request = applicant.agent.put(`/api/applications/${applicationId}/logo`).set('X-XSRF-TOKEN', applicant.xsrf);
      for (let i = 0; i < count; i++)
        request = request.attach(field, PNG, { filename: `${i}.png`, contentType: 'image/png' });
      const res = await request;
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', message: expect.any(String) });
    });

    it('answers a file over the cut-off with 413 payload_too_large', async () => {
      const res = await applicant.agent
        .put(`/api/applications/${applicationId}/logo`)
        .set('X-XSRF-TOKEN', applicant.xsrf)
        .attach('logo', Buffer.alloc(10 * 1024 * 1024 + 1), { filename: 'big.png', contentType: 'image/png' });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('payload_too_large');
    });
  });

  describe('URLs', () => {
    it('answers a malformed percent-encoding in a path parameter with 400 JSON', async () => {
      const res = await admin.get('/api/events/%E0%A4%A');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    });

    it.each([
      ['NUL', 'q=%00', 'q'],
      ['a repeated key', 'page=1&page=2', 'page'],
      ['a page beyond any database offset', 'page=99999999999999999999', 'page'],
    ])('answers %s in the query with 400', async (_name, query, field) => {
      const res = await admin.get(`/api/events/${eventId}/applications?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
    });
  });

  it('saves the largest plan the contract allows', async () => {
    const plan = largestPlan();
    const body = JSON.stringify(plan);
    expect(Buffer.byteLength(body)).toBeGreaterThan(1.5 * 1024 * 1024);
    const { body: event } = await admin.post('/api/events', { ...EVENT_2027, title: 'Große Halle' });
    const res = await raw(admin, 'put', `/api/events/${event.id}/floor-plan`, 'application/json', Buffer.from(body));
    expect(res.status).toBe(200);
    expect(res.body.stands).toHaveLength(FLOOR_PLAN_LIMITS.stands);
  }, 60_000);
});
