/**
 * The 2026 read cases of issue 10, timed in-process as the API table times a page (bench/api.ts:
 * `app.request` with @hono/node-server's Response installed, until the Response exists) and over
 * loopback HTTP beside it: month counts for the
 * whole timeline under each filter, a counts page and an asset page from an arbitrary
 * `local_datetime_before`, `person_ids` with 3 people, a page with every 2026 field beside the plain
 * page, geo clusters for the world and a city. `npm run bench` prints its table (renderSummaryTable);
 * `node --import tsx bench/api/summaries.ts --data DIR` prints it for DIR/index.db alone.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { openDb, type Db } from '../../server/db/open-db.ts';
import { summarize, timeInTurn, type Summary } from '../lib/stats.ts';
import { createSyntheticMedia } from '../synth/synthetic-media.ts';

export interface SummaryCase {
  name: string;
  url: string;
  /** The target median, in ms (at 1M assets). */
  targetMs: number;
  /** Instead of `targetMs`: at most this times the median of the case named `baseline`. */
  ratio?: { baseline: string; max: number };
  /** What the time is spent on: the rows the answer has to read. */
  limitedBy: string;
}

/** Every `include=` the list takes: the page the 2026 API's richest client asks for. */
const EVERY_INCLUDE = 'metadata,faces,people,metrics,file_data,variants';

const one = <T>(db: Db, sql: string) => db.prepare(sql).get() as T;

/** The cases, chosen from the library: its biggest album and most photographed people. */
export function summaryCases(db: Db): SummaryCase[] {
  const album = one<{ id: string }>(db, 'SELECT id FROM albums ORDER BY asset_count DESC, id LIMIT 1').id;
  const top = db
    .prepare('SELECT id, asset_count FROM people ORDER BY asset_count DESC, id LIMIT 3')
    .all() as {
    id: string;
    asset_count: number;
  }[];
  const people = top.map((p) => p.id);
  const links = top.reduce((sum, p) => sum + p.asset_count, 0);
  const geotagged = one<{ n: number }>(db, 'SELECT count(*) AS n FROM assets WHERE latitude IS NOT NULL').n;
  const pair = one<{ person_id: string; n: number }>(
    db,
    `SELECT person_id, count(*) AS n FROM album_people_assets WHERE album_id = '${album}'
     GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1`,
  );
  const n = (count: number) => count.toLocaleString('en');
  // Cities: the densest 0.2° square (home) and the tenth densest (somewhere travelled to).
  const cities = db
    .prepare(
      `SELECT round(latitude * 5) / 5 AS lat, round(longitude * 5) / 5 AS lon, count(*) AS n
       FROM assets WHERE latitude IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC LIMIT 10`,
    )
    .all() as { lat: number; lon: number; n: number }[];
  const box = (c: { lat: number; lon: number }) =>
    [c.lon - 0.1, c.lat - 0.1, c.lon + 0.1, c.lat + 0.1].map((x) => x.toFixed(4)).join(',');
  const middle = one<{ sort_key: string }>(
    db,
    'SELECT sort_key FROM assets ORDER BY sort_key LIMIT 1 OFFSET (SELECT count(*) / 3 FROM assets)',
  ).sort_key;
  const month = `${middle.slice(0, 7)}-01T00:00:00`;
  const months = 'a month table (one row a month)';
  const cases: SummaryCase[] = [
    {
      name: 'counts: none',
      url: '/api/assets/counts?limit=200',
      targetMs: 10,
      limitedBy: `asset_months: ${months}`,
    },
    {
      name: 'counts: album',
      url: `/api/assets/counts?limit=200&album_id=${album}`,
      targetMs: 10,
      limitedBy: `album_months: ${months}`,
    },
    {
      name: 'counts: person',
      url: `/api/assets/counts?limit=200&person_id=${people[0]}`,
      targetMs: 10,
      limitedBy: `person_months: ${months}`,
    },
    {
      name: 'counts: album+person',
      url: `/api/assets/counts?limit=200&album_id=${album}&person_id=${pair.person_id}`,
      targetMs: 10,
      limitedBy: `album_person_months: ${months} (the pair has ${n(pair.n)} assets)`,
    },
    {
      name: 'counts: 3 people',
      url: `/api/assets/counts?limit=200&person_ids=${people.join(',')}`,
      targetMs: 10,
      limitedBy: `people_combo_months: ${months} (the three have ${n(links)} links)`,
    },
    {
      name: 'counts: first 20 months',
      url: '/api/assets/counts',
      targetMs: 5,
      limitedBy: `asset_months: ${months}`,
    },
    {
      name: `counts: 20 before ${month}`,
      url: `/api/assets/counts?local_datetime_before=${month}`,
      targetMs: 5,
      limitedBy: `asset_months: ${months}`,
    },
    {
      name: 'page: first (100)',
      url: '/api/assets?limit=100',
      targetMs: 5,
      limitedBy: '100 rows of assets_order, then their faces and people, then building each asset',
    },
    {
      name: `page: before ${middle.slice(0, 19)}`,
      url: `/api/assets?limit=100&local_datetime_before=${middle.slice(0, 19)}`,
      targetMs: 5,
      limitedBy: 'as the first page, from a seek in assets_order',
    },
    {
      name: 'page: every 2026 field',
      url: `/api/assets?limit=100&include=${EVERY_INCLUDE}`,
      targetMs: Number.NaN,
      ratio: { baseline: 'page: first (100)', max: 1.3 },
      limitedBy: 'building each asset: metadata (Exif JSON, place label), file_data, every variant URL',
    },
    {
      name: 'page: person_ids ×3',
      url: `/api/assets?limit=100&person_ids=${people.join(',')}`,
      targetMs: 10,
      limitedBy: 'one range of people_combo_assets (the three together), then building each asset',
    },
    {
      name: 'geo: world, 10° cells',
      url: '/api/assets/geo-clusters?bbox=-180,-90,180,90&cell_size=10',
      targetMs: 50,
      limitedBy: `geo_cells: the 10° level's cells (${n(geotagged)} geotagged assets)`,
    },
  ];
  for (const [label, city] of [
    ['home', cities[0]],
    ['travel', cities[9]],
  ] as const) {
    if (!city) continue;
    cases.push({
      name: `geo: city (${label}, ${city.n} assets), 0.005°`,
      url: `/api/assets/geo-clusters?bbox=${box(city)}&cell_size=0.005`,
      targetMs: 10,
      limitedBy: `geo_cells at 0.005° inside the box, its edge strips from assets_geo_unit(_lon) (${n(city.n)} assets in the box)`,
    });
  }
  cases.push(...placeCases(album, people[0]!));
  return cases;
}

