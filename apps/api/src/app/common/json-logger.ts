import { LoggerService } from '@nestjs/common';
import { LogLevel } from '../config/app.config';

const ORDER: Record<LogLevel, number> = {
  debug: 0,
  info: 1,
  warn: 2,
  error: 3,
  silent: 4,
};

/**
 * Nest's start-up chatter: a line per module and about a hundred lines of route mapping before the
 * address. Useful when debugging routing, noise on every normal start.
 */
const START_UP_DETAIL = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** One JSON object per line on stdout, so log collectors can read fields without parsing prose. */
export class JsonLogger implements LoggerService {
  constructor(private readonly level: LogLevel = 'info') {}

  log(message: unknown, context?: string): void {
    this.write(context && START_UP_DETAIL.has(context) ? 'debug' : 'info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', message, context ?? stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }

  private write(level: LogLevel, message: unknown, context?: string): void {
    if (ORDER[level] < ORDER[this.level]) return;
    const fields = typeof message === 'object' && message !== null ? message : { msg: String(message) };
    process.stdout.write(
      JSON.stringify({
        time: new Date().toISOString(),
        level,
        context,
        ...fields,
      }) + '\n',
    );
  }
}
