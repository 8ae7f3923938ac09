/**
 * A server process of its own for browser tests that need to stop, restart or configure it (the
 * shared one from playwright.config.ts must stay up): `server/testing/server-process.ts` serving
 * the index the shared server built in `.e2e-data` as it is (`--serve-only`), on a fixed port.
 */
import { startServerProcess, type ServerProcess } from '../server/testing/server-process.ts';

export type { ServerProcess };

export function startServer(
  port: number,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<ServerProcess> {
  return startServerProcess({
    args: ['--serve-only', '--no-build', '--data', '.e2e-data', ...args],
    port,
    env,
    timeoutMs: 60_000,
    // Any HTTP answer means it listens (401 included, when it wants a key).
    readyPath: '/api/libraries',
    // The server goes away as a crash or a pulled cable would, mid-request.
    stopSignal: 'SIGKILL',
  });
}
