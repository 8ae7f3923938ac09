/**
 * `node --import tsx bench/load.ts [--seconds 60] [--assets 20000] [--connections 10]`: the long
 * form of the load test. Concurrent list, detail and thumbnail traffic over real HTTP while the
 * indexer adds a folder in the same process; prints requests per second, latency and memory as a
 * table. Prints figures, never passes or fails (the short form in server/security/load.test.ts
 * does that). `bench/main.ts` can call `runLoadBenchmark`.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runLoad, type LoadOptions, type LoadResult } from '../server/testing/load-run.ts';

export interface LoadBenchmarkOptions {
  seconds?: number;
  assets?: number;
  photos?: number;
  indexPhotos?: number;
  connections?: number;
  log?: (line: string) => void;
}

export interface LoadBenchmarkResult extends LoadResult {
  /** 1-minute load average when the run ended: high values mean the figures are pessimistic. */
  loadAverage: number;
  cpus: number;
}

/** One minute (by default) of mixed traffic with indexing meanwhile. */
export async function runLoadBenchmark(options: LoadBenchmarkOptions = {}): Promise<LoadBenchmarkResult> {
  const settings: LoadOptions = {
    seconds: options.seconds ?? 60,
    assets: options.assets ?? 20_000,
    photos: options.photos ?? 60,
    indexPhotos: options.indexPhotos ?? 300,
    connections: options.connections ?? 10,
    warmupSeconds: 5,
    log: options.log,
  };
  const result = await runLoad(settings);
  return { ...result, loadAverage: os.loadavg()[0]!, cpus: os.cpus().length };
}

/** The result as a Markdown table, one row per kind of traffic, then memory and indexing. */
export function renderLoadTable(r: LoadBenchmarkResult): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    row(['traffic', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'non-2xx', 'errors']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...r.scenarios.map((s) =>
      row([
        s.name,
        s.requests,
        s.requestsPerSecond.toFixed(0),
        s.latencyP50,
        s.latencyP99,
        s.latencyMax,
        s.non2xx,
        s.errors + s.timeouts,
      ]),
    ),
  ];
  const total = r.scenarios.reduce((n, s) => n + s.requests, 0);
  const { baselineMb, afterWarmupMb, endMb, peakMb } = r.memory;
  return [
    `Load: ${r.seconds} s, ${r.connections} connections per kind of traffic, ${total} requests (${(total / r.seconds).toFixed(0)}/s overall)`,
    '',
    ...lines,
    '',
    `Memory (RSS): ${baselineMb} MB before, ${afterWarmupMb} MB after warm-up, ${endMb} MB at the end, ${peakMb} MB peak`,
    `Indexed meanwhile: ${r.indexing.files} photos in ${r.indexing.seconds.toFixed(1)} s, ${r.indexing.failed} failed`,
    `Machine: ${r.cpus} CPUs, load average ${r.loadAverage.toFixed(1)} at the end`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      assets: { type: 'string' },
      connections: { type: 'string' },
    },
    strict: true,
  });
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  const result = await runLoadBenchmark({
    seconds: number(values.seconds),
    assets: number(values.assets),
    connections: number(values.connections),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${renderLoadTable(result)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
