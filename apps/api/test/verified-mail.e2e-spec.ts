import { ApplicationStatus, Role, SECRET_LINK } from '@markt/shared';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { COMPLETE } from './fixtures';
import { applicationMailTo, verificationToken, verifyFromOutbox } from './mailbox';
import { createTestApp, DATABASES, PASSWORD, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('verified addresses only (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp(database, { PUBLIC_URL: 'https://markt.example.org' });
    admin = (await t.as(Role.Admin)).client;
    eventId = (await admin.post('/api/events', { ...EVENT_2027, title: 'Konferenz Verifikation', minReviews: 1 })).body
      .id;
  });
  afterAll(() => t.close());

  const messagesTo = (to: string) =>
    t.app
      .get(DataSource)
      .getRepository(OutboxMessage)
      .find({ where: { to }, order: { createdAt: 'ASC' } });

  async function register(): Promise<{ client: TestClient; email: string }> {
    const client = await t.client();
    const email = `neu-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`;
    const res = await client.post('/api/auth/register', { email, password: PASSWORD, name: 'Neue Person' });
    expect(res.status).toBe(201);
    expect(res.body.emailVerified).toBe(false);
    return { client, email };
  }

  async function completeDraft(client: TestClient, fields: object = {}): Promise<string> {
    const id = (await client.post(`/api/events/${eventId}/applications`)).body.id;
    expect((await client.patch(`/api/applications/${id}`, { ...COMPLETE, ...fields })).status).toBe(200);
    return id;
  }

  it('asks a new account to verify its address before the first submission, with a one-time link', async () => {
    const { client, email } = await register();
    const [verification] = await messagesTo(email);
    expect(verification.body).toContain(SECRET_LINK);
    expect(verification.secret).toMatch(/^https:\/\/markt\.example\.org\/email-bestaetigen\?token=/);

    const id = await completeDraft(client, { contactEmail: email });
    const refused = await client.post(`/api/applications/${id}/submit`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('email_not_verified');
    expect((await messagesTo(email)).length).toBe(1);

    const token = await verificationToken(t, email);
    const verified = await (await t.client()).post('/api/auth/verify-email', { token });
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({ email, kind: 'account' });
    expect((await client.get('/api/auth/me')).body.emailVerified).toBe(true);
    expect((await (await t.client()).post('/api/auth/verify-email', { token })).status).toBe(400);

    expect((await client.post(`/api/applications/${id}/submit`)).status).toBe(200);
    expect((await applicationMailTo(t, email)).subject).toContain('Bewerbung eingegangen');
  });

  it('sends the verification link again on request, but not twice within minutes', async () => {
    const { client, email } = await register();
    expect((await client.post('/api/auth/verification')).status).toBe(204);
    expect((await messagesTo(email)).length).toBe(1);
    expect((await (await t.client()).post('/api/auth/verification')).status).toBe(401);
  });

  it('mails a different contact address only after its owner confirmed it', async () => {
    const { client, email } = await register();
    await verifyFromOutbox(t, email);
    const contact = `kontakt-${Date.now()}@example.org`;
    const id = await completeDraft(client, { contactEmail: contact });
    expect((await client.post(`/api/applications/${id}/submit`)).status).toBe(200);

    // The contact address gets only the confirmation link; the submission mail goes to the account.
    const toContact = await messagesTo(contact);
    expect(toContact).toHaveLength(1);
    expect(toContact[0].secret).toContain('/email-bestaetigen?token=');
    expect(toContact[0].body).not.toContain(COMPLETE.projectTitle as string);
    expect((await applicationMailTo(t, email)).subject).toContain('Bewerbung eingegangen');
    expect((await client.get(`/api/applications/${id}`)).body.contactEmailVerified).toBe(false);

    const confirmed = await (
      await t.client()
    ).post('/api/auth/verify-email', {
      token: await verificationToken(t, contact),
    });
    expect(confirmed.body).toEqual({ email: contact, kind: 'contact' });
    expect((await client.get(`/api/applications/${id}`)).body.contactEmailVerified).toBe(true);

    // From now on the contact address gets the application's mail.
    await t.app.get(DataSource).query(`UPDATE "applications" SET "status" = 'in_review' WHERE "id" = '${id}'`);
    await admin.post(`/api/applications/${id}/reviews`, { scores: [3, 3, 3], conflictOfInterest: false });
    expect(
      (await admin.post(`/api/applications/${id}/decision`, { decision: ApplicationStatus.Rejected })).status,
    ).toBe(200);
    expect((await messagesTo(contact)).map((m) => m.subject)).toEqual([
      expect.stringContaining('E-Mail-Adresse'),
      expect.stringContaining('Ihre Bewerbung'),
    ]);
  });

  it('never puts applicant-written text into a subject, and quotes it, links defused, in the body', async () => {
    const { client, email } = await register();
    await verifyFromOutbox(t, email);
    const lure = 'Gewinnspiel! Jetzt klicken: https://evil.example/login und www.evil.example';
    const id = await completeDraft(client, {
      contactEmail: email,
      projectTitle: lure,
      organisationName: 'Stadt (echt)',
    });
    expect((await client.post(`/api/applications/${id}/submit`)).status).toBe(200);
    const mail = await applicationMailTo(t, email);
    expect(mail.subject).not.toContain('Gewinnspiel');
    expect(mail.subject).not.toContain('evil');
    expect(mail.body).toContain('„Gewinnspiel! Jetzt klicken: https[:]//evil.example/login und www[.]evil.example“');
    expect(mail.body).toContain('„Stadt (echt)“');
    expect(mail.body).not.toContain('https://evil.example');
  });
});
