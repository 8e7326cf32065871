import { ModulesContainer } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { Role } from '@markt/shared';
import { ACCESS_KEY } from '../src/app/common/access.decorators';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

const STAFF_ONLY: [method: 'get' | 'post' | 'patch', url: string][] = [
  ['get', '/api/users'],
  ['post', '/api/users'],
  ['patch', '/api/users/00000000-0000-4000-8000-000000000000'],
  ['post', '/api/events'],
  ['patch', '/api/events/00000000-0000-4000-8000-000000000000'],
  ['get', '/api/feedback'],
];

function call(client: TestClient, method: 'get' | 'post' | 'patch', url: string) {
  return method === 'get' ? client.get(url) : client[method](url, {});
}

describe.each(DATABASES)('role guards (%s)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(() => t.close());

  it('every route declares who may call it (deny by default)', () => {
    const undeclared: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        const proto = (metatype as { prototype: Record<string, unknown> }).prototype;
        for (const name of Object.getOwnPropertyNames(proto)) {
          const handler = proto[name];
          if (name === 'constructor' || typeof handler !== 'function') continue;
          if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          const declared =
            Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, metatype as object);
          if (!declared) undeclared.push(`${(metatype as { name: string }).name}.${name}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it.each(STAFF_ONLY)('anonymous %s %s gets 401', async (method, url) => {
    const res = await call(await t.client(), method, url);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });

  it.each(STAFF_ONLY)('an applicant gets 403 on %s %s', async (method, url) => {
    const { client } = await t.as(Role.Applicant);
    const res = await call(client, method, url);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it.each(STAFF_ONLY)('a reviewer gets 403 on admin route %s %s', async (method, url) => {
    const { client } = await t.as(Role.Reviewer);
    expect((await call(client, method, url)).status).toBe(403);
  });

  it('an admin passes the guard (and then meets validation or 404)', async () => {
    const { client } = await t.as(Role.Admin);
    expect((await client.get('/api/users')).status).toBe(200);
    expect((await client.post('/api/events', {})).status).toBe(400);
    expect((await client.patch('/api/events/00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
  });

  it('a deactivated account loses its session at once', async () => {
    const { client: admin } = await t.as(Role.Admin);
    const { client, user } = await t.as(Role.Reviewer);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await admin.patch(`/api/users/${user.id}`, { active: false })).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(204);
    expect((await client.get('/api/me/export')).status).toBe(401);
  });
});
