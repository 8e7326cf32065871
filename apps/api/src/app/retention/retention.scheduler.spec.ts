import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app.config';
import { RETENTION_FIRST_RUN_DELAY_MS, RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

function scheduler(intervalHours: number, run: jest.Mock) {
  const config = { retention: { months: 24, intervalHours } } as AppConfig;
  return new RetentionScheduler({ run } as unknown as RetentionService, config);
}

describe('RetentionScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs as the system (no actor) minutes after start, then once per interval, and stops on shutdown', async () => {
    const run = jest.fn().mockResolvedValue({});
    const timer = scheduler(24, run);
    timer.onApplicationBootstrap();
    expect(run).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(RETENTION_FIRST_RUN_DELAY_MS);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(null);
    await jest.advanceTimersByTimeAsync(24 * 3600 * 1000);
    expect(run).toHaveBeenCalledTimes(2);
    timer.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(48 * 3600 * 1000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never runs when shut down before its first run (a restart within minutes)', async () => {
    const run = jest.fn();
    const timer = scheduler(24, run);
    timer.onApplicationBootstrap();
    timer.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(48 * 3600 * 1000);
    expect(run).not.toHaveBeenCalled();
  });

  it('does not run by itself with RETENTION_INTERVAL_HOURS=0', async () => {
    const run = jest.fn();
    scheduler(0, run).onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(30 * 24 * 3600 * 1000);
    expect(run).not.toHaveBeenCalled();
  });

  it('logs a failed run and tries again next time', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const run = jest.fn().mockRejectedValueOnce(new Error('database gone')).mockResolvedValue({});
    const timer = scheduler(1, run);
    timer.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(RETENTION_FIRST_RUN_DELAY_MS + 3600 * 1000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenCalledWith('Retention run failed: database gone');
    timer.onApplicationShutdown();
    logged.mockRestore();
  });
});
