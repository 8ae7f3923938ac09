/** Percentiles of timing samples (nearest rank), for the benchmark tables. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/**
 * Time several functions in turn, one call of each per round (so a GC pause or a neighbour's
 * burst of work lands on all of them alike, and their ratio holds): a few warm-up rounds, then
 * rounds until `budgetMs` is spent or `maxRuns` are done (at least `minRuns`). Returns, for each
 * function, the wall-clock and CPU time (user + system of this process) of each call in ms: on a
 * busy machine the wall clock includes waiting for a core, the CPU time is what the code cost.
 */
export async function timeInTurn(
  fns: (() => unknown)[],
  { warmup = 5, minRuns = 20, maxRuns = 300, budgetMs = 1000 } = {},
): Promise<{ wall: number[]; cpu: number[] }[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const out = fns.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  const started = performance.now();
  for (let run = 0; run < maxRuns && (run < minRuns || performance.now() - started < budgetMs); run++) {
    for (const [i, fn] of fns.entries()) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await fn();
      out[i]!.wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      out[i]!.cpu.push((c.user + c.system) / 1000);
    }
  }
  return out;
}

/** `1.23` ms with sensible precision, or `n/a`. */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}
