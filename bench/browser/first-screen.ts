/**
 * Issue 16's first screenful: fresh-browser visits to the gallery, each timed by phase from
 * navigation (the HTML, the scripts, the app's first commit, the first page of assets, the first
 * thumbnail asked, loaded and painted) with the longest main-thread task before that paint;
 * medians of several visits with the server's image cache warm, and of a few with it emptied.
 *
 * Run alone to compare builds back to back, e.g. the last commit's server on one port and this
 * tree's on another: `node --import tsx bench/browser/first-screen.ts URL [URL …] [--visits N]`.
 */
import type { Browser } from '@playwright/test';
import { percentile } from '../lib/stats.ts';
import { firstThumbnail, launchBrowser, type FirstPaint } from './session.ts';

export const FIRST_SCREEN_LIMITS = { warmMs: 500, coldMs: 700, longestTaskMs: 50 } as const;

/** Medians of each phase over the visits that painted (null when none did). */
export type PhaseMedians = { [K in keyof FirstPaint]: number | null };

export interface FirstScreenFigures {
  warm: PhaseMedians | null;
  cold: PhaseMedians | null;
  /** Each visit's first-thumbnail paint, in order, for the spread. */
  warmPaints: number[];
  coldPaints: number[];
}

const PHASES: readonly (keyof FirstPaint)[] = [
  'htmlMs',
  'scriptsMs',
  'commitMs',
  'listRequestMs',
  'listResponseMs',
  'imageRequestMs',
  'imageResponseMs',
  'imageLoadMs',
  'paintMs',
  'longestTaskMs',
];

export function phaseMedians(visits: readonly FirstPaint[]): PhaseMedians | null {
  if (visits.length === 0) return null;
  const medians = {} as PhaseMedians;
  for (const phase of PHASES) {
    const known = visits.map((v) => v[phase]).filter((v): v is number => typeof v === 'number');
    medians[phase] = known.length ? Math.round(percentile(known, 50)) : null;
  }
  return medians;
}

/**
 * `warmVisits` visits as the server is, then `coldVisits` each after emptying its image cache
 * (`dataDir`; none when it is null, e.g. a server whose data this process does not own).
 */
export async function measureFirstScreen(
  browser: Browser,
  url: string,
  dataDir: string | null,
  { warmVisits = 5, coldVisits = 3 } = {},
): Promise<FirstScreenFigures> {
  const warm: FirstPaint[] = [];
  const cold: FirstPaint[] = [];
  // One visit first, not counted: it is the one that warms the server's own caches.
  await firstThumbnail(browser, url, null).catch(() => null);
  for (let i = 0; i < warmVisits; i++) {
    const visit = await firstThumbnail(browser, url, null).catch(() => null);
    if (visit) warm.push(visit);
  }
  for (let i = 0; dataDir && i < coldVisits; i++) {
    const visit = await firstThumbnail(browser, url, dataDir).catch(() => null);
    if (visit) cold.push(visit);
  }
  return {
    warm: phaseMedians(warm),
    cold: phaseMedians(cold),
    warmPaints: warm.map((v) => Math.round(v.paintMs)),
    coldPaints: cold.map((v) => Math.round(v.paintMs)),
  };
}

const ms = (value: number | null | undefined) => (value == null ? 'n/a' : `${Math.round(value)}`);
const verdict = (value: number | null | undefined, limit: number) =>
  value == null ? 'n/a' : value <= limit ? '✅' : '❌';

/** The budget rows, one column per measured build (e.g. before and after a change). */
export function renderFirstScreenRows(
  columns: readonly { label: string; figures: FirstScreenFigures }[],
): string[] {
  const head = `| goal | target | ${columns.map((c) => c.label).join(' | ')} |`;
  const rule = `|---|---|${columns.map(() => '---|').join('')}`;
  const row = (
    goal: string,
    limit: number,
    pick: (f: FirstScreenFigures) => number | null | undefined,
    spread?: (f: FirstScreenFigures) => number[],
  ) =>
    `| ${goal} | ≤ ${limit} ms | ${columns
      .map((c) => {
        const value = pick(c.figures);
        const each = spread?.(c.figures);
        return `${ms(value)} ms${each?.length ? ` (${each.join(', ')})` : ''} ${verdict(value, limit)}`;
      })
      .join(' | ')} |`;
  return [
    head,
    rule,
    row(
      'first thumbnail painted, server cache warm (median)',
      FIRST_SCREEN_LIMITS.warmMs,
      (f) => f.warm?.paintMs,
      (f) => f.warmPaints,
    ),
    row(
      'first thumbnail painted, server cache cold (median)',
      FIRST_SCREEN_LIMITS.coldMs,
      (f) => f.cold?.paintMs,
      (f) => f.coldPaints,
    ),
    row(
      'longest main-thread task before it (median)',
      FIRST_SCREEN_LIMITS.longestTaskMs,
      (f) => f.warm?.longestTaskMs,
    ),
  ];
}

/** Where the first screenful's milliseconds go, warm medians: one line per measured build. */
export function renderPhases(label: string, m: PhaseMedians | null): string {
  if (!m) return `${label}: n/a`;
  return (
    `${label}: HTML ${ms(m.htmlMs)}, scripts in ${ms(m.scriptsMs)}, the app's first commit ${ms(m.commitMs)}, ` +
    `first page of assets asked ${ms(m.listRequestMs)} → in ${ms(m.listResponseMs)}, first thumbnail asked ` +
    `${ms(m.imageRequestMs)} → in ${ms(m.imageResponseMs)} → loaded ${ms(m.imageLoadMs)} → painted ${ms(m.paintMs)} ms`
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--visits');
  const visits = at >= 0 ? Number(args[at + 1]) : 7;
  const urls = args.filter((arg, i) => !arg.startsWith('--') && (at < 0 || i !== at + 1));
  if (urls.length === 0) throw new Error('usage: first-screen.ts URL [URL …] [--visits N]');
  const browser = await launchBrowser();
  try {
    const columns: { label: string; figures: FirstScreenFigures }[] = urls.map((url) => ({
      label: url,
      figures: { warm: null, cold: null, warmPaints: [], coldPaints: [] },
    }));
    // Interleaved, one visit per build in turn, so the machine's noise falls on each alike.
    const runs = columns.map(() => [] as FirstPaint[]);
    // A visit each first, not counted: it warms each server's own caches.
    for (const url of urls) await firstThumbnail(browser, url, null).catch(() => null);
    for (let v = 0; v < visits; v++) {
      for (const [i, url] of urls.entries()) {
        const visit = await firstThumbnail(browser, url, null).catch(() => null);
        if (visit) runs[i]!.push(visit);
      }
    }
    for (const [i, column] of columns.entries()) {
      column.figures.warm = phaseMedians(runs[i]!);
      column.figures.warmPaints = runs[i]!.map((v) => Math.round(v.paintMs));
    }
    process.stdout.write(`${renderFirstScreenRows(columns).join('\n')}\n\n`);
    for (const column of columns)
      process.stdout.write(`${renderPhases(column.label, column.figures.warm)}\n`);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
