import { JsonLogger } from './json-logger';

describe('JsonLogger', () => {
  let lines: Record<string, unknown>[];
  beforeEach(() => {
    lines = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(JSON.parse(String(chunk)));
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('keeps a normal start quiet: module and route-mapping lines only at debug level', () => {
    const logger = new JsonLogger('info');
    logger.log('Mapped {/api/auth/login, POST} route', 'RouterExplorer');
    logger.log('AuthController {/api/auth}:', 'RoutesResolver');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.log('Nest application successfully started', 'NestApplication');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        context: 'NestApplication',
        msg: 'Nest application successfully started',
      }),
    ]);
  });

  it('shows them when asked for debug output', () => {
    new JsonLogger('debug').log('Mapped {/api/health, GET} route', 'RouterExplorer');
    expect(lines).toEqual([expect.objectContaining({ level: 'debug', context: 'RouterExplorer' })]);
  });
});
