/**
 * API benchmark at one library size: median and p99 of a page of assets, first and past 90 %,
 * for each filter at limit 100 and 1000, timed three ways (the repo function, the Hono app
 * in-process, and over HTTP from the server process); the query plans; list throughput under
 * concurrent load; thumbnails per second cold and cached.
 */
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { listAssets } from '../server/assets/assets.repo.ts';
import { createApp } from '../server/app.ts';
import { openDb } from '../server/db/open-db.ts';
import { assetThumbnailUrl, localMediaUrls } from '../server/http/urls.ts';
import {
  chooseFilters,
  explainPage,
  pagePositions,
  planLooksBad,
  queryString,
  type FilterCase,
} from './api/cases.ts';
import { fetchImages, fetchRetrying, loadTest, type LoadResult, type ThumbnailRun } from './api/http-load.ts';
import { emptyImageCache } from './browser/session.ts';
import type { RunningServer } from './lib/server-process.ts';
import { summarize, timeInTurn, type Summary } from './lib/stats.ts';
import { createSyntheticMedia } from './synth/synthetic-media.ts';

export interface PageTiming {
  filter: string;
  limit: number;
  position: 'first' | 'deep';
  cursorIndex: number;
  items: number;
  repo: Summary;
  app: Summary;
  /** CPU time of the in-process app call: what the request costs without waiting for a core. */
  appCpu: Summary;
  http: Summary;
}

export interface ApiResult {
  size: number;
  filters: FilterCase[];
  pages: PageTiming[];
  plans: { filter: string; position: string; plan: string[]; bad: boolean }[];
  load: LoadResult | null;
  thumbnails: { cold: ThumbnailRun; cached: ThumbnailRun } | null;
}

export interface ApiOptions {
  quick: boolean;
  log: (line: string) => void;
}

const LIMITS = [100, 1000];

export async function runApiBenchmark(
  size: number,
  dataDir: string,
  server: RunningServer,
  options: ApiOptions,
): Promise<ApiResult> {
  const file = path.join(dataDir, 'index.db');
  const db = openDb(file);
  const app = createApp(db, { media: createSyntheticMedia({ db, cacheDir: null }) });
  // The server process runs the app under @hono/node-server, whose lightweight Response keeps a
  // JSON string as it is for the socket; installing it here makes `app.request` cost what a
  // request costs in the server. Timed until the Response exists: writing it out is the HTTP column.
  getRequestListener(app.fetch);
  const filters = chooseFilters(db);
  const timing = options.quick
    ? { warmup: 3, minRuns: 10, maxRuns: 60, budgetMs: 150 }
    : { warmup: 10, minRuns: 30, maxRuns: 400, budgetMs: 700 };
  const pages: PageTiming[] = [];
  const plans: ApiResult['plans'] = [];
  const loadPaths: string[] = [];
  // Rounds over every case first (in-process and in the server), so the first case measured doesn't pay for JIT warm-up.
  const cases = filters.flatMap((filter) => pagePositions(db, filter).map((page) => ({ filter, page })));
  for (let round = 0; round < 3; round++) {
    for (const { filter, page } of cases) {
      for (const limit of LIMITS) {
        const qs = queryString(filter, page, limit);
        await app.request(`/api/assets?${qs}`);
        await (await fetchRetrying(`${server.url}/api/assets?${qs}`)).text();
      }
    }
  }
  for (const filter of filters) {
    const positions = cases.filter((c) => c.filter === filter).map((c) => c.page);
    for (const page of positions) {
      const plan = explainPage(file, openDb, filter, page);
      plans.push({ filter: filter.name, position: page.position, plan, bad: planLooksBad(plan) });
    }
    for (const limit of LIMITS) {
      const qss = positions.map((page) => queryString(filter, page, limit));
      const items: number[] = [];
      for (const qs of qss) {
        const check = await app.request(`/api/assets?${qs}`);
        if (check.status !== 200)
          throw new Error(`GET /api/assets?${qs} answered ${check.status}: ${await check.text()}`);
        items.push(((await check.json()) as { data: unknown[] }).data.length);
      }
      // First and deep page timed in turn, layer by layer.
      const queries = positions.map((page) => ({
        ...filter.params,
        starting_after_id: page.cursorId ?? undefined,
        limit,
      }));
      const repo = await timeInTurn(
        queries.map((query) => () => listAssets(db, query, localMediaUrls)),
        timing,
      );
      const inApp = await timeInTurn(
        qss.map((qs) => () => app.request(`/api/assets?${qs}`)),
        timing,
      );
      const overHttp = await timeInTurn(
        qss.map((qs) => async () => (await fetchRetrying(`${server.url}/api/assets?${qs}`)).text()),
        timing,
      );
      positions.forEach((page, i) => {
        const measured = {
          filter: filter.name,
          limit,
          position: page.position,
          cursorIndex: page.cursorIndex,
          items: items[i]!,
          repo: summarize(repo[i]!.wall),
          app: summarize(inApp[i]!.wall),
          appCpu: summarize(inApp[i]!.cpu),
          http: summarize(overHttp[i]!.wall),
        };
        pages.push(measured);
        if (limit === 100) loadPaths.push(`/api/assets?${qss[i]}`);
        options.log(
          `  ${filter.name.padEnd(20)} ${page.position.padEnd(5)} limit ${String(limit).padEnd(4)} app median ${measured.app.median.toFixed(2)} ms (cpu ${measured.appCpu.median.toFixed(2)})`,
        );
      });
    }
  }

  options.log('  load: list pages under concurrent requests…');
  const load = await loadTest(server.url, server.pid, loadPaths, {
    connections: 16,
    seconds: options.quick ? 3 : 10,
  });

  options.log('  thumbnails: cold, then cached…');
  await emptyImageCache(dataDir);
  const count = options.quick ? 120 : 600;
  const total = (db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n;
  const step = Math.max(1, Math.floor(total / count));
  const rows = db
    .prepare('SELECT id, checksum FROM assets ORDER BY sort_key DESC, id DESC')
    .iterate() as Iterable<{ id: string; checksum: string }>;
  const thumbUrls: string[] = [];
  let i = 0;
  for (const row of rows) {
    if (i++ % step === 0) thumbUrls.push(`${assetThumbnailUrl(row.id, row.checksum)}&size=thumbnail`);
    if (thumbUrls.length >= count) break;
  }
  const cold = await fetchImages(server.url, thumbUrls);
  const cached = await fetchImages(server.url, thumbUrls);
  db.close();
  return { size, filters, pages, plans, load, thumbnails: { cold, cached } };
}
