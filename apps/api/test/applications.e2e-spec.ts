import { ApplicationFields, ApplicationStatus, EventStatus, Role } from '@markt/shared';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { AuditEntry } from '../src/app/audit/audit-entry.entity';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { COMPLETE, JPEG, PDF, PNG, SVG } from './fixtures';
import { createTestApp, DATABASES, PASSWORD, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('applications (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
    eventId = (
      await admin.post('/api/events', {
        ...EVENT_2027,
        title: 'Offene Konferenz',
      })
    ).body.id;
  });
  afterAll(() => t.close());

  async function applicantWithDraft(fields: ApplicationFields = {}) {
    const { client, user } = await t.as(Role.Applicant);
    const created = await client.post(`/api/events/${eventId}/applications`);
    expect(created.status).toBe(201);
    if (Object.keys(fields).length > 0) {
      const patched = await client.patch(`/api/applications/${created.body.id}`, fields);
      expect(patched.status).toBe(200);
    }
    return { client, user, id: created.body.id as string };
  }

  async function submitted() {
    const draft = await applicantWithDraft(COMPLETE);
    expect((await draft.client.post(`/api/applications/${draft.id}/submit`)).status).toBe(200);
    return draft;
  }

  function setStatus(id: string, status: ApplicationStatus) {
    return t.app.get(DataSource).getRepository(Application).update({ id }, { status });
  }

  describe('drafts', () => {
    it('creates a draft pre-filled with the account holder as contact', async () => {
      const { client, user, id } = await applicantWithDraft();
      const res = await client.get(`/api/applications/${id}`);
      expect(res.body).toMatchObject({
        status: 'draft',
        eventId,
        applicantId: user.id,
        contactEmail: user.email,
      });
      expect((await client.get('/api/applications')).body.map((a: { id: string }) => a.id)).toEqual([id]);
    });

    it('saves partial progress and keeps earlier fields', async () => {
      const { client, id } = await applicantWithDraft({
        organisationName: 'Initiative X (fiktiv)',
      });
      await client.patch(`/api/applications/${id}`, {
        projectTitle: 'Projekt Y',
      });
      const res = await client.get(`/api/applications/${id}`);
      expect(res.body).toMatchObject({
        organisationName: 'Initiative X (fiktiv)',
        projectTitle: 'Projekt Y',
      });
    });

    it('lets a draft clear a field again with an empty value', async () => {
      const { client, id } = await applicantWithDraft({
        organisationWebsite: 'https://x.example.org',
      });
      expect(
        (
          await client.patch(`/api/applications/${id}`, {
            organisationWebsite: '',
          })
        ).status,
      ).toBe(200);
      expect((await client.get(`/api/applications/${id}`)).body.organisationWebsite).toBeUndefined();
    });

    it('starting again answers the draft the applicant already has (200), and makes no second one', async () => {
      const { client, id } = await applicantWithDraft({ projectTitle: 'Schon begonnen' });
      const again = await client.post(`/api/events/${eventId}/applications`);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id, status: 'draft', projectTitle: 'Schon begonnen' });
      expect((await client.get(`/api/applications?eventId=${eventId}`)).body).toHaveLength(1);
      // Another applicant is never answered someone else's application.
      const other = await (await t.as(Role.Applicant)).client.post(`/api/events/${eventId}/applications`);
      expect(other.status).toBe(201);
      expect(other.body.id).not.toBe(id);
    });

    it('starting again after submitting answers the submitted application, unchanged', async () => {
      const { client, id } = await submitted();
      const again = await client.post(`/api/events/${eventId}/applications`);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id, status: 'submitted' });
      expect((await client.get(`/api/applications?eventId=${eventId}`)).body).toHaveLength(1);
    });

    it('staff cannot create applications', async () => {
      const { client } = await t.as(Role.Reviewer);
      expect((await client.post(`/api/events/${eventId}/applications`)).status).toBe(403);
    });

    it('records consent with its time and clears the time when consent is withdrawn', async () => {
      const { client, id } = await applicantWithDraft({
        publicationConsent: true,
      });
      const given = (await client.get(`/api/applications/${id}`)).body;
      expect(Date.parse(given.publicationConsentAt)).toBeGreaterThan(Date.now() - 60_000);
      await client.patch(`/api/applications/${id}`, {
        publicationConsent: false,
      });
      expect((await client.get(`/api/applications/${id}`)).body.publicationConsentAt).toBeNull();
    });
  });

  describe('field rules', () => {
    it.each([
      ['organisationName', 'x'.repeat(201), 'maxLength'],
      ['organisationType', 'partei', 'isEnum'],
      ['organisationWebsite', 'javascript:alert(1)', 'isUrl'],
      ['organisationWebsite', 'www.ohne-protokoll.de', 'isUrl'],
      ['contactEmail', 'keine-mail', 'isEmail'],
      ['contactPhone', 'call me', 'matches'],
      ['shortText', 'x'.repeat(401), 'maxLength'],
      ['topics', 'Demokratiebildung', 'isArray'],
      ['topics', ['Erfundenes Thema'], 'unknownTopic'],
      ['peopleAttending', 0, 'min'],
      ['peopleAttending', 21, 'max'],
      ['peopleAttending', 1.5, 'isInt'],
      ['tables', 11, 'max'],
      ['standWidth', 0.5, 'min'],
      ['standWidth', 2.25, 'isNumber'],
      ['needsPower', 'ja', 'isBoolean'],
      ['status', 'accepted', 'whitelistValidation'],
      ['applicantId', '00000000-0000-4000-8000-000000000000', 'whitelistValidation'],
    ])('refuses %s = %j with code %s and saves nothing', async (field, value, code) => {
      const { client, id } = await applicantWithDraft({
        projectTitle: 'Bleibt',
      });
      const res = await client.patch(`/api/applications/${id}`, {
        projectTitle: 'Geändert',
        [field]: value,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
      expect((await client.get(`/api/applications/${id}`)).body.projectTitle).toBe('Bleibt');
    });

    it('stores markup as plain text, unchanged', async () => {
      const { client, id } = await applicantWithDraft({
        projectTitle: '<script>alert("x")</script>',
      });
      expect((await client.get(`/api/applications/${id}`)).body.projectTitle).toBe('<script>alert("x")</script>');
    });
  });

  describe('submission', () => {
    it('submits a complete application', async () => {
      const { client, id } = await submitted();
      const res = await client.get(`/api/applications/${id}`);
      expect(res.body.status).toBe('submitted');
      expect(res.body.submittedAt).toBeTruthy();
    });

    it('names every missing field, the missing topic and the missing consents', async () => {
      const { client, id } = await applicantWithDraft({
        organisationName: 'Nur ein Name',
      });
      const res = await client.post(`/api/applications/${id}/submit`);
      expect(res.status).toBe(400);
      const fields = res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
      expect(fields).toEqual(
        expect.arrayContaining([
          'projectTitle:required',
          'topics:required',
          'shortText:required',
          'privacyConsent:mustAccept',
          'termsAccepted:mustAccept',
        ]),
      );
      expect(fields).not.toContain('organisationName:required');
      expect((await client.get(`/api/applications/${id}`)).body.status).toBe('draft');
    });

    it('refuses submission after the deadline', async () => {
      const { client, id } = await applicantWithDraft(COMPLETE);
      const closing = await admin.post('/api/events', {
        ...EVENT_2027,
        title: 'Bald geschlossen',
      });
      const late = await t.as(Role.Applicant);
      const lateDraft = await late.client.post(`/api/events/${closing.body.id}/applications`);
      await late.client.patch(`/api/applications/${lateDraft.body.id}`, COMPLETE);
      await admin.patch(`/api/events/${closing.body.id}`, {
        applicationOpensAt: '2020-01-01T00:00:00.000Z',
        applicationClosesAt: '2020-02-01T00:00:00.000Z',
      });
      const res = await late.client.post(`/api/applications/${lateDraft.body.id}/submit`);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('deadline_passed');
      expect(
        (
          await late.client.patch(`/api/applications/${lateDraft.body.id}`, {
            projectTitle: 'Zu spät',
          })
        ).status,
      ).toBe(409);
      // Nothing new starts after the deadline; asking again only answers the draft there is.
      const again = await late.client.post(`/api/events/${closing.body.id}/applications`);
      expect([again.status, again.body.id]).toEqual([200, lateDraft.body.id]);
      const newcomer = await t.as(Role.Applicant);
      const refused = await newcomer.client.post(`/api/events/${closing.body.id}/applications`);
      expect([refused.status, refused.body.code]).toEqual([409, 'application_period_closed']);
      // The other event is unaffected.
      expect((await client.post(`/api/applications/${id}/submit`)).status).toBe(200);
    });

    it('allows edits after submission, keeps them complete and marks them as changed', async () => {
      const { client, id } = await submitted();
      const edit = await client.patch(`/api/applications/${id}`, {
        projectTitle: 'Neuer Titel',
      });
      expect(edit.status).toBe(200);
      expect(edit.body.changedAfterSubmissionAt).toBeTruthy();
      expect(edit.body.status).toBe('submitted');
      const emptied = await client.patch(`/api/applications/${id}`, {
        projectTitle: '',
      });
      expect(emptied.status).toBe(400);
      expect(emptied.body.errors).toContainEqual(expect.objectContaining({ field: 'projectTitle', code: 'required' }));
    });
  });

  describe('lifecycle', () => {
    it('withdraws from any status but withdrawn, and then nothing else is possible', async () => {
      const { client, id } = await submitted();
      const res = await client.post(`/api/applications/${id}/withdraw`);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('withdrawn');
      for (const action of ['withdraw', 'submit', 'confirm']) {
        const again = await client.post(`/api/applications/${id}/${action}`);
        expect(again.status).toBe(409);
        expect(again.body.code).toBe('invalid_transition');
      }
      expect((await client.patch(`/api/applications/${id}`, { projectTitle: 'x' })).status).toBe(409);
    });

    it('a withdrawn application makes room for a new one', async () => {
      const { client, id } = await applicantWithDraft();
      await client.post(`/api/applications/${id}/withdraw`);
      expect((await client.post(`/api/events/${eventId}/applications`)).status).toBe(201);
    });

    it('confirms participation only once accepted', async () => {
      const { client, id } = await submitted();
      expect((await client.post(`/api/applications/${id}/confirm`)).status).toBe(409);
      await setStatus(id, ApplicationStatus.Accepted);
      const res = await client.post(`/api/applications/${id}/confirm`);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('confirmed');
    });

    it.each([ApplicationStatus.Accepted, ApplicationStatus.Rejected, ApplicationStatus.Waitlisted])(
      'cannot edit or resubmit an application that is %s',
      async (status) => {
        const { client, id } = await submitted();
        await setStatus(id, status);
        expect((await client.patch(`/api/applications/${id}`, { projectTitle: 'x' })).body.code).toBe('not_editable');
        expect((await client.post(`/api/applications/${id}/submit`)).body.code).toBe('invalid_transition');
      },
    );

    it('can resubmit when staff asked for changes', async () => {
      const { client, id } = await submitted();
      await setStatus(id, ApplicationStatus.ChangesRequested);
      expect((await client.post(`/api/applications/${id}/submit`)).body.status).toBe('submitted');
    });

    it('writes every state change to the audit log with actor and from → to', async () => {
      const { client, user, id } = await submitted();
      await client.post(`/api/applications/${id}/withdraw`);
      const history = (await client.get(`/api/applications/${id}/history`)).body;
      expect(
        history.map((h: { fromStatus: string; toStatus: string; actorRole: string }) => [
          h.fromStatus,
          h.toStatus,
          h.actorRole,
        ]),
      ).toEqual([
        [null, 'draft', 'applicant'],
        ['draft', 'submitted', 'applicant'],
        ['submitted', 'withdrawn', 'applicant'],
      ]);
      const rows = await t.app.get(DataSource).getRepository(AuditEntry).findBy({ entityId: id });
      expect(rows.map((r) => r.actorId)).toEqual([user.id, user.id, user.id]);
    });
  });

  describe('logo', () => {
    function upload(client: TestClient, id: string, content: Buffer, name: string, type: string) {
      return client.agent
        .put(`/api/applications/${id}/logo`)
        .set('X-XSRF-TOKEN', client.xsrf)
        .attach('logo', content, { filename: name, contentType: type });
    }

    it('accepts a PNG and a JPEG and serves them back to the owner and, once submitted, to staff', async () => {
      const { client, id } = await applicantWithDraft(COMPLETE);
      const png = await upload(client, id, PNG, 'logo.png', 'image/png');
      expect(png.status).toBe(200);
      expect(png.body.hasLogo).toBe(true);
      const served = await client.get(`/api/applications/${id}/logo`);
      expect(served.headers['content-type']).toBe('image/png');
      // Stored re-encoded: the same image, not the same bytes.
      expect(await sharp(served.body as Buffer).metadata()).toMatchObject({ format: 'png', width: 1, height: 1 });

      expect((await upload(client, id, JPEG, 'logo.jpg', 'image/jpeg')).status).toBe(200);
      const { client: reviewer } = await t.as(Role.Reviewer);
      expect((await reviewer.get(`/api/applications/${id}/logo`)).status).toBe(404);
      await client.post(`/api/applications/${id}/submit`);
      expect((await reviewer.get(`/api/applications/${id}/logo`)).headers['content-type']).toBe('image/jpeg');
    });

    it.each([
      ['a PDF renamed to .png', PDF, 'logo.png', 'image/png', 'fileType'],
      ['an SVG', SVG, 'logo.svg', 'image/svg+xml', 'fileType'],
      ['a PNG over 2 MB', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]), 'big.png', 'image/png', 'fileTooLarge'],
    ])('refuses %s with a field error', async (_label, content, name, type, code) => {
      const { client, id } = await applicantWithDraft();
      const res = await upload(client, id, content, name, type);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'logo', code })]);
      expect((await client.get(`/api/applications/${id}`)).body.hasLogo).toBe(false);
    });
  });

  describe('other accounts', () => {
    it('an applicant can neither read nor change nor act on another applicant’s application', async () => {
      const owner = await submitted();
      await owner.client.agent
        .put(`/api/applications/${owner.id}/logo`)
        .set('X-XSRF-TOKEN', owner.client.xsrf)
        .attach('logo', PNG, { filename: 'l.png', contentType: 'image/png' });
      const { client: intruder } = await t.as(Role.Applicant);
      const base = `/api/applications/${owner.id}`;
      const attempts = [
        await intruder.get(base),
        await intruder.get(`${base}/history`),
        await intruder.get(`${base}/logo`),
        await intruder.patch(base, { projectTitle: 'Übernommen' }),
        await intruder.post(`${base}/withdraw`),
        await intruder.post(`${base}/submit`),
        await intruder.post(`${base}/confirm`),
        await intruder.agent.put(`${base}/logo`).set('X-XSRF-TOKEN', intruder.xsrf).attach('logo', PNG, 'x.png'),
      ];
      for (const res of attempts) {
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain('Argumente');
      }
      expect((await intruder.get('/api/applications')).body).toEqual([]);
      expect((await intruder.get(`/api/applications?eventId=${eventId}`)).body).toEqual([]);
      const after = (await owner.client.get(base)).body;
      expect(after).toMatchObject({
        status: 'submitted',
        projectTitle: COMPLETE.projectTitle,
      });
    });

    it('staff list an event’s applications and read them, but cannot edit them', async () => {
      const owner = await submitted();
      const { client: reviewer } = await t.as(Role.Reviewer);
      const list = await reviewer.get(`/api/events/${eventId}/applications?pageSize=100`);
      expect(list.body.items.map((a: { id: string }) => a.id)).toContain(owner.id);
      expect((await reviewer.get(`/api/applications/${owner.id}`)).status).toBe(200);
      expect(
        (
          await reviewer.patch(`/api/applications/${owner.id}`, {
            projectTitle: 'x',
          })
        ).status,
      ).toBe(403);
      // The own-applications list is the applicant's alone; staff work from the staff list.
      expect((await reviewer.get('/api/applications')).status).toBe(403);
      expect((await reviewer.get(`/api/applications?eventId=${eventId}`)).status).toBe(403);
    });

    it('anonymous callers get 401 everywhere', async () => {
      const owner = await submitted();
      const anonymous = await t.client();
      expect((await anonymous.get(`/api/applications/${owner.id}`)).status).toBe(401);
      expect((await anonymous.get('/api/applications')).status).toBe(401);
      expect((await anonymous.post(`/api/events/${eventId}/applications`)).status).toBe(401);
      expect((await anonymous.get('/api/me/export')).status).toBe(401);
    });
  });

  describe('my data', () => {
    it('exports everything stored about the account as JSON', async () => {
      const { client, user, id } = await submitted();
      const res = await client.get('/api/me/export');
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain('attachment');
      expect(res.body.account).toMatchObject({
        id: user.id,
        email: user.email,
      });
      expect(res.body.applications).toEqual([expect.objectContaining({ id, projectTitle: COMPLETE.projectTitle })]);
      expect(res.body.history.length).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(res.body)).not.toContain('passwordHash');
    });

    it('deletes the account: drafts and withdrawn applications go, submitted ones are anonymised', async () => {
      const { client, user, id: submittedId } = await submitted();
      const repo = t.app.get(DataSource).getRepository(Application);
      // A second, older application of the same account that was withdrawn.
      const other = await admin.post('/api/events', {
        ...EVENT_2027,
        title: 'Zweite Konferenz',
      });
      const draft = (await client.post(`/api/events/${other.body.id}/applications`)).body.id;

      const wrong = await client.delete('/api/me', { password: 'not-the-password' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'password', code: 'wrongPassword' })]);
      expect((await client.delete('/api/me', {})).status).toBe(400);
      expect(await repo.findOneBy({ id: draft })).not.toBeNull();

      const res = await client.delete('/api/me', { password: PASSWORD });
      expect(res.status).toBe(204);
      expect(await repo.findOneBy({ id: draft })).toBeNull();
      const kept = await repo.findOneByOrFail({ id: submittedId });
      expect(kept).toMatchObject({
        applicantId: null,
        contactName: null,
        contactEmail: null,
        staffNames: null,
      });
      expect(kept.projectTitle).toBe(COMPLETE.projectTitle);
      expect((await client.get('/api/auth/me')).status).toBe(204);
      expect(
        (
          await (
            await t.client()
          ).post('/api/auth/login', {
            email: user.email,
            password: 'a-long-test-password',
          })
        ).status,
      ).toBe(401);
    });

    it('staff cannot delete their account themselves', async () => {
      const { client } = await t.as(Role.Reviewer);
      expect((await client.delete('/api/me', { password: PASSWORD })).status).toBe(403);
    });
  });
});

describe('applications for an event that is not published', () => {
  it('cannot be started for a draft event', async () => {
    const t = await createTestApp('sqlite');
    try {
      const { client: admin } = await t.as(Role.Admin);
      const draft = await admin.post('/api/events', {
        ...EVENT_2027,
        status: EventStatus.Draft,
      });
      const { client } = await t.as(Role.Applicant);
      expect((await client.post(`/api/events/${draft.body.id}/applications`)).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