/** Issue 14's places in the sidebar: the list under each facet, and a place narrowing the others. */
function placeCases(album: string, person: string): SummaryCase[] {
  const counts = 'a place counts table (one row a place)';
  return [
    { name: 'places: none', url: '/api/assets/places', targetMs: 10, limitedBy: `place_counts: ${counts}` },
    {
      name: 'places: person',
      url: `/api/assets/places?person_id=${person}`,
      targetMs: 10,
      limitedBy: `person_place_counts: ${counts}`,
    },
    {
      name: 'places: album',
      url: `/api/assets/places?album_id=${album}`,
      targetMs: 10,
      limitedBy: `album_place_counts: ${counts}`,
    },
    {
      name: 'people under a country',
      url: '/api/people?limit=50&country_code=PT',
      targetMs: 10,
      limitedBy: `person_place_counts: ${counts}`,
    },
    {
      name: 'page: a city (100)',
      url: '/api/assets?limit=100&country_code=PT&city=Porto',
      targetMs: 5,
      limitedBy: '100 rows of assets_place_city, then building each asset',
    },
  ];
}

export interface SummaryTiming extends SummaryCase {
  status: number;
  /**
   * In-process `app.request(…)` until the Response exists: validation, SQL, the JSON text, what a
   * request costs the server. (Reading it back with `.text()` turned the lightweight Response into
   * a fetch one and decoded it: +4–11 ms on a 400 kB page at 1M, work no server does.)
   */
  app: Summary;
  /** Over loopback HTTP to the same app (`@hono/node-server`), until the last byte: what a client waits. */
  http: Summary;
}

/** GET `url` on a kept-alive connection and wait for the whole body (bytes, not decoded). */
function httpGet(agent: http.Agent, port: number, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: url, agent }, (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Each case in turn, in-process and over HTTP (warm-up rounds first): medians and p99s. */
export async function runSummaryBenchmark(file: string, quick = false): Promise<SummaryTiming[]> {
  const db = openDb(file);
  const app = createApp(db, { media: createSyntheticMedia({ db, cacheDir: null }) });
  const listener = getRequestListener(app.fetch);
  const server = http.createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const cases = summaryCases(db);
  const statuses: number[] = [];
  for (const c of cases) statuses.push((await app.request(c.url)).status);
  const timing = quick
    ? { warmup: 1, minRuns: 5, maxRuns: 20, budgetMs: 300 }
    : { warmup: 3, minRuns: 15, maxRuns: 200, budgetMs: 1500 };
  const runs = await timeInTurn(
    cases.flatMap((c) => [() => app.request(c.url), () => httpGet(agent, port, c.url)]),
    timing,
  );
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  db.close();
  return cases.map((c, i) => ({
    ...c,
    status: statuses[i]!,
    app: summarize(runs[2 * i]!.wall),
    http: summarize(runs[2 * i + 1]!.wall),
  }));
}

/**
 * The median a case is held to: its own target, or its baseline's median times the ratio. Held
 * in-process, as the API table's page budget is: the loopback column adds writing the body to a
 * socket and reading it back in this same process (a 400 kB page: ~8 ms), which is the client's
 * share and the network's, not the server's.
 */
export function limitOf(results: readonly SummaryTiming[], r: SummaryTiming): number {
  if (!r.ratio) return r.targetMs;
  const baseline = results.find((b) => b.name === r.ratio!.baseline);
  return baseline ? baseline.app.median * r.ratio.max : Number.NaN;
}

/** The issue-10 rows, each median beside its limit, met or not, and what it reads. */
export function renderSummaryTable(results: readonly SummaryTiming[]): string {
  const lines = [
    '| case | status | in-process median ms | in-process p99 ms | HTTP median / p99 ms | limit (at 1M) | met | limited by |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const limit = limitOf(results, r);
    const stated = r.ratio
      ? `≤ ${r.ratio.max}× ${r.ratio.baseline} = ${limit.toFixed(1)} ms`
      : `≤ ${limit} ms`;
    const met = r.status !== 200 || !Number.isFinite(limit) ? 'n/a' : r.app.median <= limit ? '✅' : '❌';
    const ratio = r.ratio ? ` (${(r.app.median / (limit / r.ratio.max)).toFixed(2)}×)` : '';
    lines.push(
      `| ${r.name} | ${r.status} | ${r.app.median.toFixed(1)}${ratio} | ${r.app.p99.toFixed(1)} | ${r.http.median.toFixed(1)} / ${r.http.p99.toFixed(1)} | ${stated} | ${met} | ${r.limitedBy} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, quick: { type: 'boolean' } } });
  if (!values.data) throw new Error('Usage: node --import tsx bench/api/summaries.ts --data DIR [--quick]');
  const results = await runSummaryBenchmark(path.join(path.resolve(values.data), 'index.db'), values.quick);
  console.log(renderSummaryTable(results));
}
