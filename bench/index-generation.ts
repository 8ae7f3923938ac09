/**
 * Issue 13: what migration 13's change counter (db/index-generation.ts: one trigger per table bumps
 * a one-row table) costs the indexer's writes. The same synthetic photos (bench/synth's rows and
 * faces, as IndexedFiles) go through the indexer's own `upsertAsset` into a fresh WAL database,
 * with every trigger of the schema, and again with the counter's triggers dropped; runs alternate
 * round by round so the machine's neighbours load both alike. Two shapes: one transaction per file (what
 * indexLibrary does) and 1000 files per transaction (a bulk writer). `npm run synth` itself drops
 * every trigger while it loads, so there the counter costs nothing.
 * `node --import tsx bench/index-generation.ts [--quick]`, and part of `npm run bench`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '../server/db/open-db.ts';
import { INDEX_GENERATION_TRIGGER_PATTERN } from '../server/db/index-generation.ts';
import { indexGeneration } from '../server/events/index-state.repo.ts';
import { ensureLibrary, upsertAsset } from '../server/indexer/index.repo.ts';
import type { IndexedFile } from '../server/indexer/photo-metadata.ts';
import { buildAsset } from './synth/assets.ts';
import { PEOPLE } from './synth/catalog.ts';
import { weightedSampler } from './synth/random.ts';
import { planLibrary } from './synth/timeline.ts';

export interface TriggerOverheadRow {
  filesPerTransaction: number;
  files: number;
  /** Files per CPU second, median of the rounds. */
  withCounter: number;
  withoutCounter: number;
  /** How much slower with the counter, in percent of the time without. */
  overheadPercent: number;
  /** Counter bumps per file (one per row written in a counted table). */
  bumpsPerFile: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ROOT = '/synthetic/generation-bench';

/** The synthetic library as the indexer would hand its files to upsertAsset. */
function syntheticFiles(count: number): IndexedFile[] {
  const plan = planLibrary(1, count);
  const libraryId = 'lib_bench';
  const relPath = (i: number) => {
    const folder = plan.albums[plan.album[i]!];
    return `${folder ? `${folder}/` : ''}IMG_${String(i).padStart(6, '0')}.jpg`;
  };
  const ctx = {
    libraryId,
    relPath,
    indexedAt: '2025-07-01T09:00:00.000Z',
    pickPerson: weightedSampler(plan.personWeights),
  };
  return Array.from({ length: plan.count }, (_, i) => {
    const { row, faces } = buildAsset(plan, i, ctx);
    return {
      relPath: row.rel_path,
      fileSize: row.file_size,
      mtimeMs: row.file_mtime_ms,
      checksum: row.checksum,
      originalFileName: row.original_file_name,
      fileCreatedAt: row.file_created_at,
      fileModifiedAt: row.file_modified_at,
      localDatetime: row.local_datetime,
      metadata: {
        mimeType: row.mime_type,
        width: row.width,
        height: row.height,
        exif: row.exif_json ? (JSON.parse(row.exif_json) as IndexedFile['metadata']['exif']) : null,
        localDatetime: row.local_datetime,
        zoneSource: null,
        gpsTimeZone: null,
        placeSource: null,
        faces: faces.map((f) => ({
          personName: f.person >= 0 ? (PEOPLE[f.person] ?? null) : null,
          box: { x: f.x, y: f.y, w: f.w, h: f.h },
        })),
      },
    };
  });
}

function dropCounter(db: Db): void {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?")
    .all(INDEX_GENERATION_TRIGGER_PATTERN) as { name: string }[];
  for (const { name } of names) db.exec(`DROP TRIGGER ${name}`);
}

/** A fresh database in `dir` (WAL, as the server has it), with or without the counter's triggers. */
function freshDb(dir: string, name: string, counter: boolean): Db {
  const db = openDb(path.join(dir, `${name}.db`));
  if (!counter) dropCounter(db);
  return db;
}

