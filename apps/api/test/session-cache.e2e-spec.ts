import { Role } from '@markt/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../src/app/auth/cookies';
import { SESSION_CACHE_MAX_AGE_MS } from '../src/app/auth/session.service';
import { createTestApp, DATABASES, PASSWORD, readCookie, TestApp, TestClient } from './test-app';

/**
 * Every request looks up its session, so known lookups are answered from memory. Whatever ends or
 * changes a session in this process must still apply to the very next request, with the lookup warm.
 */
describe.each(DATABASES)('session lookups from memory stay current (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp(database);
    admin = (await t.as(Role.Admin)).client;
  });
  afterAll(() => t.close());

  /** A login whose cookie can be replayed after the client forgot it. */
  async function login(email: string): Promise<{ client: TestClient; token: string }> {
    const client = await t.client();
    const res = await client.post('/api/auth/login', { email, password: PASSWORD });
    expect(res.status).toBe(200);
    return { client, token: readCookie(res.headers['set-cookie'], SESSION_COOKIE) as string };
  }

  const me = (token: string) =>
    request(t.app.getHttpServer()).get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${token}`);

  it('a role change applies to the next request', async () => {
    const { client, user } = await t.as(Role.Admin);
    expect((await client.get('/api/users')).status).toBe(200);
    expect((await client.get('/api/users')).status).toBe(200);
    expect((await admin.patch(`/api/users/${user.id}`, { role: Role.Reviewer })).status).toBe(200);
    expect((await client.get('/api/users')).status).toBe(403);
    expect((await client.get('/api/auth/me')).body.role).toBe(Role.Reviewer);
  });

  it('deactivating an account ends its session at once', async () => {
    const { client, user } = await t.as(Role.Reviewer);
    expect((await client.get('/api/me/export')).status).toBe(200);
    expect((await admin.patch(`/api/users/${user.id}`, { active: false })).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(204);
    expect((await client.get('/api/me/export')).status).toBe(401);
  });

  it('after logout the old cookie opens nothing', async () => {
    const user = await t.createUser(Role.Reviewer);
    const { client, token } = await login(user.email);
    expect((await me(token)).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBeLessThan(300);
    expect((await me(token)).status).toBe(204);
  });

  it('a new password ends the other sessions at once, not the one that set it', async () => {
    const user = await t.createUser(Role.Applicant);
    const here = await login(user.email);
    const there = await login(user.email);
    expect((await me(there.token)).status).toBe(200);
    const changed = await here.client.patch('/api/me', {
      currentPassword: PASSWORD,
      newPassword: 'another-long-password',
    });
    expect(changed.status).toBe(200);
    expect((await me(there.token)).status).toBe(204);
    expect((await me(here.token)).status).toBe(200);
  });

  it('a session another API instance ended is refused within the cache’s age', async () => {
    const user = await t.createUser(Role.Reviewer);
    const { token } = await login(user.email);
    expect((await me(token)).status).toBe(200);
    // Another process deletes it: nothing this process could have seen.
    const dataSource = t.app.get(DataSource);
    await dataSource.query(`DELETE FROM "sessions" WHERE "userId" = ${database === 'postgres' ? '$1' : '?'}`, [
      user.id,
    ]);
    await new Promise((resolve) => setTimeout(resolve, SESSION_CACHE_MAX_AGE_MS + 100));
    expect((await me(token)).status).toBe(204);
  });
});
