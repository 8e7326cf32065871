import { ConfigError, loadConfig } from './app.config';

describe('loadConfig', () => {
  it('starts without any configuration outside production, with demo data and SQLite in ./data', () => {
    const config = loadConfig({});
    expect(config.production).toBe(false);
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/data$/);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoData).toBe(true);
  });

  it('refuses to start in production without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });

  it('never seeds demo data in production, even when asked to', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      DEMO_DATA: 'true',
    });
    expect(config.production).toBe(true);
    expect(config.demoData).toBe(false);
  });

  it('rejects a short secret, a bad port and a non-PostgreSQL database URL', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(/DATABASE_URL/);
  });

  it('cuts slow clients off with sane defaults and takes other timeouts from the environment', () => {
    expect(loadConfig({}).http).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      idleTimeoutMs: 15_000,
      keepAliveTimeoutMs: 5_000,
    });
    expect(loadConfig({ HTTP_REQUEST_TIMEOUT_SECONDS: '60', HTTP_IDLE_TIMEOUT_SECONDS: '2' }).http).toMatchObject({
      requestTimeoutMs: 60_000,
      idleTimeoutMs: 2_000,
    });
    expect(() => loadConfig({ HTTP_IDLE_TIMEOUT_SECONDS: '0' })).toThrow(/HTTP_IDLE_TIMEOUT_SECONDS/);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_SECONDS: '40' })).toThrow(/HTTP_HEADERS_TIMEOUT_SECONDS/);
  });
});
