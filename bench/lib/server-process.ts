/**
 * The real server (`server/main.ts`) as one child process over a data folder, started in
 * serve-only mode and stopped by its PID (toolchain gotcha 9: no npx wrapper processes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..');

export interface RunningServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** `serveOnly: false` lets the server index (the demo library: generated on first run). */
export async function startServer(dataDir: string, { timeoutMs = 120_000, serveOnly = true } = {}): Promise<RunningServer> {
  const port = await freePort();
  const args = ['--import', 'tsx', 'bench/serve-synthetic.ts', '--data', dataDir, '--port', String(port), '--no-build'];
  if (serveOnly) args.push('--serve-only');
  const child = spawn(process.execPath, args, { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving .* at (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    stop: async () => {
      process.kill(pid, 'SIGTERM');
      if (!(await waitForExit(child, 5000))) {
        process.kill(pid, 'SIGKILL');
        await waitForExit(child, 5000);
      }
    },
  };
}
