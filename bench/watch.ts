/**
 * Issue 13's watched-folder figures over a 20k-file library (2k folders of 10 files): inotify
 * watches and RSS the watches cost, what a full incremental pass costs against a one-folder pass,
 * `refreshDerived` (albums' and people's counts, run after every pass) at 20k and at 100k
 * synthetic assets, and the time from a photo copied into the library to the API listing it
 * (median of a few). The 20k files are small stand-ins, entered into the index as they are on
 * disk (size and time), so the watcher finds them unchanged; the copied photos are real JPEGs read
 * end to end. `node --import tsx bench/watch.ts [--quick]`, and part of `npm run bench`.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app.ts';
import { openDb, type Db } from '../server/db/open-db.ts';
import { stableId } from '../server/ids.ts';
import { indexLibrary } from '../server/indexer/index-library.ts';
import { ensureLibrary, refreshDerived, setThumbhash, upsertAsset } from '../server/indexer/index.repo.ts';
import { watchFolders } from '../server/indexer/watch-folders.ts';
import { endExifTool } from '../server/media/exiftool-process.ts';
import { syntheticLibrary } from './lib/synthetic-cache.ts';

const FIXTURE = path.join(import.meta.dirname, '..', 'server', 'testing', 'fixtures', 'Canon_40D.jpg');

export interface WatchFigures {
  files: number;
  folders: number;
  watches: number;
  inotifyWatches: number | null;
  watchSetupMs: number;
  watchRssMb: number;
  fullPassMs: number;
  folderPassMs: number;
  refreshDerivedMs: { assets: number; ms: number }[];
  copyToListedMs: number[];
  /** Watching a tree of as many folders as a 200k-photo library has (10 photos a folder). */
  bigTree: { folders: number; watches: number; setupMs: number; rssMb: number } | null;
  maxUserWatches: number | null;
  notes: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rssMb = () => process.memoryUsage().rss / 2 ** 20;

/** inotify watches this process holds, as the kernel counts them (/proc/self/fdinfo). */
async function inotifyWatches(): Promise<number | null> {
  try {
    let count = 0;
    for (const fd of await readdir('/proc/self/fd')) {
      const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
      if (!target.includes('inotify')) continue;
      const info = await readFile(`/proc/self/fdinfo/${fd}`, 'utf8');
      count += info.split('\n').filter((line) => line.startsWith('inotify ')).length;
    }
    return count;
  } catch {
    return null;
  }
}

/** `folders` folders of `perFolder` small files, each entered into the index as found on disk. */
async function bigLibrary(db: Db, root: string, folders: number, perFolder: number): Promise<void> {
  const library = ensureLibrary(db, root);
  const rows: { relPath: string; size: number; mtimeMs: number }[] = [];
  for (let f = 0; f < folders; f++) {
    const folder = `${String(Math.floor(f / 100)).padStart(2, '0')}/${String(f).padStart(4, '0')}`;
    await mkdir(path.join(root, folder), { recursive: true });
    for (let i = 0; i < perFolder; i++) {
      const relPath = `${folder}/IMG_${i}.jpg`;
      await writeFile(path.join(root, relPath), `stand-in ${relPath}`);
      const info = await stat(path.join(root, relPath));
      rows.push({ relPath, size: info.size, mtimeMs: info.mtimeMs });
    }
  }
  db.transaction(() => {
    rows.forEach((row, n) => {
      const at = new Date(Date.UTC(2020, 0, 1) + n * 3600_000).toISOString();
      const id = stableId('asset', row.relPath);
      upsertAsset(db, library.id, id, {
        relPath: row.relPath,
        fileSize: row.size,
        mtimeMs: Math.round(row.mtimeMs),
        checksum: `stand-in:${row.relPath}`,
        originalFileName: path.posix.basename(row.relPath),
        fileCreatedAt: at,
        fileModifiedAt: at,
        localDatetime: at.slice(0, 19),
        metadata: {
          mimeType: 'image/jpeg',
          width: 4,
          height: 3,
          exif: null,
          localDatetime: null,
          faces: [],
          zoneSource: null,
          gpsTimeZone: null,
          placeSource: null,
        },
      });
      // As a real run leaves it: a ThumbHash, so an unchanged pass has nothing to backfill.
      setThumbhash(db, id, 'stand-in');
    });
    refreshDerived(db);
  })();
}

function timeRefreshDerived(db: Db): number {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    db.transaction(() => refreshDerived(db))();
    runs.push(performance.now() - t);
  }
  return Math.round(median(runs));
}