/**
 * CPU seconds (this process's, system time included) writing `files` into `db`, `batch` per
 * transaction: on a machine shared with other work, wall time measures the neighbours.
 */
function writeSeconds(db: Db, libraryId: string, files: IndexedFile[], from: number, batch: number): number {
  const write = db.transaction((start: number, end: number) => {
    for (let i = start; i < end; i++) upsertAsset(db, libraryId, `asset_bench_${from + i}`, files[i]!);
  });
  const started = process.cpuUsage();
  for (let start = 0; start < files.length; start += batch)
    write(start, Math.min(files.length, start + batch));
  const cpu = process.cpuUsage(started);
  return (cpu.user + cpu.system) / 1e6;
}

export async function runGenerationTriggerBenchmark(
  options: { quick?: boolean; log?: (line: string) => void } = {},
): Promise<TriggerOverheadRow[]> {
  const log = options.log ?? (() => {});
  const rounds = options.quick ? 4 : 12;
  const dir = await mkdtemp(path.join(tmpdir(), 'cs-generation-bench-'));
  try {
    // One commit per file syncs the WAL each time: smaller rounds keep that shape short.
    const shapes = [
      { batch: 1, roundSize: options.quick ? 250 : 1000 },
      { batch: 1000, roundSize: options.quick ? 1000 : 5000 },
    ];
    const files = syntheticFiles(Math.max(...shapes.map((s) => s.roundSize * rounds)));
    const rows: TriggerOverheadRow[] = [];
    for (const { batch, roundSize } of shapes) {
      log(`Change-counter triggers: ${rounds} rounds of ${roundSize} files, ${batch} per transaction…`);
      // Both databases grow alike, round by round; which goes first alternates.
      const dbs = {
        with: freshDb(dir, `with-${batch}`, true),
        without: freshDb(dir, `without-${batch}`, false),
      };
      const libraryIds = {
        with: ensureLibrary(dbs.with, ROOT, 'Generation benchmark').id,
        without: ensureLibrary(dbs.without, ROOT, 'Generation benchmark').id,
      };
      const rates = { with: [] as number[], without: [] as number[] };
      try {
        for (let round = 0; round < rounds; round++) {
          const slice = files.slice(round * roundSize, (round + 1) * roundSize);
          for (const kind of round % 2 === 0
            ? (['with', 'without'] as const)
            : (['without', 'with'] as const)) {
            const seconds = writeSeconds(dbs[kind], libraryIds[kind], slice, round * roundSize, batch);
            rates[kind].push(slice.length / seconds);
          }
        }
        const withCounter = median(rates.with);
        const withoutCounter = median(rates.without);
        const written = rounds * roundSize;
        rows.push({
          filesPerTransaction: batch,
          files: written,
          withCounter,
          withoutCounter,
          overheadPercent: (withoutCounter / withCounter - 1) * 100,
          bumpsPerFile: indexGeneration(dbs.with) / written,
        });
        log(
          `  ${withCounter.toFixed(0)} files per CPU s with the counter, ${withoutCounter.toFixed(0)} without`,
        );
      } finally {
        dbs.with.close();
        dbs.without.close();
      }
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function renderGenerationTriggerTable(rows: readonly TriggerOverheadRow[]): string {
  const lines = [
    '| files per transaction | files | with the counter (files per CPU s) | without | overhead | bumps per file |',
    '|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.filesPerTransaction} | ${r.files.toLocaleString('en')} | ${r.withCounter.toFixed(0)} | ${r.withoutCounter.toFixed(0)} | ` +
        `${r.overheadPercent >= 0 ? '+' : ''}${r.overheadPercent.toFixed(1)} % | ${r.bumpsPerFile.toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  runGenerationTriggerBenchmark({ quick: process.argv.includes('--quick'), log })
    .then((rows) => process.stdout.write(`${renderGenerationTriggerTable(rows)}\n`))
    .catch((error: unknown) => {
      log(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
