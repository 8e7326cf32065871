import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { appConfig } from '../config/app.config';
import { RetentionService } from './retention.service';

/** The first run, this long after start: start-up never waits for it, and a test app closes long before. */
export const RETENTION_FIRST_RUN_DELAY_MS = 5 * 60 * 1000;

/**
 * Runs retention a few minutes after start and then every `RETENTION_INTERVAL_HOURS` (default daily), so a
 * server restarted more often than the interval still runs it. Several instances may each run it; the
 * service makes that harmless.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private first?: NodeJS.Timeout;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly retention: RetentionService,
    @Inject(appConfig.KEY) private readonly config: ConfigType<typeof appConfig>,
  ) {}

  onApplicationBootstrap(): void {
    const hours = this.config.retention.intervalHours;
    if (hours === 0) return;
    this.first = setTimeout(() => {
      void this.runOnce();
      this.timer = setInterval(() => void this.runOnce(), hours * 3600 * 1000);
      this.timer.unref();
    }, RETENTION_FIRST_RUN_DELAY_MS);
    this.first.unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.first);
    clearInterval(this.timer);
  }

  private async runOnce(): Promise<void> {
    try {
      await this.retention.run(null);
    } catch (error) {
      this.logger.error(`Retention run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
