/**
 * A server for the benchmarks as one child process over a data folder, started in serve-only mode
 * and stopped by its PID: `server/testing/server-process.ts` with the benchmarks' defaults.
 */
import { PROJECT_DIR, startServerProcess, type ServerProcess } from '../../server/testing/server-process.ts';

export { PROJECT_DIR };

export type RunningServer = Pick<ServerProcess, 'url' | 'pid' | 'stop'>;

/** `serveOnly: false` lets the server index (the demo library: generated on first run). */
export async function startServer(
  dataDir: string,
  // The benchmark's own entry: it serves a synthetic library with its drawn images.
  { timeoutMs = 120_000, serveOnly = true, script = 'bench/serve-synthetic.ts' } = {},
): Promise<RunningServer> {
  const args = ['--data', dataDir, '--no-build'];
  if (serveOnly) args.push('--serve-only');
  return startServerProcess({ script, args, timeoutMs });
}
