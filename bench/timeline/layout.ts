/**
 * The timeline's layout budgets (issue 11): one 20,000-asset month laid out, every month of a
 * 1M-asset library estimated, and the same layout at 200,000 assets to show the pass is linear
 * (≈ 10× the time of 20,000). Pure CPU, no browser or server: part of `npm run bench`'s table,
 * and runnable alone: `node --import tsx bench/timeline/layout.ts [--quick]`.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { estimateMonthHeight, layoutMonth, type MonthLayoutOptions } from '../../src/layout/month-layout.ts';
import { targetRowHeightFor } from '../../src/layout/row-height.ts';
import { randomAspectRatio, randomMonth, seededRandom } from '../../src/layout/testing/random-months.ts';
import { ms, summarize, timeInTurn, type Summary } from '../lib/stats.ts';

export interface LayoutBenchResult {
  /** What the month looked like: width, target row height, rows it made. */
  setting: string;
  /** Wall clock of one layout call, ms. */
  month20k: Summary;
  month200k: Summary;
  /** CPU time of the same calls (this process, GC threads included): what they cost on a busy machine. */
  cpu20k: Summary;
  cpu200k: Summary;
  /**
   * Wall clock of each size with a full GC before every call (not timed): both on the same clean
   * heap, so the ratio is the pass's work. Back to back, a 20k month's rows die young while a
   * 200k month's outgrow the young generation, and each call pays for the last one's garbage.
   */
  clean20k: Summary | null;
  clean200k: Summary | null;
  /** Rows of the 20,000-asset month. */
  rows20k: number;
  estimateAll: Summary;
  months: number;
  assets: number;
}

/** The limits of issue 11's "Speed" section, in ms; linearity allows slack for GC and caches. */
export const LAYOUT_LIMIT_MS = 5;
export const ESTIMATE_LIMIT_MS = 5;
export const LINEAR_RATIO = { ideal: 10, limit: 15 };

/** A 1440 × 900 window: the grid's width inside the sidebar and padding, the default zoom. */
const OPTIONS: MonthLayoutOptions = {
  width: 1392,
  gap: 4,
  targetRowHeight: targetRowHeightFor(1440, 0),
  headerHeight: 48,
  dayLabelHeight: 28,
};

/**
 * Month counts of a 1M library over 20 years: growing with the phones (×6 from the first year to
 * the last), busier in summer and December, with the server's aspect-ratio sum beside each.
 */
function libraryMonths(total: number, random: () => number): { count: number; sum: number }[] {
  const weights = Array.from({ length: 240 }, (_, m) => {
    const season = m % 12 === 6 || m % 12 === 7 || m % 12 === 11 ? 1.8 : 1;
    return (1 + (5 * m) / 239) * season * (0.5 + random());
  });
  const scale = total / weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => {
    const count = Math.max(1, Math.round(w * scale));
    let sum = 0;
    for (let i = 0; i < Math.min(count, 500); i++) sum += randomAspectRatio(random);
    return { count, sum: (sum * count) / Math.min(count, 500) };
  });
}

