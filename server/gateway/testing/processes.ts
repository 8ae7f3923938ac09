/**
 * `npm start` as a child process for tests across processes: one `node --import tsx` process
 * (not npx, which wraps a command in four), on a free port, stopped by its PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const PROJECT = path.join(import.meta.dirname, '..', '..', '..');

export interface ServerProcess {
  /** `http://127.0.0.1:PORT` */
  url: string;
  pid: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when `text` has been printed (or rejects after `timeoutMs`). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Start `server/main.ts` with `args` (plus `--port 0 --no-build`) and wait for its URL. */
export async function startServer(args: string[], env: Record<string, string> = {}, timeoutMs = 90_000): Promise<ServerProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // Keys this test didn't give must not leak in from the environment of whoever runs it.
  for (const name of ['GUMNUT_API_KEY', 'CONTACT_SHEET_ACCESS_KEY', 'PORT']) if (!(name in env)) delete childEnv[name];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args, '--port', '0', '--no-build'], {
    cwd: PROJECT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitFor = (pattern: string | RegExp, ms = timeoutMs) =>
    new Promise<void>((resolve, reject) => {
      const seen = () => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text));
      const timer = setTimeout(() => done(new Error(`Timed out waiting for ${String(pattern)}; output:\n${text}`)), ms);
      const check = () => seen() && done();
      const done = (error?: Error) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      listeners.add(check);
      void exited.then((code) => !seen() && done(new Error(`Exited with ${code} before printing ${String(pattern)}:\n${text}`)));
      check();
    });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor(/ at (http:\/\/\S+)\n/);
  } catch (error) {
    await stop();
    throw error;
  }
  const url = / at (http:\/\/\S+)\n/.exec(text)![1]!;
  return { url, pid: child.pid!, output: () => text, waitFor, stop };
}
