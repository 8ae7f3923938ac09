/**
 * Churn under a real server process: bursts of files added, rewritten, moved (within and across
 * folders, folders renamed) and removed while the API is read, the server SIGKILLed once in the
 * middle of indexing a burst and started again. The index must end equal to a fresh index of the
 * final folder: every path with its content, nothing lost, nothing twice, and every moved photo
 * with the id it had before.
 */
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssetPage } from '../../contract/entities.ts';
import { openDb } from '../db/open-db.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';
import { writePhotoFolder } from '../testing/photo-folder.ts';
import { indexLibrary } from './index-library.ts';

const INITIAL = 150;
const SPARES = 300;

interface Entry {
  /** The id it had when the server first indexed it (initial photos only). */
  id: string | null;
  rewritten: boolean;
}

/** A small seeded generator (mulberry32): the same churn on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a watched library under churn', () => {
  let work: string;
  let root: string;
  let data: string;
  let spares: string[];
  let server: ServerProcess | null = null;
  const files = new Map<string, Entry>();
  const folders = new Set(['', 'Album 0', 'Album 1', 'Album 2']);
  const next = random(13);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  let counter = 0;

  const start = (stopSignal: 'SIGTERM' | 'SIGKILL') =>
    startServerProcess({ args: ['--photos', root, '--data', data, '--no-build'], stopSignal });

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'cs-churn-'));
    root = path.join(work, 'photos');
    data = path.join(work, 'data');
    const spareDir = path.join(work, 'spares');
    const written = await writePhotoFolder(root, { count: INITIAL, albums: 3 });
    for (const w of written) files.set(w.relPath, { id: null, rewritten: false });
    // The same generator makes the same first photos: each spare is made unique by a suffix.
    await writePhotoFolder(spareDir, { count: SPARES, albums: 0 });
    spares = (await readdir(spareDir)).sort().map((name) => path.join(spareDir, name));
    for (const spare of spares) await appendFile(spare, `spare ${path.basename(spare)}`);
  });
  afterAll(async () => {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  });

  async function add(n: number, into?: string) {
    for (let i = 0; i < n; i++) {
      const folder = into ?? pick([...folders]);
      const relPath = path.posix.join(folder, `new-${counter++}.jpg`);
      await cp(spares.pop()!, path.join(root, relPath));
      files.set(relPath, { id: null, rewritten: false });
    }
  }
  async function rewrite(n: number) {
    for (let i = 0; i < n; i++) {
      const relPath = pick([...files.keys()]);
      await appendFile(path.join(root, relPath), `rewritten ${counter++}`);
      files.get(relPath)!.rewritten = true;
    }
  }
  async function move(n: number) {
    for (let i = 0; i < n; i++) {
      const from = pick([...files.keys()]);
      const folder = next() < 0.3 ? path.posix.dirname(from).replace(/^\.$/, '') : pick([...folders]);
      const to = path.posix.join(folder, `moved-${counter++}.jpg`);
      await rename(path.join(root, from), path.join(root, to));
      files.set(to, files.get(from)!);
      files.delete(from);
    }
  }
  async function remove(n: number) {
    for (let i = 0; i < n; i++) {
      const relPath = pick([...files.keys()]);
      await rm(path.join(root, relPath));
      files.delete(relPath);
    }
  }
  async function renameFolder(from: string, to: string) {
    await rename(path.join(root, from), path.join(root, to));
    for (const f of [...folders]) {
      if (f !== from && !f.startsWith(`${from}/`)) continue;
      folders.delete(f);
      folders.add(to + f.slice(from.length));
    }
    for (const [relPath, entry] of [...files]) {
      if (!relPath.startsWith(`${from}/`)) continue;
      files.delete(relPath);
      files.set(`${to}/${relPath.slice(from.length + 1)}`, entry);
    }
  }
  async function removeFolder(folder: string) {
    await rm(path.join(root, folder), { recursive: true });
    for (const f of [...folders]) if (f === folder || f.startsWith(`${folder}/`)) folders.delete(f);
    for (const relPath of [...files.keys()]) if (relPath.startsWith(`${folder}/`)) files.delete(relPath);
  }

  /** Content by path as a fresh index stores it (base64 SHA-256). */
  async function onDisk(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const relPath of files.keys())
      out.set(
        relPath,
        createHash('sha256')
          .update(await readFile(path.join(root, relPath)))
          .digest('base64'),
      );
    return out;
  }

  /** Every asset the API lists, as sorted checksums (the API names files, not paths). */
  async function listedChecksums(url: string): Promise<string[]> {
    const out: string[] = [];
    let after = '';
    for (;;) {
      const res = await fetch(`${url}/api/assets?limit=1000${after}`);
      const page = AssetPage.parse(await res.json());
      out.push(...page.data.map((a) => a.checksum));
      if (page.data.length < 1000) return out.sort();
      after = `&starting_after_id=${page.data.at(-1)!.id}`;
    }
  }

  it('ends with the index a fresh run gives, ids kept, the server killed once in between', async () => {
    server = await start('SIGKILL');
    const first = new Database(path.join(data, 'index.db'), { readonly: true });
    const ids = first.prepare('SELECT rel_path, id FROM assets').all() as { rel_path: string; id: string }[];
    first.close();
    expect(ids).toHaveLength(INITIAL);
    for (const { rel_path, id } of ids) files.get(rel_path)!.id = id;

    // The API is read all along: every answer while it is up is a good one.
    let reads = 0;
    const failures: string[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const url = server?.url;
        const res = url ? await fetch(`${url}/api/assets?limit=100`).catch(() => null) : null;
        if (res) {
          reads++;
          if (!res.ok) failures.push(`${res.status} ${await res.text()}`);
          else await res.arrayBuffer();
        }
        await pause(50);
      }
    })();

    await add(50);
    await mkdir(path.join(root, 'Trip', 'Day 1'), { recursive: true });
    folders.add('Trip/Day 1');
    await add(30, 'Trip/Day 1');
    await pause(600);
    await rewrite(20);
    await move(40);
    await pause(300);
    await remove(20);
    const before = (await listedChecksums(server.url)).length;
    await add(60);
    // Killed while that burst is being indexed: once the API shows some of it, not all.
    const goal = files.size;
    for (let t = Date.now(); Date.now() - t < 30_000; await pause(20)) {
      const count = (await listedChecksums(server.url)).length;
      if (count !== before && count !== goal) break;
    }
    await server.stop();
    server = null;
    // Changes while it is down: the rescan on start finds them.
    await move(20);
    await renameFolder('Album 1', 'Renamed');
    await remove(15);
    await add(30);
    server = await start('SIGTERM');

    await move(30);
    await rewrite(15);
    await add(40);
    await pause(400);
    await removeFolder('Trip');
    await renameFolder('Album 2', 'Album 2 (2024)');
    await move(30);
    await remove(20);
    await add(40);
    const expected = await onDisk();
    const deadline = Date.now() + 60_000;
    const want = [...expected.values()].sort();
    for (;;) {
      const got = await listedChecksums(server.url);
      if (JSON.stringify(got) === JSON.stringify(want)) break;
      if (Date.now() > deadline) expect(got).toEqual(want);
      await pause(250);
    }
    reading = false;
    await reader;
    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(20);
    await server.stop();
    server = null;

    const db = new Database(path.join(data, 'index.db'), { readonly: true });
    const rows = db.prepare('SELECT rel_path, id, checksum FROM assets').all() as {
      rel_path: string;
      id: string;
      checksum: string;
    }[];
    db.close();
    expect(new Map(rows.map((r) => [r.rel_path, r.checksum]))).toEqual(expected);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const byPath = new Map(rows.map((r) => [r.rel_path, r.id]));
    const kept = [...files].filter(([, e]) => e.id && !e.rewritten);
    expect(kept.length).toBeGreaterThan(60);
    for (const [relPath, entry] of kept) expect([relPath, byPath.get(relPath)]).toEqual([relPath, entry.id]);
    // And a fresh index of the final folder holds exactly the same paths and contents.
    const fresh = openDb(':memory:');
    await indexLibrary(fresh, root);
    const freshRows = fresh.prepare('SELECT rel_path, checksum FROM assets').all() as typeof rows;
    fresh.close();
    expect(new Map(freshRows.map((r) => [r.rel_path, r.checksum]))).toEqual(expected);
  }, 240_000);
});
