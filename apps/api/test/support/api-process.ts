import { ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const ENTRY = resolve(__dirname, 'api-process.entry.ts');
/** Decorator metadata and the `@markt/*` paths, compiled on the fly by SWC. */
const TSCONFIG = resolve(__dirname, 'tsconfig.api-process.json');
/** Enough of the parent's environment to run node; the app's own settings come only from `env`. */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'TZ', 'LANG'];
const MAX_LINES = 2000;

/** Every process started and not yet stopped, killed when the test process exits however it exits. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

export interface ApiProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  pid: number;
  /** Its stdout and stderr, line by line (the last lines only). */
  output: string[];
  /** Lines the app logged at level error (unexpected exceptions with their stack). */
  errors(): string[];
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs` (default 5 s). Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts the API from source in a child process (SWC, no build needed) with exactly the given
 * environment, and resolves once it listens. Rejects, with the child's output, if it exits or does
 * not come up within `startTimeoutMs`; the child is killed then.
 */
export async function startApiProcess(env: Record<string, string>, startTimeoutMs = 60_000): Promise<ApiProcess> {
  installExitHook();
  const inherited = Object.fromEntries(
    INHERITED.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name] as string]),
  );
  const child = fork(ENTRY, [], {
    cwd: ROOT,
    execArgv: ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register'],
    env: { ...inherited, NODE_ENV: 'test', SWC_NODE_PROJECT: TSCONFIG, TS_NODE_PROJECT: TSCONFIG, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  running.add(child);

  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > MAX_LINES) output.splice(0, output.length - MAX_LINES);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (graceMs = 5000) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(kill);
    }
    running.delete(child);
  };

  try {
    const port = await new Promise<number>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`API process did not listen within ${startTimeoutMs} ms:\n${output.join('\n')}`)),
        startTimeoutMs,
      );
      child.once('message', (message: { port?: number }) => {
        clearTimeout(timer);
        if (typeof message?.port === 'number') ready(message.port);
        else fail(new Error(`unexpected message from the API process: ${JSON.stringify(message)}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(new Error(`API process exited (${code ?? signal}) before listening:\n${output.join('\n')}`));
      });
    });
    return {
      url: `http://127.0.0.1:${port}`,
      pid: child.pid as number,
      output,
      errors: () => output.filter((line) => line.includes('"level":"error"') || !line.startsWith('{')),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
