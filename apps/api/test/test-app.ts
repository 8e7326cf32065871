import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Role } from '@markt/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { CookieAccessInfo } from 'cookiejar';
import request from 'supertest';
import { AppModule } from '../src/app/app.module';
import { configureApp, NEST_APP_OPTIONS } from '../src/app/bootstrap';
import { JsonLogger } from '../src/app/common/json-logger';
import { AppConfig, appConfig, loadConfig } from '../src/app/config/app.config';
import { User } from '../src/app/users/user.entity';
import { UsersService } from '../src/app/users/users.service';

export type Database = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export const DATABASES: Database[] = process.env['TEST_DATABASE_URL'] ? ['sqlite', 'postgres'] : ['sqlite'];

export const PASSWORD = 'a-long-test-password';

/** A browser-like client: keeps its own cookies and echoes the XSRF cookie like Angular does. */
export class TestClient {
  readonly agent: ReturnType<typeof request.agent>;

  constructor(server: unknown) {
    this.agent = request.agent(server as Parameters<typeof request.agent>[0]);
  }

  /** The XSRF cookie as the client holds it now: the server renews it at login and logout. */
  get xsrf(): string {
    const jar = (
      this.agent as unknown as {
        jar: { getCookie(name: string, access: CookieAccessInfo): { value: string } | undefined };
      }
    ).jar;
    return jar.getCookie('XSRF-TOKEN', new CookieAccessInfo('127.0.0.1', '/', false, true))?.value ?? '';
  }

  /** Fetches the XSRF cookie the way the web app does on start. */
  async init(): Promise<this> {
    await this.agent.get('/api/health');
    return this;
  }

  get(url: string) {
    return this.agent.get(url);
  }
  /** A GET whose body arrives as a Buffer whatever its type (PDF, images, spreadsheets). */
  download(url: string) {
    return this.agent
      .get(url)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }
  post(url: string, body?: object) {
    return this.agent.post(url).set('X-XSRF-TOKEN', this.xsrf).send(body);
  }
  put(url: string, body: object) {
    return this.agent.put(url).set('X-XSRF-TOKEN', this.xsrf).send(body);
  }
  patch(url: string, body: object) {
    return this.agent.patch(url).set('X-XSRF-TOKEN', this.xsrf).send(body);
  }
  delete(url: string, body?: object) {
    return this.agent.delete(url).set('X-XSRF-TOKEN', this.xsrf).send(body);
  }

  async login(email: string, password = PASSWORD): Promise<this> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return this;
  }
}

export function readCookie(setCookie: string | string[] | undefined, name: string): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = all.find((c) => c.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(';')[0];
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** A fresh client with its own cookies. */
  client(): Promise<TestClient>;
  /** A fresh client logged in as a new user of that role. */
  as(role: Role): Promise<{ client: TestClient; user: User }>;
  createUser(role: Role, email?: string): Promise<User>;
  close(): Promise<void>;
}

/** The real Nest app with the real HTTP stack on a fresh, empty database. */
export async function createTestApp(database: Database, env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'markt-test-'));
  let schema: string | undefined;
  const baseEnv: Record<string, string> = {
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    // Tests run retention when they mean to (its timer has its own spec), never minutes into a long file.
    RETENTION_INTERVAL_HOURS: '0',
    ...env,
  };
  if (database === 'postgres') {
    schema = `test_${randomBytes(6).toString('hex')}`;
    await withPg((pg) => pg.query(`CREATE SCHEMA "${schema}"`));
    Object.assign(baseEnv, {
      DATABASE_URL: postgresUrl(schema),
      DATABASE_SCHEMA: schema,
    });
  }
  const config = loadConfig(baseEnv);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(appConfig.KEY)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication({
    ...NEST_APP_OPTIONS,
    logger: new JsonLogger(config.logLevel),
  });
  configureApp(app, config);
  await app.init();

  let counter = 0;
  const createUser = (role: Role, email = `${role}-${++counter}-${randomBytes(3).toString('hex')}@example.org`) =>
    app.get(UsersService).create({
      email,
      password: PASSWORD,
      name: `Test ${role} ${counter}`,
      role,
    });

  return {
    app,
    config,
    client: () => new TestClient(app.getHttpServer()).init(),
    async as(role) {
      const user = await createUser(role);
      const client = await new TestClient(app.getHttpServer()).init();
      await client.login(user.email);
      return { client, user };
    },
    createUser,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (schema) await withPg((pg) => pg.query(`DROP SCHEMA "${schema}" CASCADE`));
    },
  };
}

/** The test server's URL with the schema on the search path, so every table lands in it. */
function postgresUrl(schema: string): string {
  const url = new URL(process.env['TEST_DATABASE_URL'] as string);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function withPg<T>(work: (pg: PgClient) => Promise<T>): Promise<T> {
  const pg = new PgClient({
    connectionString: process.env['TEST_DATABASE_URL'],
  });
  await pg.connect();
  try {
    return await work(pg);
  } finally {
    await pg.end();
  }
}
