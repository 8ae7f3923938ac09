/**
 * A server process of its own for browser tests that need to stop, restart or configure it (the
 * shared one from playwright.config.ts must stay up). One `node` process, stopped by its PID.
 * It serves the index the shared server built in `.e2e-data` as it is (`--serve-only`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const PROJECT = path.resolve(import.meta.dirname, '..');

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output()}`);
    // Any HTTP answer means it listens (401 included, when it wants a key).
    const up = await fetch(`${url}/api/libraries`).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start: ${output()}`);
}

export async function startServer(
  port: number,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--serve-only',
      '--no-build',
      '--data',
      '.e2e-data',
      '--port',
      String(port),
      ...args,
    ],
    { cwd: PROJECT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child, () => output);
  return {
    url,
    /** SIGKILL: the server goes away as a crash or a pulled cable would, mid-request. */
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
