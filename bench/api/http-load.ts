/**
 * Over real HTTP against the server process: list pages under concurrent load (autocannon), and
 * thumbnails per second with the image cache cold, then cached.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { summarize, type Summary } from '../lib/stats.ts';

export interface LoadResult {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** CPU time the server process spent per request, and its share of one core over the run. */
  serverCpuMsPerRequest: number | null;
  serverCoreShare: number | null;
}

/** User + system CPU seconds of a process so far, from /proc (Linux); null elsewhere. */
async function processCpuSeconds(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 11 and 12 after the command name.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Every connection cycles through `paths` (GET) for `seconds`; `pid` is the server's, for its CPU time. */
export async function loadTest(
  url: string,
  pid: number,
  paths: string[],
  { connections = 16, seconds = 10 } = {},
): Promise<LoadResult> {
  const cpuBefore = await processCpuSeconds(pid);
  const started = performance.now();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const cpuAfter = await processCpuSeconds(pid);
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return {
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverCpuMsPerRequest: cpu === null ? null : (cpu * 1000) / Math.max(1, result.requests.total),
    serverCoreShare: cpu === null ? null : cpu / ((performance.now() - started) / 1000),
  };
}

/**
 * fetch, once more if a kept-alive socket was closed under it: Node's server drops idle sockets
 * after 5 s and a request can race that close. That is the client's pool, not a server error.
 */
export async function fetchRetrying(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
}

export interface ThumbnailRun {
  images: number;
  concurrency: number;
  perSecond: number;
  latency: Summary;
  failures: number;
  bytesAverage: number;
}

/** Fetch every URL once with `concurrency` requests in flight; images per second overall. */
export async function fetchImages(base: string, urls: string[], concurrency = 8): Promise<ThumbnailRun> {
  const latencies: number[] = [];
  let failures = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const t0 = performance.now();
      const res = await fetchRetrying(base + url).catch(() => null);
      const body = res ? await res.arrayBuffer() : null;
      latencies.push(performance.now() - t0);
      if (!res?.ok || !body || res.headers.get('content-type') !== 'image/webp') failures++;
      else bytes += body.byteLength;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    images: urls.length,
    concurrency,
    perSecond: urls.length / seconds,
    latency: summarize(latencies),
    failures,
    bytesAverage: Math.round(bytes / Math.max(1, urls.length - failures)),
  };
}
