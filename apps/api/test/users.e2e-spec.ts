import { Role } from '@markt/shared';
import { createTestApp, DATABASES, PASSWORD, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('staff management (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp(database);
    const { client, user } = await t.as(Role.Admin);
    admin = client;
    adminId = user.id;
  });
  afterAll(() => t.close());

  it('an admin creates a reviewer account that can log in', async () => {
    const res = await admin.post('/api/users', {
      email: 'pruefer.in@example.org',
      name: 'Prüfer*in Test',
      password: PASSWORD,
      role: Role.Reviewer,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'pruefer.in@example.org',
      role: Role.Reviewer,
      active: true,
    });
    const reviewer = await (await t.client()).login('pruefer.in@example.org');
    expect((await reviewer.get('/api/auth/me')).body.role).toBe(Role.Reviewer);
  });

  it('lists accounts without password hashes', async () => {
    const res = await admin.get('/api/users');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    for (const user of res.body)
      expect(Object.keys(user).sort()).toEqual([
        'active',
        'createdAt',
        'email',
        'emailVerified',
        'id',
        'mustChangePassword',
        'name',
        'role',
      ]);
  });

  it('a new staff account is asked to replace its provisional password, until it has', async () => {
    const email = 'neu.im.team@example.org';
    const created = await admin.post('/api/users', {
      email,
      name: 'Neu im Team',
      password: PASSWORD,
      role: Role.Reviewer,
    });
    expect(created.body.mustChangePassword).toBe(true);
    const staff = await t.client();
    const login = await staff.post('/api/auth/login', { email, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(true);
    expect((await staff.get('/api/auth/me')).body.mustChangePassword).toBe(true);

    // Changing only the email address does not count.
    const emailOnly = await staff.patch('/api/me', { currentPassword: PASSWORD, email: 'neu.im.team2@example.org' });
    expect(emailOnly.body.mustChangePassword).toBe(true);
    const changed = await staff.patch('/api/me', { currentPassword: PASSWORD, newPassword: 'mein-eigenes-passwort' });
    expect(changed.status).toBe(200);
    expect(changed.body.mustChangePassword).toBe(false);
    expect((await staff.get('/api/auth/me')).body.mustChangePassword).toBe(false);
    const again = await (
      await t.client()
    ).post('/api/auth/login', {
      email: 'neu.im.team2@example.org',
      password: 'mein-eigenes-passwort',
    });
    expect(again.body.mustChangePassword).toBe(false);
    const listed = (await admin.get('/api/users')).body.find((u: { id: string }) => u.id === created.body.id);
    expect(listed.mustChangePassword).toBe(false);
  });

  it('accounts that register themselves or admins made on the command line are not asked', async () => {
    const { client } = await t.as(Role.Applicant);
    expect((await client.get('/api/auth/me')).body.mustChangePassword).toBe(false);
    expect((await admin.get('/api/auth/me')).body.mustChangePassword).toBe(false);
  });

  it('changes a role, which takes effect on the next request', async () => {
    const { client, user } = await t.as(Role.Reviewer);
    expect((await client.get('/api/users')).status).toBe(403);
    const res = await admin.patch(`/api/users/${user.id}`, {
      role: Role.Admin,
    });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe(Role.Admin);
    expect((await client.get('/api/users')).status).toBe(200);
  });

  it('a deactivated account cannot log in; reactivated it can', async () => {
    const user = await t.createUser(Role.Reviewer);
    await admin.patch(`/api/users/${user.id}`, { active: false });
    expect((await (await t.client()).post('/api/auth/login', { email: user.email, password: PASSWORD })).status).toBe(
      401,
    );
    await admin.patch(`/api/users/${user.id}`, { active: true });
    expect((await (await t.client()).post('/api/auth/login', { email: user.email, password: PASSWORD })).status).toBe(
      200,
    );
  });

  it('an admin cannot demote or deactivate themself', async () => {
    for (const change of [{ role: Role.Reviewer }, { active: false }]) {
      const res = await admin.patch(`/api/users/${adminId}`, change);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('self_lockout');
    }
    expect((await admin.get('/api/auth/me')).body).toMatchObject({
      role: Role.Admin,
      active: true,
    });
  });

  it('refuses an unknown role, a taken email and unknown fields', async () => {
    const bad = await admin.post('/api/users', {
      email: 'x@example.org',
      name: 'Xx',
      password: PASSWORD,
      role: 'superuser',
    });
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'role', code: 'isEnum' }));
    const taken = await admin.post('/api/users', {
      email: 'pruefer.in@example.org',
      name: 'Xx',
      password: PASSWORD,
      role: Role.Reviewer,
    });
    expect(taken.status).toBe(409);
    const extra = await admin.patch(`/api/users/${adminId}`, {
      passwordHash: 'x',
    });
    expect(extra.status).toBe(400);
  });
});
