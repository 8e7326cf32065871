import { Role } from '@markt/shared';
import { verifyFromOutbox } from './mailbox';
import { createTestApp, DATABASES, PASSWORD, readCookie, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('accounts and sessions (%s)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, {
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_IP: '8',
      LOGIN_MAX_DELAY_SECONDS: '1',
      THROTTLE_REGISTER_PER_HOUR: '3',
      THROTTLE_PASSWORD_RESET_PER_HOUR: '3',
      THROTTLE_FEEDBACK_PER_HOUR: '3',
    });
  });
  afterAll(() => t.close());

  describe('registration', () => {
    it('registers an applicant, logs them in with an HttpOnly SameSite cookie and never returns the hash', async () => {
      const client = await t.client();
      const res = await client.post('/api/auth/register', {
        email: '  Neue.Person@Example.org ',
        password: PASSWORD,
        name: 'Neue Person',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        email: 'neue.person@example.org',
        name: 'Neue Person',
        role: Role.Applicant,
        active: true,
      });
      expect(res.body.passwordHash).toBeUndefined();
      const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('mdm_session='));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);

      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.email).toBe('neue.person@example.org');
    });

    it('cannot register as staff: a role in the body is refused as an unknown field', async () => {
      const client = await t.client();
      const res = await client.post('/api/auth/register', {
        email: 'sneaky@example.org',
        password: PASSWORD,
        name: 'Sneaky',
        role: Role.Admin,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'role', code: 'whitelistValidation' }));
    });

    it('names every failing field with a code and the limit', async () => {
      const client = await t.client();
      const res = await client.post('/api/auth/register', {
        email: 'not-an-email',
        password: 'short',
        name: '',
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      const byField = Object.fromEntries(res.body.errors.map((e: { field: string }) => [e.field, e]));
      expect(byField.email.code).toBe('isEmail');
      expect(byField.password).toMatchObject({
        code: 'minLength',
        params: { min: 10 },
      });
      expect(byField.name.code).toBe('required');
    });

    it('refuses a second account for the same email, whatever its case', async () => {
      const client = await t.client();
      await client.post('/api/auth/register', {
        email: 'once@example.org',
        password: PASSWORD,
        name: 'Once',
      });
      const again = await (
        await t.client()
      ).post('/api/auth/register', {
        email: 'ONCE@example.org',
        password: PASSWORD,
        name: 'Twice',
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('email_taken');
      expect(again.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'taken' })]);
    });
  });

  describe('login and logout', () => {
    it('logs in with the right password, case-insensitive email', async () => {
      const user = await t.createUser(Role.Reviewer);
      const client = await t.client();
      const res = await client.post('/api/auth/login', {
        email: user.email.toUpperCase(),
        password: PASSWORD,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: user.id, role: Role.Reviewer });
    });

    it('gives the same answer for a wrong password and an unknown account', async () => {
      const user = await t.createUser(Role.Applicant);
      const wrong = await (
        await t.client()
      ).post('/api/auth/login', {
        email: user.email,
        password: 'wrong-password-1',
      });
      const unknown = await (
        await t.client()
      ).post('/api/auth/login', {
        email: 'nobody@example.org',
        password: PASSWORD,
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.code).toBe('invalid_credentials');
    });

    it('logout ends the session on the server: the old cookie no longer works', async () => {
      const user = await t.createUser(Role.Applicant);
      const client = await (await t.client()).login(user.email);
      const login = await client.post('/api/auth/login', {
        email: user.email,
        password: PASSWORD,
      });
      const token = readCookie(login.headers['set-cookie'], 'mdm_session');
      expect((await client.post('/api/auth/logout')).status).toBe(204);
      expect((await client.get('/api/auth/me')).status).toBe(204);

      const replay = await (await t.client()).agent.get('/api/me/export').set('Cookie', `mdm_session=${token}`);
      expect(replay.status).toBe(401);
    });

    it('tells an anonymous caller of /me there is nobody, without an error (no console noise on public pages)', async () => {
      const anonymous = await t.client();
      const res = await anonymous.get('/api/auth/me');
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      // what needs an account still refuses
      expect((await anonymous.get('/api/me/export')).status).toBe(401);
      const unknown = await (await t.client()).agent.get('/api/auth/me').set('Cookie', 'mdm_session=no-such-session');
      expect(unknown.status).toBe(204);
    });
  });

  describe('throttling', () => {
    it('a stranger failing from elsewhere never locks the owner out: only the stranger’s address is refused', async () => {
      const user = await t.createUser(Role.Applicant);
      const from = (client: TestClient, address: string, password: string) =>
        client.post('/api/auth/login', { email: user.email, password }).set('X-Forwarded-For', address);
      const attacker = await t.client();
      for (let i = 0; i < 3; i++) expect((await from(attacker, '203.0.113.50', `wrong-${i}-xxxxxx`)).status).toBe(401);
      // Even the right password is refused from the attacker's address ...
      const refused = await from(attacker, '203.0.113.50', PASSWORD);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('too_many_attempts');
      // ... and more failures from many other addresses only slow the account down.
      for (const address of ['203.0.113.51', '203.0.113.52']) {
        for (let i = 0; i < 3; i++)
          expect((await from(await t.client(), address, `wrong-${i}-xxxxxx`)).status).toBe(401);
      }
      const owner = await t.client();
      expect((await from(owner, '198.51.100.9', PASSWORD)).status).toBe(200);

      const other = await t.createUser(Role.Applicant);
      expect(
        (await (await t.client()).post('/api/auth/login', { email: other.email, password: PASSWORD })).status,
      ).toBe(200);
    });

    it('shows admins the accounts whose logins are slowed down, and nobody else', async () => {
      const user = await t.createUser(Role.Applicant);
      for (let i = 0; i < 4; i++) {
        await (await t.client())
          .post('/api/auth/login', { email: user.email, password: `wrong-${i}-xxxxxx` })
          .set('X-Forwarded-For', `192.0.2.${i + 1}`);
      }
      const { client: admin } = await t.as(Role.Admin);
      const res = await admin.get('/api/auth/throttled');
      expect(res.status).toBe(200);
      expect(res.body).toContainEqual(
        expect.objectContaining({ email: user.email, failures: 4, delaySeconds: expect.any(Number) }),
      );
      expect((await (await t.as(Role.Reviewer)).client.get('/api/auth/throttled')).status).toBe(403);
      expect((await (await t.client()).get('/api/auth/throttled')).status).toBe(401);
    });

    it('counts parallel failures without losing one or failing', async () => {
      const user = await t.createUser(Role.Applicant);
      const statuses = await Promise.all(
        Array.from(
          { length: 6 },
          async (_v, i) =>
            (
              await (await t.client())
                .post('/api/auth/login', { email: user.email, password: `wrong-${i}-xxxxxx` })
                .set('X-Forwarded-For', '192.0.2.77')
            ).status,
        ),
      );
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
      const { client: admin } = await t.as(Role.Admin);
      const row = (await admin.get('/api/auth/throttled')).body.find((a: { email: string }) => a.email === user.email);
      expect(row.failures).toBe(statuses.filter((s) => s === 401).length);
    });

    it('limits registrations, password-reset requests and feedback per address', async () => {
      const cases: [string, (i: number) => object][] = [
        [
          '/api/auth/register',
          (i) => ({ email: `flood-${i}-${Date.now()}@example.org`, password: PASSWORD, name: 'Flut' }),
        ],
        ['/api/auth/password-reset', (i) => ({ email: `nobody-${i}@example.org` })],
        ['/api/feedback', (i) => ({ message: `Barriere ${i}` })],
      ];
      for (const [url, body] of cases) {
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) {
          statuses.push((await (await t.client()).post(url, body(i)).set('X-Forwarded-For', '192.0.2.200')).status);
        }
        expect(statuses.slice(0, 3).every((s) => s < 300)).toBe(true);
        expect(statuses[3]).toBe(429);
        // Another address is not affected.
        expect((await (await t.client()).post(url, body(9)).set('X-Forwarded-For', '192.0.2.201')).status).toBeLessThan(
          300,
        );
      }
    });

    it('blocks a client address that tries many accounts', async () => {
      const client = await t.client();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const res = await client
          .post('/api/auth/login', {
            email: `spray-${i}@example.org`,
            password: 'guess-guess-guess',
          })
          .set('X-Forwarded-For', '203.0.113.7');
        statuses.push(res.status);
      }
      expect(statuses).toEqual([...Array(8).fill(401), 429, 429]);
    });
  });

  describe('changing email or password', () => {
    it('asks for the current password, and a wrong one changes nothing', async () => {
      const user = await t.createUser(Role.Applicant);
      const client = await (await t.client()).login(user.email);
      const res = await client.patch('/api/me', {
        currentPassword: 'not-the-password',
        newPassword: 'ein-neues-passwort',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'wrongPassword' })]);
      await (await t.client()).login(user.email);
      expect((await client.patch('/api/me', { newPassword: 'ein-neues-passwort' })).status).toBe(400);
    });

    it('sets a new password and ends every other session, but not this one', async () => {
      const user = await t.createUser(Role.Applicant);
      const client = await (await t.client()).login(user.email);
      const elsewhere = await (await t.client()).login(user.email);
      const res = await client.patch('/api/me', { currentPassword: PASSWORD, newPassword: 'ein-neues-passwort' });
      expect(res.status).toBe(200);
      expect((await client.get('/api/auth/me')).status).toBe(200);
      expect((await elsewhere.get('/api/auth/me')).status).toBe(204);
      expect((await (await t.client()).post('/api/auth/login', { email: user.email, password: PASSWORD })).status).toBe(
        401,
      );
      await (await t.client()).login(user.email, 'ein-neues-passwort');
    });

    it('takes a new address only once confirmed again, and never one that belongs to another account', async () => {
      const user = await t.createUser(Role.Applicant);
      const other = await t.createUser(Role.Applicant);
      const client = await (await t.client()).login(user.email);
      const taken = await client.patch('/api/me', { currentPassword: PASSWORD, email: other.email });
      expect(taken.status).toBe(400);
      expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'emailTaken' })]);

      const email = `neu-${Date.now()}@example.org`;
      const res = await client.patch('/api/me', { currentPassword: PASSWORD, email: email.toUpperCase() });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ email, emailVerified: false });
      await verifyFromOutbox(t, email);
      expect((await client.get('/api/auth/me')).body).toMatchObject({ email, emailVerified: true });
    });
  });

  describe('CSRF', () => {
    it('refuses a state-changing request without the X-XSRF-TOKEN header', async () => {
      const client = await t.client();
      const res = await client.agent
        .post('/api/auth/register')
        .send({ email: 'x@example.org', password: PASSWORD, name: 'Xx' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('csrf_failed');
    });

    it('refuses a header that does not match the cookie, and a forged cookie', async () => {
      const client = await t.client();
      const mismatch = await client.agent.post('/api/auth/logout').set('X-XSRF-TOKEN', 'something-else');
      expect(mismatch.status).toBe(403);
      const forged = await client.agent
        .post('/api/auth/logout')
        .set('Cookie', 'XSRF-TOKEN=abc.def')
        .set('X-XSRF-TOKEN', 'abc.def');
      expect(forged.status).toBe(403);
    });

    it('binds the token to the session: renewed at login and logout, and worthless in another session', async () => {
      const user = await t.createUser(Role.Applicant);
      const client = await t.client();
      const anonymousToken = client.xsrf;
      await client.login(user.email);
      const sessionToken = client.xsrf;
      expect(sessionToken).not.toBe(anonymousToken);

      // The token of the anonymous visit no longer passes once logged in.
      const stale = await client.agent
        .post('/api/auth/logout')
        .set('Cookie', `XSRF-TOKEN=${anonymousToken}`)
        .set('X-XSRF-TOKEN', anonymousToken);
      expect(stale.status).toBe(403);

      // Another session's valid token (cookie and header) does not pass in this one.
      const other = await t.client();
      await other.login((await t.createUser(Role.Applicant)).email);
      const borrowed = await client.agent
        .post('/api/auth/logout')
        .set('Cookie', `XSRF-TOKEN=${other.xsrf}`)
        .set('X-XSRF-TOKEN', other.xsrf);
      expect(borrowed.status).toBe(403);

      expect((await client.post('/api/auth/logout')).status).toBe(204);
      expect(client.xsrf).not.toBe(sessionToken);
      expect(client.xsrf).not.toBe('');
    });
  });
});
