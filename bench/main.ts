/**
 * `npm run bench [-- --quick] [--sizes 10k,100k] [--no-browser] [--no-api] [--no-demo]`: the API
 * and browser benchmarks over synthetic libraries (cached in bench/.cache), the first thumbnail on
 * the demo library, one table of figures beside their goals, written to bench/results/latest.md
 * and latest.json. Never part of `npm test`: it prints figures, it doesn't pass or fail.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { ensureGalleryBuilt } from '../server/cli/ensure-gallery.ts';
import { runApiBenchmark } from './api.ts';
import { renderSummaryTable, runSummaryBenchmark, type SummaryTiming } from './api/summaries.ts';
import { launchBrowser, runBrowserBenchmark } from './browser.ts';
import { renderMapTable, runMapBenchmark, type MapFigures } from './browser/map.ts';
import { emptyPageFrames } from './browser/scrolling.ts';
import { measureFirstScreen } from './browser/first-screen.ts';
import { measureInteractions } from './browser/interactions.ts';
import { renderDateSourcesTable, runDateSourcesBenchmark } from './dates/date-sources.ts';
import { renderGenerationTriggerTable, runGenerationTriggerBenchmark } from './index-generation.ts';
import { renderIndexingTable, runIndexingBenchmark } from './indexing.ts';
import { renderComparisonTable, runComparison } from './metadata/compare-exiftool.ts';
import { describeMachine } from './lib/machine.ts';
import { PROJECT_DIR, startServer } from './lib/server-process.ts';
import { CACHE_DIR, sizeLabel, syntheticLibrary } from './lib/synthetic-cache.ts';
import { renderReport, type BenchResults } from './report.ts';
import { parseCount } from './synth.ts';
import { measureInitialBundle } from './size/initial-bundle.ts';
import { runLayoutBenchmark } from './timeline/layout.ts';
import { renderTagsTable, runTagsBenchmark } from './tags.ts';
import { renderVideoTable, runVideoBenchmark, type VideoBenchResult } from './video.ts';
import { renderWatchTable, runWatchBenchmark } from './watch.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const reason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      sizes: { type: 'string' },
      'no-browser': { type: 'boolean' },
      'no-api': { type: 'boolean' },
      'no-demo': { type: 'boolean' },
    },
    strict: true,
  });
  const quick = values.quick ?? false;
  const sizes = values.sizes
    ? values.sizes.split(',').map(parseCount)
    : quick
      ? [10_000]
      : [10_000, 100_000, 1_000_000];
  const results: BenchResults = {
    mode: quick ? 'quick' : 'full',
    machine: describeMachine(),
    wallSeconds: 0,
    loadAverageEnd: 0,
    synth: [],
    api: [],
    browser: [],
    demo: null,
    emptyPageFrames: null,
    reliability: null,
    layout: null,
    bundle: null,
    notes: [],
  };

  // Pure CPU and quick: first, before servers and browsers load the machine.
  results.layout = await runLayoutBenchmark({ quick, log });
  // Issue 12: HEIC decode, mixed-folder throughput and peak RSS, before servers load the machine.
  const indexing = await runIndexingBenchmark({ quick, log });
  // Issue 13: the metadata reader against ExifTool's own answers over every real photo.
  const metadata = await runComparison({ log });
  // Issue 13: watched folders (watches, RSS, copy → listed), before servers load the machine.
  const watch = await runWatchBenchmark({ quick, log });
  // Issue 13: where dates, zones and places come from, over the demo and the real photos.
  const dateSources = await runDateSourcesBenchmark({ log }).catch((error: unknown) => {
    results.notes.push(`Date sources n/a: ${reason(error)}`);
    return [];
  });
  // Issue 13: the whole tag record of one JPEG, in process, before servers load the machine.
  const tags = await runTagsBenchmark({ quick, log });
  // Issue 13: what the live feed's change counter costs the indexer's writes.
  const generationTriggers = await runGenerationTriggerBenchmark({ quick, log });

  // Issue 10's 2026 reads, timed in-process per size (after its server stopped).
  const summaries: { size: number; cases: SummaryTiming[] }[] = [];
  // Issue 14's map figures, taken on the demo library's server (filled in by demoFirstThumbnail).
  const mapFigures: { figures: MapFigures | null } = { figures: null };
  let browser: Browser | null = null;
  let videos: VideoBenchResult | undefined;
  if (!values['no-browser']) {
    try {
      log('Building the gallery (if its sources changed)…');
      await ensureGalleryBuilt(PROJECT_DIR, log);
      results.bundle = await measureInitialBundle(path.join(PROJECT_DIR, 'dist'));
      browser = await launchBrowser();
      results.emptyPageFrames = await emptyPageFrames(browser, quick ? 2 : 4);
    } catch (error) {
      results.notes.push(`Browser benchmark n/a: ${reason(error)}`);
      log(`Browser benchmark n/a: ${reason(error)}`);
    }
  }

  try {
    for (const size of sizes) {
      log(`\n${sizeLabel(size)} assets`);
      const library = await syntheticLibrary(size, log);
      results.synth.push({
        size,
        seconds: library.seconds,
        cpuSeconds: library.cpuSeconds,
        built: library.built,
      });
      const server = await startServer(library.dir);
      try {
        if (!values['no-api'])
          results.api.push(await runApiBenchmark(size, library.dir, server, { quick, log }));
        if (browser)
          results.browser.push(
            await runBrowserBenchmark(browser, size, server.url, library.dir, { quick, log }),
          );
      } finally {
        await server.stop();
      }
      if (!values['no-api'])
        summaries.push({ size, cases: await runSummaryBenchmark(path.join(library.dir, 'index.db'), quick) });
    }
    // Issue 16's first screenful, in the quick run too; the map's figures in the full run only.
    if (browser && !values['no-demo']) results.demo = await demoFirstThumbnail(browser, mapFigures, quick);
    videos = await runVideoBenchmark(browser, { quick, log });
    if (!quick) results.reliability = await reliabilityBenchmark(results.notes);
  } finally {
    await browser?.close();
  }

  results.wallSeconds = (performance.now() - started) / 1000;
  results.loadAverageEnd = Math.round(os.loadavg()[0]! * 100) / 100;
  const report = [
    renderReport(results),
    ...summaries.map(
      (s) =>
        `\n### Issue 10: the 2026 reads at ${sizeLabel(s.size)} assets\n\n${renderSummaryTable(s.cases)}\n`,
    ),
    videos
      ? `\n### Issue 12: videos (medians on a machine shared with other work)\n\n${renderVideoTable(videos)}\n`
      : '',
    mapFigures.figures ? renderMapTable(mapFigures.figures) : '',
    `\n### Issue 12: indexing HEIC, RAW and JPEG\n\n${renderIndexingTable(indexing)}\n`,
    `\n### Issue 13: metadata reader vs ExifTool\n\n${renderComparisonTable(metadata)}\n`,
    `\n### Issue 13: watched folders (medians on a machine shared with other work)\n\n${renderWatchTable(watch)}\n`,
    dateSources.length > 0
      ? `\n### Issue 13: dates, zones and places by source (files indexed)\n\n${renderDateSourcesTable(dateSources)}\n`
      : '',
    `\n### Issue 13: "More", every tag of one JPEG (medians on a shared machine)\n\n${renderTagsTable(tags)}\n`,
    `\n### Issue 13: the change counter's triggers (files per CPU second through upsertAsset)\n\n${renderGenerationTriggerTable(generationTriggers)}\n`,
  ].join('');
  const dir = path.join(PROJECT_DIR, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'latest.md'), report);
  await writeFile(
    path.join(dir, 'latest.json'),
    JSON.stringify(
      {
        ...results,
        summaries,
        videos,
        indexing,
        metadata,
        watch,
        dateSources,
        tags,
        generationTriggers,
        map: mapFigures.figures,
      },
      null,
      2,
    ),
  );
  process.stdout.write(`\n${report}`);
  log(
    `Written to ${path.relative(process.cwd(), path.join(dir, 'latest.md'))} in ${results.wallSeconds.toFixed(0)} s.`,
  );
}

/** The real `npm start` path over the demo library (generated and indexed on the first run). */
async function demoFirstThumbnail(
  browser: Browser,
  map: { figures: MapFigures | null },
  quick: boolean,
): Promise<BenchResults['demo']> {
  log('\ndemo library');
  const dir = path.join(CACHE_DIR, 'demo');
  try {
    const server = await startServer(dir, { serveOnly: false, timeoutMs: 20 * 60_000 });
    try {
      const notes: string[] = ['warm = as `npm start` leaves it (grid thumbnails rendered while indexing)'];
      const visits = quick ? { warmVisits: 5, coldVisits: 2 } : { warmVisits: 9, coldVisits: 3 };
      const figures = await measureFirstScreen(browser, server.url, dir, visits).catch((error: unknown) => {
        notes.push(`first screen: n/a (${reason(error)})`);
        return null;
      });
      const interactions = await measureInteractions(browser, server.url, quick ? 2 : 3).catch(
        (error: unknown) => {
          notes.push(`interactions: n/a (${reason(error)})`);
          return null;
        },
      );
      if (!quick) {
        map.figures = await runMapBenchmark(browser, server.url, log).catch((error: unknown) => {
          notes.push(`map: n/a (${reason(error)})`);
          return null;
        });
      }
      return { figures, interactions, note: notes.join('; ') };
    } finally {
      await server.stop();
    }
  } catch (error) {
    return { figures: null, interactions: null, note: `n/a: ${reason(error)}` };
  }
}

/** The reliability engineer's load benchmark (issue 6, bench/load.ts), when it exists. */
async function reliabilityBenchmark(notes: string[]): Promise<BenchResults['reliability']> {
  const file = path.join(PROJECT_DIR, 'bench', 'load.ts');
  if (
    !(await access(file).then(
      () => true,
      () => false,
    ))
  )
    return null;
  try {
    const module = (await import(file)) as {
      runLoadBenchmark?: (options: { log?: (line: string) => void }) => Promise<unknown>;
      renderLoadTable?: (result: unknown) => string;
    };
    if (!module.runLoadBenchmark) return null;
    log('\nreliability load benchmark (bench/load.ts)');
    const result = await module.runLoadBenchmark({ log });
    return { result, table: module.renderLoadTable?.(result) ?? null };
  } catch (error) {
    notes.push(`bench/load.ts: n/a (${reason(error)})`);
    return null;
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
