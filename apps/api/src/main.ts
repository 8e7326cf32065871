import { NestFactory } from '@nestjs/core';
import { AppModule } from './app/app.module';
import { configureApp, NEST_APP_OPTIONS } from './app/bootstrap';
import { adminCreate } from './app/cli/admin-create';
import { JsonLogger } from './app/common/json-logger';
import { ConfigError, loadConfig } from './app/config/app.config';
import { SeedService } from './app/seed/seed.service';

async function serve(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = new JsonLogger(config.logLevel);
  const app = await NestFactory.create(AppModule, { ...NEST_APP_OPTIONS, logger });
  configureApp(app, config);
  const seeded = config.demoData ? await app.get(SeedService).seedIfEmpty() : [];
  await app.listen(config.port);

  const url = `http://localhost:${config.port}`;
  const lines = [`Markt der Möglichkeiten läuft auf ${url} (API: ${url}/api, docs: ${url}/api/docs)`];
  if (seeded.length > 0) {
    lines.push('Demo-Konten / demo accounts:');
    for (const account of seeded)
      lines.push(`  ${account.role.padEnd(9)} ${account.email}  Passwort: ${account.password}`);
  }
  console.log(lines.join('\n'));
}

async function runCli(args: string[]): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, {
    logger: new JsonLogger('warn'),
  });
  try {
    console.log(await adminCreate(app, args));
  } finally {
    await app.close();
  }
}

const [command, ...args] = process.argv.slice(2);
(command === 'admin:create' ? runCli(args) : serve()).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
