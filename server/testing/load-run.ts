/**
 * A load run against a real HTTP server on an ephemeral loopback port: a file index of seeded
 * assets plus a small real photo folder, hit by concurrent list, detail and thumbnail traffic
 * (autocannon) while the indexer adds another folder in the same process, on its own connection.
 * Used by the short load test (pass/fail) and `bench/load.ts` (figures).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { createFileMedia } from '../media/file-media.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { seedLibrary } from './seed.ts';
import { writePhotoFolder } from './photo-folder.ts';

interface Histogram {
  average: number;
  total: number;
  p50: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon is CommonJS without types.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadOptions {
  /** Seeded assets (no files): list and detail traffic. */
  assets?: number;
  /** Real photos indexed before the load: thumbnail traffic. */
  photos?: number;
  /** Real photos indexed during the measured load. */
  indexPhotos?: number;
  warmupSeconds?: number;
  seconds?: number;
  /** Connections per scenario (three scenarios run at once). */
  connections?: number;
  log?: (line: string) => void;
}

export interface ScenarioResult {
  name: 'list' | 'detail' | 'thumbnail';
  requests: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

export interface LoadResult {
  seconds: number;
  connections: number;
  scenarios: ScenarioResult[];
  /** Resident set size in MB: before any load, after the warm-up, at the end, and the peak. */
  memory: { baselineMb: number; afterWarmupMb: number; endMb: number; peakMb: number };
  indexing: { files: number; failed: number; seconds: number };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The request paths of each scenario, from what the index holds. */
function scenarioPaths(db: Db, seededLibraryId: string): Record<ScenarioResult['name'], string[]> {
  const ids = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .all(...params) as string[];
  const seeded = ids(
    'SELECT id FROM assets WHERE library_id = ? ORDER BY random() LIMIT 200',
    seededLibraryId,
  );
  const real = ids('SELECT id FROM assets WHERE library_id != ?', seededLibraryId);
  const albums = ids('SELECT id FROM albums LIMIT 5');
  const people = ids('SELECT id FROM people LIMIT 5');
  const faces = ids(
    'SELECT f.id FROM faces f JOIN assets a ON a.id = f.asset_id WHERE a.library_id != ?',
    seededLibraryId,
  );
  const list = [
    '/api/libraries',
    '/api/albums',
    '/api/people',
    '/api/assets',
    ...seeded.slice(0, 60).map((id) => `/api/assets?limit=100&starting_after_id=${id}`),
    ...albums.map((id) => `/api/assets?album_id=${id}&limit=100`),
    ...people.map((id) => `/api/assets?person_id=${id}&limit=100`),
    ...people.map((id) => `/api/faces?person_id=${id}`),
  ];
  const detail = [...seeded, ...real].map((id) => `/api/assets/${id}`);
  const thumbnail = [
    ...real.flatMap((id) => [`/api/assets/${id}/thumbnail`, `/api/assets/${id}/thumbnail?size=preview`]),
    ...faces.map((id) => `/api/faces/${id}/thumbnail`),
  ];
  return { list: shuffled(list), detail: shuffled(detail), thumbnail: shuffled(thumbnail) };
}

async function hammer(
  url: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<AutocannonResult> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
}

export async function runLoad(options: LoadOptions = {}): Promise<LoadResult> {
  const {
    assets = 3000,
    photos = 24,
    indexPhotos = 40,
    warmupSeconds = 2,
    seconds = 5,
    connections = 4,
  } = options;
  const log = options.log ?? (() => undefined);
  const tmp = await mkdtemp(path.join(tmpdir(), 'cs-load-'));
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(process.memoryUsage.rss()), 100);
  try {
    log(`Preparing ${assets} seeded assets and ${photos} + ${indexPhotos} real photos…`);
    const [photosA, photosB] = [path.join(tmp, 'served'), path.join(tmp, 'incoming')];
    await writePhotoFolder(photosA, { count: photos, width: 640, height: 480 });
    await writePhotoFolder(photosB, { count: indexPhotos, width: 640, height: 480, albums: 2 });
    const dbFile = path.join(tmp, 'index.db');
    const cacheDir = path.join(tmp, 'thumbnails');
    const db = openDb(dbFile);
    const seeded = seedLibrary(db, { assets, albums: 5, people: 6 });
    await indexLibrary(db, photosA, { media: createFileMedia({ db, cacheDir }) });
    const paths = scenarioPaths(db, seeded.libraryId);

    const app = createApp(db, {
      imageCacheDir: cacheDir,
      onError: (error) => log(`server error: ${String(error)}`),
    });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const baseline = process.memoryUsage.rss();

    const runAll = (secs: number) =>
      Promise.all([
        hammer(url, paths.list, connections, secs),
        hammer(url, paths.detail, connections, secs),
        hammer(url, paths.thumbnail, connections, secs),
      ]);
    // Render every image once first: the load then measures serving, as after a first visit.
    for (const p of paths.thumbnail) await (await fetch(url + p)).arrayBuffer();
    log(`Warming up for ${warmupSeconds} s…`);
    await runAll(warmupSeconds);
    const afterWarmup = process.memoryUsage.rss();
    samples.length = 0;

    log(
      `Load for ${seconds} s, ${connections} connections per scenario, indexing ${indexPhotos} photos meanwhile…`,
    );
    const writer = openDb(dbFile);
    const indexing = (async () => {
      const started = performance.now();
      const report = await indexLibrary(writer, photosB, {
        media: createFileMedia({ db: writer, cacheDir }),
      });
      return {
        files: report.added,
        failed: report.failed.length,
        seconds: (performance.now() - started) / 1000,
      };
    })();
    const [results, indexed] = await Promise.all([runAll(seconds), indexing]);
    const end = process.memoryUsage.rss();

    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
    writer.close();
    db.close();

    const names = ['list', 'detail', 'thumbnail'] as const;
    return {
      seconds,
      connections,
      scenarios: results.map((r, i) => ({
        name: names[i]!,
        requests: r.requests.total,
        requestsPerSecond: r.requests.average,
        latencyP50: r.latency.p50,
        latencyP99: r.latency.p99,
        latencyMax: r.latency.max,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
        statusCodes: Object.fromEntries(
          Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]),
        ),
      })),
      memory: {
        baselineMb: mb(baseline),
        afterWarmupMb: mb(afterWarmup),
        endMb: mb(end),
        peakMb: mb(Math.max(end, ...samples)),
      },
      indexing: indexed,
    };
  } finally {
    clearInterval(sampler);
    await rm(tmp, { recursive: true, force: true });
  }
}
