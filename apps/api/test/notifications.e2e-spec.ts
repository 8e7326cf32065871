import { LANGUAGES, OutboxStatus, Role, SECRET_LINK, TEMPLATE_KINDS } from '@markt/shared';
import { DataSource } from 'typeorm';
import { PasswordResetToken } from '../src/app/auth/password-reset-token.entity';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { OutboxService } from '../src/app/notifications/outbox.service';
import { applicationMailTo, verifyFromOutbox } from './mailbox';
import { eventWithSubmissions } from './review-board';
import { startSmtpSink } from './smtp-sink';
import { createTestApp, DATABASES, PASSWORD, TestApp, TestClient } from './test-app';

const MINUTE = 60_000;

describe.each(DATABASES)('email outbox and password reset (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let outbox: OutboxService;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp(database, {
      SMTP_URL: smtp.url,
      OUTBOX_INTERVAL_SECONDS: '0',
      OUTBOX_MAX_ATTEMPTS: '3',
      PUBLIC_URL: 'https://markt.example.org',
    });
    admin = (await t.as(Role.Admin)).client;
    outbox = t.app.get(OutboxService);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.state.refuse = false;
  });

  /** The one message to an address; an application's mail where a verification link went there too. */
  async function messageTo(to: string): Promise<OutboxMessage> {
    const all = await t.app.get(DataSource).getRepository(OutboxMessage).findBy({ to });
    return all.length === 1 ? all[0] : applicationMailTo(t, to);
  }

  it('stores the submission email and delivers it through SMTP', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    expect((await messageTo(app.email)).status).toBe(OutboxStatus.Pending);
    expect(await outbox.deliverDue()).toBeGreaterThanOrEqual(1);
    const mail = smtp.received.find((m) => m.to.includes(app.email));
    expect(mail?.raw).toContain('Subject: Bewerbung eingegangen');
    expect(mail?.text).toContain(`https://markt.example.org/bewerbungen/${app.id}`);
    expect(await messageTo(app.email)).toMatchObject({
      status: OutboxStatus.Sent,
      attempts: 1,
    });
  });

  it('retries a failed delivery with back-off and never loses the message', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    smtp.state.refuse = true;
    const now = new Date();
    await outbox.deliverDue(now);
    const failed = await messageTo(app.email);
    expect(failed).toMatchObject({ status: OutboxStatus.Pending, attempts: 1 });
    expect(failed.lastError).toContain('451');
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(now.getTime() + MINUTE);

    smtp.state.refuse = false;
    await outbox.deliverDue(new Date(now.getTime() + 30_000));
    expect((await messageTo(app.email)).attempts).toBe(1); // not due yet

    await outbox.deliverDue(new Date(now.getTime() + 2 * MINUTE));
    expect(await messageTo(app.email)).toMatchObject({
      status: OutboxStatus.Sent,
      attempts: 2,
      lastError: null,
    });
    expect(smtp.received.filter((m) => m.to.includes(app.email))).toHaveLength(1);
  });

  it('gives up after the last attempt, keeps the message visible, and an admin can retry it', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    smtp.state.refuse = true;
    let clock = Date.now();
    for (let i = 0; i < 3; i++) {
      await outbox.deliverDue(new Date(clock));
      clock += 7 * 3600_000;
    }
    const failed = await messageTo(app.email);
    expect(failed).toMatchObject({ status: OutboxStatus.Failed, attempts: 3 });
    expect((await admin.get('/api/outbox')).body).toContainEqual(
      expect.objectContaining({ id: failed.id, status: 'failed' }),
    );

    smtp.state.refuse = false;
    expect((await admin.post(`/api/outbox/${failed.id}/retry`)).body.status).toBe('pending');
    await outbox.deliverDue();
    expect((await messageTo(app.email)).status).toBe(OutboxStatus.Sent);
  });

  it('lets an admin correct a message before it goes out', async () => {
    const {
      applications: [app],
    } = await eventWithSubmissions(t, admin, 1);
    const pending = await messageTo(app.email);
    const res = await admin.patch(`/api/outbox/${pending.id}`, {
      subject: 'Korrigierter Betreff',
    });
    expect(res.body.subject).toBe('Korrigierter Betreff');
    await outbox.deliverDue();
    expect(smtp.received.find((m) => m.to.includes(app.email))?.raw).toContain('Korrigierter Betreff');
    expect((await admin.patch(`/api/outbox/${pending.id}`, { subject: 'Zu spät' })).status).toBe(404);
  });

  it('uses the event’s own template in the applicant’s language, and checks placeholders', async () => {
    const { eventId } = await eventWithSubmissions(t, admin, 0);
    const bad = await admin.agent
      .put(`/api/events/${eventId}/email-templates/submission_received/en`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ subject: 'Thanks {name}', body: 'Body' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({
        field: 'subject',
        code: 'unknownPlaceholder',
        params: { placeholders: 'name' },
      }),
    ]);

    const saved = await admin.agent
      .put(`/api/events/${eventId}/email-templates/submission_received/en`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({
        subject: 'We got your application for {event}',
        body: 'Dear {organisation}, see {link}',
      });
    expect(saved.body).toMatchObject({ customised: true });
    // Applicant-written text never stands in a subject line.
    const lure = await admin.agent
      .put(`/api/events/${eventId}/email-templates/submission_received/en`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ subject: 'We got “{project}”', body: 'x' });
    expect(lure.status).toBe(400);
    expect(lure.body.errors).toEqual([
      expect.objectContaining({ field: 'subject', code: 'unknownPlaceholder', params: { placeholders: 'project' } }),
    ]);
    const templates = (await admin.get(`/api/events/${eventId}/email-templates`)).body;
    expect(templates).toHaveLength(TEMPLATE_KINDS.length * LANGUAGES.length);
    expect(
      templates.find((x: { kind: string; language: string }) => x.kind === 'submission_received' && x.language === 'de')
        .customised,
    ).toBe(false);

    const applicant = await t.client();
    const email = `english-${Date.now()}@example.org`;
    await applicant.post('/api/auth/register', {
      email,
      password: PASSWORD,
      name: 'English Speaker',
      language: 'en',
    });
    await verifyFromOutbox(t, email);
    const id = (await applicant.post(`/api/events/${eventId}/applications`)).body.id;
    const { COMPLETE } = await import('./fixtures');
    await applicant.patch(`/api/applications/${id}`, {
      ...COMPLETE,
      contactEmail: email,
    });
    await applicant.post(`/api/applications/${id}/submit`);
    const mail = await messageTo(email);
    const event = (await admin.get(`/api/events/${eventId}`)).body;
    expect(mail.subject).toBe(`We got your application for ${event.title}`);
    expect(mail.body).toBe(`Dear “${COMPLETE.organisationName}”, see https://markt.example.org/bewerbungen/${id}`);
  });

  it('templates and the outbox are for admins only', async () => {
    const { client: reviewer } = await t.as(Role.Reviewer);
    expect((await reviewer.get('/api/outbox')).status).toBe(403);
    const { eventId } = await eventWithSubmissions(t, admin, 0);
    expect((await reviewer.get(`/api/events/${eventId}/email-templates`)).status).toBe(403);
  });

  describe('password reset', () => {
    async function requestLink(email: string): Promise<string> {
      const res = await (await t.client()).post('/api/auth/password-reset', { email });
      expect(res.status).toBe(204);
      const message = await messageTo(email);
      const match = /token=([\w%-]+)/.exec(message.secret ?? '');
      return decodeURIComponent(match![1]);
    }

    it('mails a one-time link that sets a new password and ends all sessions', async () => {
      const user = await t.createUser(Role.Applicant);
      const session = await (await t.client()).login(user.email);
      const token = await requestLink(user.email);
      const message = await messageTo(user.email);
      expect(message.secret).toContain('https://markt.example.org/passwort-zuruecksetzen?token=');
      // Staff reading the outbox see where the link goes, never the link itself; the recipient gets it.
      const listed = (await admin.get('/api/outbox')).body.find((m: { id: string }) => m.id === message.id);
      expect(listed.body).toContain(SECRET_LINK);
      expect(JSON.stringify(listed)).not.toContain(token);
      await outbox.deliverDue();
      expect(smtp.received.find((m) => m.to.includes(user.email))?.text).toContain(
        `https://markt.example.org/passwort-zuruecksetzen?token=${encodeURIComponent(token)}`,
      );

      const reset = await (
        await t.client()
      ).post('/api/auth/password-reset/confirm', {
        token,
        password: 'ganz-neues-passwort',
      });
      expect(reset.status).toBe(204);
      expect((await session.get('/api/auth/me')).status).toBe(204);
      await (await t.client()).login(user.email, 'ganz-neues-passwort');

      const again = await (
        await t.client()
      ).post('/api/auth/password-reset/confirm', {
        token,
        password: 'noch-ein-passwort',
      });
      expect(again.status).toBe(400);
      expect(again.body.errors).toEqual([expect.objectContaining({ field: 'token', code: 'invalidToken' })]);
    });

    it('refuses an expired link', async () => {
      const user = await t.createUser(Role.Applicant);
      const token = await requestLink(user.email);
      await t.app
        .get(DataSource)
        .getRepository(PasswordResetToken)
        .update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
      const res = await (
        await t.client()
      ).post('/api/auth/password-reset/confirm', {
        token,
        password: 'ganz-neues-passwort',
      });
      expect(res.status).toBe(400);
      await (await t.client()).login(user.email);
    });

    it('answers the same for an unknown address and sends nothing', async () => {
      const before = (await admin.get('/api/outbox')).body.length;
      const res = await (await t.client()).post('/api/auth/password-reset', { email: 'niemand@example.org' });
      expect(res.status).toBe(204);
      expect((await admin.get('/api/outbox')).body.length).toBe(before);
    });
  });
});

describe('without SMTP', () => {
  it('keeps messages pending in the outbox for admins to read', async () => {
    const t = await createTestApp('sqlite');
    try {
      const admin = (await t.as(Role.Admin)).client;
      const {
        applications: [app],
      } = await eventWithSubmissions(t, admin, 1);
      expect(await t.app.get(OutboxService).deliverDue()).toBe(0);
      expect((await admin.get('/api/outbox')).body).toEqual([
        expect.objectContaining({ to: app.email, status: 'pending' }),
      ]);
    } finally {
      await t.close();
    }
  });
});
