/**
 * The API as its own process, for tests that need more than one instance on one database
 * (see `api-process.ts`). Starts like `src/main.ts` does — same `configureApp`, same Nest options,
 * configuration from the environment only — but listens on a free port of 127.0.0.1 and reports it
 * to the parent over the IPC channel. Exits when the parent goes away, so no process outlives a test run.
 */
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../../src/app/app.module';
import { configureApp, NEST_APP_OPTIONS } from '../../src/app/bootstrap';
import { JsonLogger } from '../../src/app/common/json-logger';
import { loadConfig } from '../../src/app/config/app.config';

async function serve(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.create(AppModule, { ...NEST_APP_OPTIONS, logger: new JsonLogger(config.logLevel) });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  process.send?.({ port });
}

// The parent died or let go of us: do not linger.
process.on('disconnect', () => process.exit(0));

serve().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