export async function runLayoutBenchmark({
  quick = false,
  log = (_line: string) => {},
}: { quick?: boolean; log?: (line: string) => void } = {}): Promise<LayoutBenchResult> {
  log('layout: a 20,000- and a 200,000-asset month, every month of 1M estimated');
  const random = seededRandom(2026);
  const month20k = randomMonth(random, 20_000);
  const months = libraryMonths(1_000_000, random);
  const estimateAll = () => {
    let height = 0;
    for (const { count, sum } of months) height += estimateMonthHeight(count, sum, OPTIONS);
    return height;
  };
  // Each case on its own, not in turn: what one call leaves is collected while the next runs and
  // charged to it. The 200k month is made only after the 20k one is timed: 200k items in the heap
  // turn V8 to allocating the rows straight into the old generation (pretenuring), and a 20k month
  // then reads ~4.5 ms instead of ~0.8 — the heap's state, not the layout's work.
  const budgetMs = quick ? 1000 : 3000;
  const runs = { warmup: 5, minRuns: quick ? 10 : 30, maxRuns: quick ? 40 : 200, budgetMs };
  const [small] = await timeInTurn([() => layoutMonth(month20k, OPTIONS)], runs);
  const [estimate] = await timeInTurn([estimateAll], runs);
  const month200k = randomMonth(random, 200_000);
  const [large] = await timeInTurn([() => layoutMonth(month200k, OPTIONS)], runs);
  const gc = fullGc();
  const cleanRuns = quick ? 7 : 15;
  const clean = gc
    ? {
        small: timeOnCleanHeap(() => layoutMonth(month20k, OPTIONS), gc, cleanRuns),
        large: timeOnCleanHeap(() => layoutMonth(month200k, OPTIONS), gc, cleanRuns),
      }
    : null;
  return {
    setting: `${OPTIONS.width} px wide, ${OPTIONS.targetRowHeight} px rows`,
    month20k: summarize(small!.wall),
    month200k: summarize(large!.wall),
    cpu20k: summarize(small!.cpu),
    cpu200k: summarize(large!.cpu),
    clean20k: clean ? summarize(clean.small) : null,
    clean200k: clean ? summarize(clean.large) : null,
    rows20k: layoutMonth(month20k, OPTIONS).rows.length,
    estimateAll: summarize(estimate!.wall),
    months: months.length,
    assets: months.reduce((a, m) => a + m.count, 0),
  };
}

/** V8's `gc()`, reached at run time (the bench is not started with --expose-gc); null if refused. */
function fullGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

/** Wall-clock ms of `runs` calls of `fn`, each after an untimed full GC. */
function timeOnCleanHeap(fn: () => unknown, gc: () => void, runs: number): number[] {
  const wall: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    gc();
    const t0 = performance.now();
    fn();
    if (i >= 2) wall.push(performance.now() - t0);
  }
  return wall;
}

const verdict = (ok: boolean) => (ok ? '✅' : '❌');

/** Rows for the benchmark's goal table (same columns: goal, target, measured, verdict). */
export function layoutGoalRows(r: LayoutBenchResult | null | undefined): string[] {
  if (!r) return ['| layout: a 20,000-asset month | median ≤ 5 ms | n/a | n/a |'];
  // On a clean heap for each call (see LayoutBenchResult); back to back by CPU beside it, for
  // what a busy heap adds.
  const backToBack = r.cpu200k.median / r.cpu20k.median;
  const clean = r.clean20k && r.clean200k ? r.clean200k.median / r.clean20k.median : null;
  return [
    `| layout: a 20,000-asset month (${r.setting}, ${r.rows20k.toLocaleString('en')} rows) | median ≤ ${LAYOUT_LIMIT_MS} ms | ${ms(r.month20k.median)} ms (p95 ${ms(r.month20k.p95)}, CPU ${ms(r.cpu20k.median)} ms, n ${r.month20k.n}) | ${verdict(r.month20k.median <= LAYOUT_LIMIT_MS)} |`,
    `| estimate every month of 1M assets (${r.months} months, ${r.assets.toLocaleString('en')} assets) | median ≤ ${ESTIMATE_LIMIT_MS} ms | ${ms(r.estimateAll.median)} ms (p95 ${ms(r.estimateAll.p95)}) | ${verdict(r.estimateAll.median <= ESTIMATE_LIMIT_MS)} |`,
    `| layout is linear: 200,000-asset month ÷ 20,000 | ≈ ${LINEAR_RATIO.ideal}×, ≤ ${LINEAR_RATIO.limit}× | ${clean === null ? 'n/a' : `${clean.toFixed(1)}× with a full GC before each call (${ms(r.clean200k!.median)} ÷ ${ms(r.clean20k!.median)} ms)`}; back to back ${backToBack.toFixed(1)}× by CPU (${ms(r.cpu200k.median)} ÷ ${ms(r.cpu20k.median)} ms: the 200k month outgrows V8's young generation and pays for its last call's garbage) | ${clean === null ? 'n/a' : verdict(clean <= LINEAR_RATIO.limit)} |`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' } }, strict: true });
  const result = await runLayoutBenchmark({
    quick: values.quick ?? false,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(
    ['| goal | target | measured | |', '|---|---|---|---|', ...layoutGoalRows(result), ''].join('\n'),
  );
}
