import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { appConfig } from '../config/app.config';
import { RetentionService } from './retention.service';

/**
 * Runs retention every `RETENTION_INTERVAL_HOURS` (default daily), the first time one interval after
 * start: start-up never waits for it, and a test app, closed long before, never runs it unasked.
 * Several instances may each run it; the service makes that harmless.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly retention: RetentionService,
    @Inject(appConfig.KEY) private readonly config: ConfigType<typeof appConfig>,
  ) {}

  onApplicationBootstrap(): void {
    const hours = this.config.retention.intervalHours;
    if (hours === 0) return;
    this.timer = setInterval(() => void this.runOnce(), hours * 3600 * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
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
