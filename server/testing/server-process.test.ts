import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './server-process.ts';

/** A stand-in entry script: `--port N` (0 = any), answers with its environment, prints the serving line. */
const ENTRY = `
import { createServer } from 'node:http';
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
if (process.argv.includes('--fail')) { console.error('no photos here'); process.exit(3); }
const server = createServer((req, res) => res.end(JSON.stringify({ args: process.argv.slice(2), secret: process.env.SECRET ?? null, given: process.env.GIVEN ?? null })));
server.listen(port, '127.0.0.1', () => process.stdout.write('Stand-in is serving 1 library at http://127.0.0.1:' + server.address().port + '\\n'));
process.on('SIGTERM', () => { process.stdout.write('bye\\n'); process.exit(0); });
`;

let dir: string;
let script: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cs-server-process-'));
  script = path.join(dir, 'entry.mjs');
  await writeFile(script, ENTRY);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('startServerProcess', () => {
  it('reads the URL of port 0 from the serving line, passes args and env, stops by PID', async () => {
    process.env.SECRET = 'from the caller';
    try {
      const server = await startServerProcess({
        script,
        args: ['--data', 'x'],
        env: { GIVEN: 'yes' },
        unsetEnv: ['SECRET'],
      });
      const body = (await (await fetch(server.url)).json()) as Record<string, unknown>;
      expect(body).toEqual({ args: ['--data', 'x', '--port', '0'], secret: null, given: 'yes' });
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await server.waitFor('serving 1 library');
      await server.stop();
      expect(server.output()).toContain('bye'); // SIGTERM: it shut down on its own
      expect(alive(server.pid)).toBe(false);
    } finally {
      delete process.env.SECRET;
    }
  });

  it('with a fixed port and readyPath: ready on any HTTP answer; SIGKILL stops it at once', async () => {
    const port = await freePort();
    const server = await startServerProcess({
      script,
      port,
      readyPath: '/api/libraries',
      stopSignal: 'SIGKILL',
    });
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    await server.stop();
    expect(server.output()).not.toContain('bye');
    expect(alive(server.pid)).toBe(false);
  });

  it('fails with what the server printed when it exits before it is ready', async () => {
    await expect(startServerProcess({ script, args: ['--fail'] })).rejects.toThrow(
      /exited with 3 before printing[\s\S]*no photos here/,
    );
  });
});
