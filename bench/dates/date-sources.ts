/**
 * Issue 13: the share of dates, zones and places by source (camera / file name / file time; camera /
 * GPS / file name / machine / unknown) over the demo library and the project's real photos
 * (`../shared/photos`), each indexed into an in-memory database (the folders are only read).
 * `node --import tsx bench/dates/date-sources.ts`, and part of `npm run bench`.
 */
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb } from '../../server/db/open-db.ts';
import { generateDemoLibrary } from '../../server/demo/generate-demo.ts';
import { indexLibrary } from '../../server/indexer/index-library.ts';
import { endExifTool } from '../../server/media/exiftool-process.ts';
import { CACHE_DIR } from '../lib/synthetic-cache.ts';
import { PROJECT_DIR } from '../lib/server-process.ts';

export interface SourceShares {
  library: string;
  assets: number;
  failed: number;
  /** Counts by source; `unknown` for null. */
  dates: Record<string, number>;
  zones: Record<string, number>;
  places: Record<string, number>;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Where the real photos are: beside the main checkout, or two levels up from a worktree. */
async function sharedPhotos(): Promise<string | null> {
  const candidates = [
    process.env.CONTACT_SHEET_SHARED_PHOTOS,
    path.join(PROJECT_DIR, '..', 'shared', 'photos'),
    path.join(PROJECT_DIR, '..', '..', 'shared', 'photos'),
  ];
  for (const dir of candidates) if (dir && (await exists(dir))) return path.resolve(dir);
  return null;
}

async function sharesOf(library: string, root: string): Promise<SourceShares> {
  const db = openDb(':memory:');
  try {
    const report = await indexLibrary(db, root);
    const rows = db.prepare('SELECT date_source, zone_source, place_source FROM assets').all() as {
      date_source: string | null;
      zone_source: string | null;
      place_source: string | null;
    }[];
    const count = (pick: (row: (typeof rows)[number]) => string | null) => {
      const out: Record<string, number> = {};
      for (const row of rows) {
        const key = pick(row) ?? 'unknown';
        out[key] = (out[key] ?? 0) + 1;
      }
      return out;
    };
    return {
      library,
      assets: rows.length,
      failed: report.failed.length,
      dates: count((r) => r.date_source),
      zones: count((r) => r.zone_source),
      places: count((r) => r.place_source),
    };
  } finally {
    db.close();
  }
}

export async function runDateSourcesBenchmark(
  options: { log?: (line: string) => void } = {},
): Promise<SourceShares[]> {
  const log = options.log ?? (() => {});
  const out: SourceShares[] = [];
  // The same seed renders the same demo: reuse the bench's or the browser tests' copy if there is one.
  const cached = [
    path.join(CACHE_DIR, 'demo', 'demo-photos'),
    path.join(PROJECT_DIR, '.e2e-data', 'demo-photos'),
  ];
  let scratch: string | null = null;
  try {
    let demo: string | null = null;
    for (const dir of cached) if (!demo && (await exists(dir))) demo = dir;
    if (!demo) {
      scratch = await mkdtemp(path.join(tmpdir(), 'cs-bench-dates-'));
      demo = path.join(scratch, 'demo-photos');
      log('date sources: rendering the demo library…');
      await generateDemoLibrary(demo);
    }
    log('date sources: indexing the demo library');
    out.push(await sharesOf('demo library', demo));
    const shared = await sharedPhotos();
    if (shared) {
      log(`date sources: indexing ${shared}`);
      out.push(await sharesOf('../shared/photos', shared));
    }
  } finally {
    await endExifTool();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  return out;
}

function shares(counts: Record<string, number>, total: number): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n} (${Math.round((100 * n) / Math.max(1, total))} %)`)
    .join(', ');
}

export function renderDateSourcesTable(rows: readonly SourceShares[]): string {
  const lines = [
    '| library | assets | date from | zone from | place from |',
    '| ------- | -----: | --------- | --------- | ---------- |',
    ...rows.map(
      (r) =>
        `| ${r.library} | ${r.assets}${r.failed ? ` (+${r.failed} unreadable)` : ''} | ${shares(r.dates, r.assets)} | ${shares(r.zones, r.assets)} | ${shares(r.places, r.assets)} |`,
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runDateSourcesBenchmark({ log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`${renderDateSourcesTable(rows)}\n`);
}
