/**
 * Crash safety: the indexer runs as its own process and is SIGKILLed at random moments, again and
 * again, then left to finish. The index it ends with must be the one an uninterrupted run builds
 * (same ids, faces, people, albums), with nothing orphaned and SQLite's own checks clean; the API
 * must keep answering from a second connection while the indexer writes; and no photo may change.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssetPage } from '../../contract/entities.ts';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { fingerprintFolder, writePhotoFolder, type WrittenPhoto } from '../testing/photo-folder.ts';

const PROJECT = path.resolve(import.meta.dirname, '..', '..');
const PHOTOS = 60;
const KILLS = 5;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);

/** A small seeded PRNG (mulberry32), so a failing run can be replayed with CRASH_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everything the index holds, as comparable rows (timestamps of the run left out). */
function indexContents(db: Db) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    libraries: all('SELECT id, name, root_path FROM libraries ORDER BY id'),
    assets: all(`SELECT id, library_id, rel_path, file_size, checksum, mime_type, original_file_name,
      local_datetime, sort_key, width, height, exif_json FROM assets ORDER BY id`),
    faces: all('SELECT id, asset_id, person_id, x, y, w, h FROM faces ORDER BY id'),
    people: all('SELECT id, name, asset_count, thumbnail_face_id FROM people ORDER BY id'),
    albums: all('SELECT id, library_id, rel_path, name, asset_count FROM albums ORDER BY id'),
    albumAssets: all('SELECT album_id, asset_id, sort_key FROM album_assets ORDER BY album_id, asset_id'),
    assetPeople: all('SELECT person_id, asset_id, sort_key FROM asset_people ORDER BY person_id, asset_id'),
  };
}

/** Rows that point at nothing, or that nothing points at although they only exist to be pointed at. */
function orphans(db: Db): Record<string, number> {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    faces: count('SELECT count(*) AS n FROM faces WHERE asset_id NOT IN (SELECT id FROM assets)'),
    facePeople: count(
      'SELECT count(*) AS n FROM faces WHERE person_id IS NOT NULL AND person_id NOT IN (SELECT id FROM people)',
    ),
    albumLinks: count(
      'SELECT count(*) AS n FROM album_assets WHERE asset_id NOT IN (SELECT id FROM assets) OR album_id NOT IN (SELECT id FROM albums)',
    ),
    personLinks: count(
      'SELECT count(*) AS n FROM asset_people WHERE asset_id NOT IN (SELECT id FROM assets) OR person_id NOT IN (SELECT id FROM people)',
    ),
    emptyAlbums: count(
      'SELECT count(*) AS n FROM albums WHERE id NOT IN (SELECT album_id FROM album_assets)',
    ),
    facelessPeople: count(
      'SELECT count(*) AS n FROM people WHERE id NOT IN (SELECT person_id FROM faces WHERE person_id IS NOT NULL)',
    ),
  };
}

function expectSqliteHealthy(db: Db): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
}

interface Run {
  /** True when the child printed its final report (it finished before the kill). */
  finished: boolean;
  /** Files indexed when it stopped, as last reported. */
  progress: number;
}

interface KillPlan {
  /** Kill once this many files are done (as the child reports), `delayMs` later: mid-file. */
  afterFiles?: number;
  delayMs?: number;
  /** Kill this long after spawning, whatever it is doing. */
  atMs?: number;
}

/** Run the indexer CLI and kill it as planned, or let it finish (no plan). */
function runIndexer(args: string[], plan: KillPlan = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/testing/index-cli.ts', ...args], {
      cwd: PROJECT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { finished: false, progress: 0 };
    let stderr = '';
    let buffered = '';
    let armed = false;
    const kill = () => child.kill('SIGKILL');
    const timers = plan.atMs === undefined ? [] : [setTimeout(kill, plan.atMs)];
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const match = /^progress (\d+) \d+$/.exec(line);
        if (match) run.progress = Number(match[1]);
        else if (line.startsWith('{')) run.finished = true;
        if (!armed && plan.afterFiles !== undefined && run.progress >= plan.afterFiles) {
          armed = true;
          timers.push(setTimeout(kill, plan.delayMs ?? 0));
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      timers.forEach(clearTimeout);
      if (signal === 'SIGKILL' || code === 0) resolve(run);
      else reject(new Error(`indexer exited with ${code}: ${stderr}`));
    });
  });
}