export async function runWatchBenchmark(
  options: { quick?: boolean; log?: (line: string) => void } = {},
): Promise<WatchFigures> {
  const log = options.log ?? (() => {});
  const work = await mkdtemp(path.join(tmpdir(), 'cs-bench-watch-'));
  const root = path.join(work, 'photos');
  const db = openDb(path.join(work, 'index.db'));
  const notes: string[] = [];
  try {
    const [folders, perFolder] = options.quick ? [500, 10] : [2000, 10];
    log(`Watch: writing ${folders * perFolder} files in ${folders} folders…`);
    await bigLibrary(db, root, folders, perFolder);

    const t0 = performance.now();
    const full = await indexLibrary(db, root);
    const fullPassMs = Math.round(performance.now() - t0);
    if (full.unchanged !== folders * perFolder) notes.push(`full pass found ${full.unchanged} unchanged`);
    const t1 = performance.now();
    await indexLibrary(db, root, { scope: { folders: ['00/0042'], trees: [] } });
    const folderPassMs = Math.round(performance.now() - t1);
    const refreshDerivedMs = [{ assets: folders * perFolder, ms: timeRefreshDerived(db) }];

    const rssBefore = rssMb();
    const t2 = performance.now();
    const app = createApp(db);
    const library = ensureLibrary(db, root);
    const watcher = await watchFolders([root], {
      index: async (r, scope) => void (await indexLibrary(db, r, { scope })),
      log,
    });
    const watchSetupMs = Math.round(performance.now() - t2);
    const watchRssMb = Math.round(rssMb() - rssBefore);
    const watches = watcher.watchCount();
    const kernelWatches = await inotifyWatches();
    watcher.start();

    const copyToListedMs: number[] = [];
    const bytes = await readFile(FIXTURE);
    for (let i = 0; i < (options.quick ? 3 : 5); i++) {
      // Each copy its own content (a JPEG ignores bytes after its end), so each is a new photo.
      const unique = Buffer.concat([bytes, Buffer.from(`copy ${i} ${Date.now()}`)]);
      const id = stableId('asset', `${library.id}:${createHash('sha256').update(unique).digest('base64')}`);
      const staging = path.join(work, `copy-${i}.jpg`);
      await writeFile(staging, unique);
      const t = performance.now();
      await copyFile(staging, path.join(root, '01', '0150', `copied-${i}.jpg`));
      for (;;) {
        if ((await app.request(`/api/assets/${id}`)).status === 200) break;
        if (performance.now() - t > 60_000) throw new Error('a copied photo was not listed within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      copyToListedMs.push(Math.round(performance.now() - t));
    }
    watcher.close();
    await watcher.settled();

    let bigTree: WatchFigures['bigTree'] = null;
    if (!options.quick) {
      const treeRoot = path.join(work, 'tree');
      const treeFolders = 20_000;
      log(`Watch: ${treeFolders} folders…`);
      for (let f = 0; f < treeFolders; f++)
        await mkdir(path.join(treeRoot, String(Math.floor(f / 100)), String(f)), { recursive: true });
      const before = rssMb();
      const t = performance.now();
      const treeWatcher = await watchFolders([treeRoot], { index: () => Promise.resolve(), log });
      bigTree = {
        folders: treeWatcher.watchCount(),
        watches: (await inotifyWatches()) ?? treeWatcher.watchCount(),
        setupMs: Math.round(performance.now() - t),
        rssMb: Math.round(rssMb() - before),
      };
      treeWatcher.close();
    }

    log('Watch: refreshDerived at 100k synthetic assets…');
    try {
      const synthetic = await syntheticLibrary(100_000, log);
      const copy = path.join(work, 'synthetic-100k.db');
      await copyFile(path.join(synthetic.dir, 'index.db'), copy);
      const big = openDb(copy);
      refreshDerivedMs.push({ assets: 100_000, ms: timeRefreshDerived(big) });
      big.close();
    } catch (error) {
      notes.push(`refreshDerived at 100k: n/a (${(error as Error).message})`);
    }
    return {
      files: folders * perFolder,
      folders,
      watches,
      inotifyWatches: kernelWatches,
      watchSetupMs,
      watchRssMb,
      fullPassMs,
      folderPassMs,
      refreshDerivedMs,
      copyToListedMs,
      bigTree,
      maxUserWatches: await readFile('/proc/sys/fs/inotify/max_user_watches', 'utf8').then(
        Number,
        () => null,
      ),
      notes,
    };
  } finally {
    db.close();
    await endExifTool();
    await rm(work, { recursive: true, force: true });
  }
}

export function renderWatchTable(f: WatchFigures): string {
  const rows = [
    [
      `photo copied into a watched ${f.files / 1000}k-file library → listed by the API (median of ${f.copyToListedMs.length})`,
      `${median(f.copyToListedMs)} ms (${f.copyToListedMs.join(', ')})`,
      '≤ 10 s (1 s of quiet first)',
    ],
    [
      `watches for ${f.files} files in ${f.folders} folders (kernel count)`,
      `${f.watches} (${f.inotifyWatches ?? 'n/a'}) in ${f.watchSetupMs} ms, +${f.watchRssMb} MB RSS`,
      'one per folder',
    ],
    [
      `watches for ${f.bigTree?.folders ?? '—'} folders (a 200k-photo library's worth; kernel count)`,
      f.bigTree ? `${f.bigTree.watches} in ${f.bigTree.setupMs} ms, +${f.bigTree.rssMb} MB RSS` : 'n/a',
      `< max_user_watches (${f.maxUserWatches ?? 'n/a'})`,
    ],
    [`full incremental pass, nothing changed, ${f.files} files`, `${f.fullPassMs} ms`, ''],
    ['pass over one changed folder (what a watch event costs)', `${f.folderPassMs} ms`, ''],
    ...f.refreshDerivedMs.map((r) => [`refreshDerived at ${r.assets / 1000}k assets`, `${r.ms} ms`, '< 1 s']),
  ];
  const table = ['| figure | measured | goal |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return `${table.join('\n')}\n${f.notes.map((n) => `\n${n}`).join('')}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const quick = process.argv.includes('--quick');
  runWatchBenchmark({ quick, log: (line) => process.stderr.write(`${line}\n`) }).then(
    (figures) => process.stdout.write(`${renderWatchTable(figures)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
