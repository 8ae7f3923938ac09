/**
 * A server as a child process, for tests and benchmarks that need a real one across processes:
 * one `node --import tsx SCRIPT` process (not npx, which wraps a command in four: toolchain
 * gotcha 9), stopped by its PID. The Playwright specs, the gateway's process test and the
 * benchmarks each start theirs through this.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..');

/** What `server/main.ts` and the gateway print once they listen. */
const SERVING = / serving .* at (http:\/\/\S+)\n/;

export interface ServerProcessOptions {
  /** The entry script, relative to the project. */
  script?: string;
  args?: string[];
  /**
   * A fixed port, passed as `--port`; or 0 (the default): the server takes a free one and the URL
   * is read from its "serving … at URL" line.
   */
  port?: number;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** Variables removed from the inherited environment unless `env` gives them (keys that must not leak in). */
  unsetEnv?: readonly string[];
  /** How long it may take to be ready before it is stopped and the start fails. */
  timeoutMs?: number;
  /**
   * Ready when the "serving … at URL" line is printed (the default), or, given a path, when any
   * HTTP answer comes from it (401 included): needs a fixed port.
   */
  readyPath?: string;
  /**
   * SIGTERM (the default) lets it shut down, with SIGKILL after 5 s; SIGKILL makes it go away as a
   * crash or a pulled cable would, mid-request.
   */
  stopSignal?: 'SIGTERM' | 'SIGKILL';
}

export interface ServerProcess {
  /** `http://127.0.0.1:PORT` */
  url: string;
  pid: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when `text` has been printed (or rejects after `timeoutMs`, or when it exits first). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const {
    script = 'server/main.ts',
    args = [],
    port = 0,
    env = {},
    unsetEnv = [],
    timeoutMs = 90_000,
    readyPath,
    stopSignal = 'SIGTERM',
  } = options;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of unsetEnv) if (!(name in env)) delete childEnv[name];
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args, '--port', String(port)], {
    cwd: PROJECT_DIR,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  const exitText = () =>
    child.exitCode !== null ? `exited with ${child.exitCode}` : `was killed (${child.signalCode})`;

  const waitFor = (pattern: string | RegExp, ms = timeoutMs) =>
    new Promise<void>((resolve, reject) => {
      const seen = () => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text));
      const timer = setTimeout(
        () => done(new Error(`Timed out waiting for ${String(pattern)}; output:\n${text}`)),
        ms,
      );
      const check = () => seen() && done();
      const done = (error?: Error) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      listeners.add(check);
      void exited.then(
        () => !seen() && done(new Error(`Server ${exitText()} before printing ${String(pattern)}:\n${text}`)),
      );
      check();
    });

  const stop = async () => {
    if (hasExited()) return;
    process.kill(child.pid!, stopSignal);
    const timer = setTimeout(() => !hasExited() && process.kill(child.pid!, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  let url: string;
  try {
    if (readyPath === undefined) {
      await waitFor(SERVING);
      url = SERVING.exec(text)![1]!;
    } else {
      if (!port) throw new Error('readyPath needs a fixed port');
      url = `http://127.0.0.1:${port}`;
      await waitForAnswer(
        `${url}${readyPath}`,
        timeoutMs,
        () => (hasExited() ? `server ${exitText()}` : null),
        () => text,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, output: () => text, waitFor, stop };
}

async function waitForAnswer(
  url: string,
  timeoutMs: number,
  failure: () => string | null,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failed = failure();
    if (failed) throw new Error(`${failed}: ${output()}`);
    const up = await fetch(url).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start: ${output()}`);
}