let tmp: string;
let photos: string;
let written: WrittenPhoto[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-crash-'));
  photos = path.join(tmp, 'photos');
  written = await writePhotoFolder(photos, { count: PHOTOS, albums: 3 });
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-index with the index an uninterrupted run builds (seed ${SEED})`, async () => {
    const before = await fingerprintFolder(photos);
    const rand = random(SEED);
    const dbFile = path.join(tmp, 'index.db');
    const cacheDir = path.join(tmp, 'thumbnails');
    const args = ['--db', dbFile, '--photos', photos, '--cache', cacheDir];

    // The API's connection, open for the whole test: it reads while the indexer process writes.
    const reader = openDb(dbFile);
    const app = createApp(reader, { imageCacheDir: null });
    const facesByPath = new Map(written.map((p) => [p.relPath, p.faces]));
    let reads = 0;
    let seen = 0;
    const poll = async () => {
      const res = await app.request('/api/assets?limit=1000');
      expect(res.status).toBe(200);
      const page = AssetPage.parse(await res.json());
      // Each file is committed whole: an asset is never seen without its faces.
      for (const asset of page.data) expect(asset.faces?.length).toBe(facesByPath.get(asset.device_asset_id));
      expect(page.data.length).toBeGreaterThanOrEqual(seen);
      seen = page.data.length;
      expect((await app.request('/api/people')).status).toBe(200);
      reads++;
    };

    const runs: Run[] = [];
    for (let k = 0; k < KILLS; k++) {
      // Most kills land a few files into the run, mid-file; the last lands at a random time,
      // which may be during start-up or the folder walk.
      const plan: KillPlan =
        k < KILLS - 1
          ? {
              afterFiles: Math.min(PHOTOS - 1, seen + 1 + Math.floor(rand() * 8)),
              delayMs: Math.round(rand() * 20),
            }
          : { atMs: 1200 + Math.round(rand() * 1500) };
      const polling = setInterval(() => void poll().catch(() => undefined), 40);
      const run = await runIndexer(args, plan);
      clearInterval(polling);
      await poll();
      runs.push(run);
      expectSqliteHealthy(reader);
    }
    const interrupted = runs.filter((r) => !r.finished).length;
    expect(interrupted).toBeGreaterThanOrEqual(KILLS - 1);

    const last = await runIndexer(args);
    expect(last.finished).toBe(true);
    await poll();
    console.info(
      `crash safety (seed ${SEED}): ${interrupted} of ${KILLS} kills interrupted indexing at files ` +
        `${runs.map((r) => r.progress).join(', ')}; ${reads} API reads during the runs`,
    );

    // An uninterrupted run over the same folder, in its own database.
    const fresh = openDb(':memory:');
    await indexLibrary(fresh, photos);
    const contents = indexContents(reader);
    expect(contents).toEqual(indexContents(fresh));
    expect(contents.assets).toHaveLength(PHOTOS);
    expect(new Set(contents.assets.map((a) => (a as { rel_path: string }).rel_path)).size).toBe(PHOTOS);
    expect(contents.faces.length).toBeGreaterThan(0);
    expect(
      Object.values(orphans(reader)).every((n) => n === 0),
      JSON.stringify(orphans(reader)),
    ).toBe(true);
    expectSqliteHealthy(reader);

    // Cached thumbnails are written then renamed: whatever the kills hit, none is half a file.
    // A kill between an asset's commit and its thumbnail leaves that one to be rendered on the
    // first visit (the rerun skips the unchanged file): the server renders what is missing.
    const cachedWebp = async () =>
      (await readdir(cacheDir, { recursive: true })).filter((f) => f.endsWith('.webp'));
    for (const file of await cachedWebp()) {
      expect((await sharp(path.join(cacheDir, file)).metadata()).format).toBe('webp');
    }
    const served = createApp(reader, { imageCacheDir: cacheDir });
    for (const asset of contents.assets as { id: string }[]) {
      expect((await served.request(`/api/assets/${asset.id}/thumbnail`)).status).toBe(200);
    }
    expect(await cachedWebp()).toHaveLength(PHOTOS);

    expect(await fingerprintFolder(photos)).toEqual(before);
    reader.close();
  }, 120_000); // Seven indexer processes; ~20 s on an idle two-core machine, more under load.
});
