/**
 * What a first visit downloads before the gallery can draw: the scripts and stylesheets the built
 * index.html names (the entry, its modulepreloads, its CSS), each gzipped at level 9 as a server
 * would send it. Lazy chunks (viewer, map, slideshow) are not counted: they load later.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialFiles {
  scripts: string[];
  styles: string[];
}

/** The same-origin script and stylesheet URLs an HTML page loads at once, in document order. */
export function initialFiles(html: string): InitialFiles {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src && attr('type') === 'module') scripts.push(src);
      continue;
    }
    const rel = attr('rel')?.toLowerCase();
    const href = attr('href');
    if (!href) continue;
    if (rel === 'modulepreload') scripts.push(href);
    else if (rel === 'stylesheet') styles.push(href);
  }
  const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
  return { scripts: scripts.filter(local), styles: styles.filter(local) };
}

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialBundle {
  scripts: FileSize[];
  styles: FileSize[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

async function sizeOf(distDir: string, url: string): Promise<FileSize> {
  const body = await readFile(path.join(distDir, url));
  return { file: url, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}

/** Measure the built gallery in `distDir` (what `vite build` wrote). */
export async function measureInitialBundle(distDir: string): Promise<InitialBundle> {
  const files = initialFiles(await readFile(path.join(distDir, 'index.html'), 'utf8'));
  const scripts = await Promise.all(files.scripts.map((url) => sizeOf(distDir, url)));
  const styles = await Promise.all(files.styles.map((url) => sizeOf(distDir, url)));
  const sum = (sizes: FileSize[]) => sizes.reduce((total, size) => total + size.gzipBytes, 0);
  return { scripts, styles, jsGzipBytes: sum(scripts), cssGzipBytes: sum(styles) };
}

/**
 * The byte budgets `npm test` holds every change to (kB = 1000 bytes, as vite prints them).
 * JS: issue 11's ceiling (the timeline must not grow the first script past 140 kB); issue 16's goal
 * is 120 kB, printed beside it by the check and the bench. Lower these as the bundle shrinks.
 */
export const BUDGETS = { initialJsGzipBytes: 140_000, initialCssGzipBytes: 8_000 } as const;
export const GOALS = { initialJsGzipBytes: 120_000 } as const;

export interface BudgetRow {
  what: string;
  bytes: number;
  budget: number;
  goal: number | null;
  ok: boolean;
}

export function budgetRows(bundle: InitialBundle): BudgetRow[] {
  return [
    {
      what: 'initial JS (gzip)',
      bytes: bundle.jsGzipBytes,
      budget: BUDGETS.initialJsGzipBytes,
      goal: GOALS.initialJsGzipBytes,
      ok: bundle.jsGzipBytes <= BUDGETS.initialJsGzipBytes,
    },
    {
      what: 'initial CSS (gzip)',
      bytes: bundle.cssGzipBytes,
      budget: BUDGETS.initialCssGzipBytes,
      goal: null,
      ok: bundle.cssGzipBytes <= BUDGETS.initialCssGzipBytes,
    },
  ];
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function renderBudgetTable(rows: BudgetRow[]): string {
  const lines = ['| what | size | budget | goal | |', '|---|---|---|---|---|'];
  for (const row of rows) {
    const goal = row.goal === null ? '–' : `${kb(row.goal)} ${row.bytes <= row.goal ? '✅' : '❌'}`;
    lines.push(`| ${row.what} | ${kb(row.bytes)} | ${kb(row.budget)} | ${goal} | ${row.ok ? '✅' : '❌'} |`);
  }
  return lines.join('\n');
}

/** The bench table's rows (goal | target | measured | verdict), measured on the build it ran. */
export function bundleGoalRows(bundle: InitialBundle | null): string[] {
  if (!bundle) return ['| initial JS (gzip) | ≤ 120 kB goal, ≤ 140 kB budget | n/a | n/a |'];
  const js = bundle.jsGzipBytes;
  const css = bundle.cssGzipBytes;
  return [
    `| initial JS (gzip, what index.html loads) | ≤ ${kb(GOALS.initialJsGzipBytes)} goal (budget ${kb(BUDGETS.initialJsGzipBytes)} in npm test) | ${kb(js)} | ${js <= GOALS.initialJsGzipBytes ? '✅' : '❌'} |`,
    `| initial CSS (gzip) | ≤ ${kb(BUDGETS.initialCssGzipBytes)} budget | ${kb(css)} | ${css <= BUDGETS.initialCssGzipBytes ? '✅' : '❌'} |`,
  ];
}
