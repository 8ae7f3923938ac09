/**
 * The benchmark's one table (goals beside the figures) plus the detail tables, as Markdown for
 * `bench/results/latest.md` and the terminal.
 */
import type { ApiResult, PageTiming } from './api.ts';
import type { BrowserResult } from './browser.ts';
import { FIRST_SCREEN_LIMITS, renderPhases, type FirstScreenFigures } from './browser/first-screen.ts';
import { renderInteractionRows, type InteractionFigures } from './browser/interactions.ts';
import type { FirstPaint } from './browser/session.ts';
import { timelineGoalRows } from './browser/timeline.ts';
import type { Machine } from './lib/machine.ts';
import { bundleGoalRows, type InitialBundle } from './size/initial-bundle.ts';
import { layoutGoalRows, type LayoutBenchResult } from './timeline/layout.ts';
import { sizeLabel } from './lib/synthetic-cache.ts';
import { ms, type Summary } from './lib/stats.ts';

export interface BenchResults {
  mode: 'quick' | 'full';
  machine: Machine;
  wallSeconds: number;
  loadAverageEnd: number;
  synth: { size: number; seconds: number; cpuSeconds: number; built: boolean }[];
  api: ApiResult[];
  browser: BrowserResult[];
  /** Issue 16's first screenful on the demo library (bench/browser/first-screen.ts). */
  demo: { figures: FirstScreenFigures | null; interactions: InteractionFigures | null; note: string } | null;
  reliability: { result: unknown; table: string | null } | null;
  /** The timeline's layout budgets (bench/timeline/layout.ts). */
  layout: LayoutBenchResult | null;
  /** The first visit's JS and CSS (bench/size/initial-bundle.ts), on the build the bench ran. */
  bundle: InitialBundle | null;
  /** Frames of an empty page scrolled the same way: the floor of the frame-time figures. */
  emptyPageFrames: Summary | null;
  notes: string[];
}

const duration = (seconds: number) =>
  seconds < 120
    ? `${Math.round(seconds)} s`
    : seconds < 7200
      ? `${Math.round(seconds / 60)} min`
      : `${(seconds / 3600).toFixed(1)} h`;

type Verdict = '✅' | '❌' | 'n/a';
const verdict = (ok: boolean | null): Verdict => (ok === null ? 'n/a' : ok ? '✅' : '❌');
const ratio = (deep: PageTiming | undefined, first: PageTiming | undefined) =>
  deep && first ? deep.app.median / first.app.median : Number.NaN;

function pagesOf(api: ApiResult, limit: number) {
  const rows: { filter: string; first?: PageTiming; deep?: PageTiming }[] = [];
  for (const f of api.filters) {
    const of = (position: string) =>
      api.pages.find((p) => p.filter === f.name && p.limit === limit && p.position === position);
    rows.push({ filter: f.name, first: of('first'), deep: of('deep') });
  }
  return rows;
}

function goals(r: BenchResults): string[] {
  const api = r.api.at(-1);
  const lines = ['| goal | target | measured | |', '|---|---|---|---|'];
  if (api) {
    const at = sizeLabel(api.size);
    const pages100 = api.pages.filter((p) => p.limit === 100);
    const worst = pages100.reduce((a, b) => (b.app.median > a.app.median ? b : a), pages100[0]!);
    const worstCpu = pages100.reduce((a, b) => (b.appCpu.median > a.appCpu.median ? b : a), pages100[0]!);
    const worst1000 = api.pages
      .filter((p) => p.limit === 1000)
      .reduce((a, b) => (b.app.median > a.app.median ? b : a));
    lines.push(
      `| API, any page at ${at}, any filter, limit 100 | median ≤ 5 ms | worst ${ms(worst.app.median)} ms (${worst.filter}, ${worst.position}); CPU worst ${ms(worstCpu.appCpu.median)} ms | ${verdict(worst.app.median <= 5)} |`,
      `| API, same at limit 1000 | median ≤ 5 ms | worst ${ms(worst1000.app.median)} ms (${worst1000.filter}, ${worst1000.position}) | ${verdict(worst1000.app.median <= 5)} |`,
    );
    const ratios = pagesOf(api, 100)
      .map((row) => ({ filter: row.filter, value: ratio(row.deep, row.first) }))
      .filter((x) => Number.isFinite(x.value));
    const worstRatio = ratios.reduce(
      (a, b) => (b.value > a.value ? b : a),
      ratios[0] ?? { filter: '-', value: Number.NaN },
    );
    lines.push(
      `| API deep page / first page at ${at} (limit 100) | ≤ 1.5 | worst ${worstRatio.value.toFixed(2)} (${worstRatio.filter}) | ${verdict(Number.isFinite(worstRatio.value) ? worstRatio.value <= 1.5 : null)} |`,
    );
  }
  const browserAt = (n: number) => r.browser.find((b) => b.size === n);
  const scroll100k = browserAt(100_000)?.scroll ?? r.browser.at(-1)?.scroll ?? null;
  const scrollLabel = browserAt(100_000)?.scroll
    ? '100k'
    : r.browser.at(-1)
      ? sizeLabel(r.browser.at(-1)!.size)
      : '-';
  lines.push(
    `| grid p95 frame, steady scroll at ${scrollLabel} | ≤ 8 ms | ${scroll100k ? `${ms(scroll100k.frames.p95)} ms (p50 ${ms(scroll100k.frames.median)}, p99 ${ms(scroll100k.frames.p99)}); with the images hidden ${ms(scroll100k.framesWithoutImages?.p95)} ms` : 'n/a'} | ${verdict(scroll100k ? scroll100k.frames.p95 <= 8 : null)} |`,
  );
  // Flat means it doesn't grow with the library: compared from 100k up, because at 10k days hold
  // ~1.4 photos and their rows are mostly empty, so fewer images fit a screen.
  const mounted = r.browser.filter((b) => b.scroll).map((b) => ({ size: b.size, max: b.scroll!.maxImages }));
  const dense = mounted.filter((m) => m.size >= 100_000);
  const flat = dense.length > 1 ? dense.at(-1)!.max <= dense[0]!.max * 1.1 : null;
  lines.push(
    `| thumbnails mounted at once | ≤ 150, flat 10k→1M | ${mounted.map((m) => `${sizeLabel(m.size)}: ${m.max}`).join(', ') || 'n/a'}${mounted.some((m) => m.size < 100_000) && dense.length ? ' (fewer at 10k: its sparse days leave rows part-empty)' : ''} | ${verdict(mounted.length ? mounted.every((m) => m.max <= 150) && flat !== false : null)} |`,
  );
  const longTasks = r.browser
    .filter((b) => b.scroll)
    .map((b) => ({ size: b.size, n: b.scroll!.longTasks.count, max: b.scroll!.longTasks.maxMs }));
  lines.push(
    `| long tasks in steady scroll | none | ${longTasks.map((l) => `${sizeLabel(l.size)}: ${l.n}${l.n ? ` (max ${l.max} ms)` : ''}`).join(', ') || 'n/a'} | ${verdict(longTasks.length ? longTasks.every((l) => l.n === 0) : null)} |`,
  );
  lines.push(...firstScreenRows(r.demo));
  lines.push(
    ...renderInteractionRows(
      r.demo?.interactions ?? null,
      r.demo ? r.demo.note : 'demo not run in this mode',
    ),
  );
  const million = browserAt(1_000_000)?.reach ?? null;
  lines.push(
    `| every asset of 1M reachable by scrolling | yes | ${million ? `${million.reachableAssets.toLocaleString('en')} of 1,000,000 (grid needs ${(million.neededPx / 1e6).toFixed(1)} M px; this Chromium scrolls ≤ ${(million.maxScrollPx / 1e6).toFixed(1)} M px)` : 'n/a (1M not run)'} | ${verdict(million ? million.allReachable : null)} |`,
  );
  const details = r.browser.filter((b) => b.detail);
  const worstNext = details.length
    ? Math.max(...details.map((b) => Math.max(b.detail!.nextMs ?? Infinity, b.detail!.againMs ?? Infinity)))
    : null;
  lines.push(
    ...timelineGoalRows(r.browser),
    `| details shown: ArrowRight to the preloaded neighbour / a later click (first click of the session) | ≤ 100 ms | ${details.map((b) => `${sizeLabel(b.size)}: ${ms(b.detail!.nextMs)} / ${ms(b.detail!.againMs)} ms (${ms(b.detail!.clickMs)} ms)`).join(', ') || 'n/a'} | ${verdict(worstNext === null ? null : worstNext <= 100)} |`,
  );
  lines.push(...layoutGoalRows(r.layout));
  lines.push(...bundleGoalRows(r.bundle));
  return lines;
}

function apiTables(r: BenchResults): string[] {
  const lines: string[] = [];
  for (const api of r.api) {
    lines.push('', `### API at ${sizeLabel(api.size)} assets`, '');
    lines.push(
      '| filter | matches | limit | first: median / p99 | deep: median / p99 | deep/first | CPU first / deep | repo first / deep | HTTP first / deep |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const limit of [100, 1000]) {
      for (const row of pagesOf(api, limit)) {
        const f = api.filters.find((x) => x.name === row.filter)!;
        const pair = (a?: PageTiming, b?: PageTiming, get = (p: PageTiming) => p.app.median) =>
          `${a ? ms(get(a)) : 'n/a'} / ${b ? ms(get(b)) : 'n/a'}`;
        lines.push(
          `| ${row.filter} | ${f.matches.toLocaleString('en')} | ${limit} | ${row.first ? `${ms(row.first.app.median)} / ${ms(row.first.app.p99)}` : 'n/a'} | ${row.deep ? `${ms(row.deep.app.median)} / ${ms(row.deep.app.p99)}` : 'n/a'} | ${ratio(row.deep, row.first).toFixed(2)} | ${pair(row.first, row.deep, (p) => p.appCpu.median)} | ${pair(row.first, row.deep, (p) => p.repo.median)} | ${pair(row.first, row.deep, (p) => p.http.median)} |`,
        );
      }
    }
    lines.push('', 'Filters: ' + api.filters.map((f) => `${f.name} = ${f.note}`).join('; ') + '.');
    const bad = api.plans.filter((p) => p.bad);
    lines.push(
      `Query plans (limit 100): ${bad.length ? `**${bad.length} look bad**` : 'all ride an index, no temporary sort'}; ` +
        [...new Set(api.plans.map((p) => `${p.filter}: ${p.plan.join(' → ')}`))].join('; ') +
        '.',
    );
    if (api.load) {
      const l = api.load;
      lines.push(
        `Load over HTTP (${l.connections} connections, ${l.seconds} s, every filter's first and deep page at limit 100 in turn): ${Math.round(l.requestsPerSecond)} req/s, latency p50 ${l.latencyP50} ms, p99 ${l.latencyP99} ms, ${l.requests} requests, errors ${l.errors}, timeouts ${l.timeouts}, non-2xx ${l.non2xx}; the server spent ${ms(l.serverCpuMsPerRequest)} ms CPU per request and was busy ${l.serverCoreShare === null ? 'n/a' : `${Math.round(l.serverCoreShare * 100)} %`} of one core (the rest of the wait is the client and the machine's other load).`,
      );
    }
    if (api.thumbnails) {
      const { cold, cached } = api.thumbnails;
      lines.push(
        `Thumbnails (${cold.images} assets, ${cold.concurrency} in flight): cold ${Math.round(cold.perSecond)}/s (p50 ${ms(cold.latency.median)} ms), cached ${Math.round(cached.perSecond)}/s (p50 ${ms(cached.latency.median)} ms), ${cold.failures + cached.failures} failures, ~${Math.round(cold.bytesAverage / 1024)} KB each.`,
      );
    }
  }
  return lines;
}

const paintSteps = (f: FirstPaint | null | undefined) =>
  f
    ? `HTML ${ms(f.htmlMs)}, scripts ${ms(f.scriptsMs)}, first commit ${ms(f.commitMs)}, first page of assets asked ${ms(f.listRequestMs)} → received ${ms(f.listResponseMs)}, first thumbnail asked ${ms(f.imageRequestMs)} → received ${ms(f.imageResponseMs)} → loaded ${ms(f.imageLoadMs)} → painted ${ms(f.paintMs)} ms`
    : 'n/a';

/** Issue 16's rows: the demo's first screenful, medians of several fresh visits. */
function firstScreenRows(demo: BenchResults['demo']): string[] {
  const f = demo?.figures ?? null;
  const why = demo ? demo.note : 'demo not run in this mode';
  const spread = (paints: number[]) => (paints.length ? ` (${paints.join(', ')})` : '');
  const row = (goal: string, limit: number, value: number | null | undefined, rest: string) =>
    `| ${goal} | ≤ ${limit} ms | ${value == null ? `n/a (${why})` : `${ms(value)} ms${rest}`} | ${verdict(value == null ? null : value <= limit)} |`;
  return [
    row(
      'first thumbnail painted, demo library, server cache warm (median)',
      FIRST_SCREEN_LIMITS.warmMs,
      f?.warm?.paintMs,
      `${spread(f?.warmPaints ?? [])}; ${why}`,
    ),
    row(
      'first thumbnail painted, demo library, server cache cold (median)',
      FIRST_SCREEN_LIMITS.coldMs,
      f?.cold?.paintMs,
      spread(f?.coldPaints ?? []),
    ),
    row(
      'longest main-thread task before the first thumbnail (median)',
      FIRST_SCREEN_LIMITS.longestTaskMs,
      f?.warm?.longestTaskMs,
      '',
    ),
  ];
}

function browserTable(r: BenchResults): string[] {
  const lines = [
    '',
    '### Browser',
    '',
    '| size | first thumbnail cold / warm | frame p50 / p95 / p99 | same, images hidden | long tasks | max img / DOM nodes | waiting on pages | JS heap before → after | fling | first click → details / image | ArrowRight → details / image | later click → details / image | zoom to 100 %: full size painted, first / again |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const b of r.browser) {
    const s = b.scroll;
    const d = b.detail;
    const noImages = s?.framesWithoutImages;
    lines.push(
      `| ${sizeLabel(b.size)} | ${ms(b.firstThumbnail.cold?.paintMs)} / ${ms(b.firstThumbnail.warm?.paintMs)} ms | ${s ? `${ms(s.frames.median)} / ${ms(s.frames.p95)} / ${ms(s.frames.p99)} ms over ${(s.distancePx / 1000).toFixed(0)}k px` : 'n/a'} | ${noImages ? `${ms(noImages.median)} / ${ms(noImages.p95)} / ${ms(noImages.p99)} ms` : 'n/a'} | ${s ? `${s.longTasks.count} (${s.longTasks.totalMs} ms)` : 'n/a'} | ${s ? `${s.maxImages} / ${s.maxDomNodes}` : 'n/a'} | ${s ? `${s.waitingMs} ms of ${s.seconds} s` : 'n/a'} | ${s ? `${s.heapBeforeMb ?? 'n/a'} → ${s.heapAfterMb ?? 'n/a'} MB` : 'n/a'} | ${b.fling ? `${b.fling.assetsReached.toLocaleString('en')} assets in ${b.fling.seconds} s${b.fling.assetsReached < b.size ? ` (the end in ≈ ${duration(b.size / Math.max(1, b.fling.assetsPerSecond))} at that rate)` : ''}` : 'n/a'} | ${d ? `${ms(d.clickMs)} / ${ms(d.clickImageMs)} ms` : 'n/a'} | ${d ? `${ms(d.nextMs)} / ${ms(d.nextImageMs)} ms` : 'n/a'} | ${d ? `${ms(d.againMs)} / ${ms(d.againImageMs)} ms` : 'n/a'} | ${d?.zoom ? `${ms(d.zoom.firstMs)} / ${ms(d.zoom.againMs)} ms` : 'n/a'} |`,
    );
  }
  lines.push(
    '',
    `Steady scroll: the grid moved 3000 px/s, set every frame; frame times are requestAnimationFrame deltas with vsync and the frame cap off, so each is what that frame cost (an empty page scrolled the same way: p50 ${ms(r.emptyPageFrames?.median)} ms, p95 ${ms(r.emptyPageFrames?.p95)} ms). ArrowRight and later clicks are medians of a few.`,
  );
  const shares = r.browser.filter((b) => b.scroll?.mainThread);
  if (shares.length) {
    lines.push(
      '',
      'Renderer main thread during a steady scroll (V8 sampling profiler over another stretch of it): ' +
        shares
          .map((b) => {
            const m = b.scroll!.mainThread!;
            return `${sizeLabel(b.size)}: JavaScript ${m.jsPct} %, browser work (style, layout, paint) ${m.browserPct} %, GC ${m.gcPct} %, idle ${m.idlePct} %`;
          })
          .join('; ') +
        '.',
    );
  }
  const firsts = [...r.browser.map((b) => [sizeLabel(b.size), b.firstThumbnail.warm] as const)];
  if (firsts.length)
    lines.push(
      '',
      'First thumbnail, warm server cache, ms after navigation: ' +
        firsts.map(([label, f]) => `${label}: ${paintSteps(f)}`).join('; ') +
        '.',
    );
  if (r.demo?.figures?.warm)
    lines.push(
      '',
      `Where the demo's first screenful goes, medians: ${renderPhases('demo', r.demo.figures.warm)}.`,
    );
  const reach = r.browser.filter((b) => b.reach);
  if (reach.length)
    lines.push(
      '',
      'Reach: ' +
        reach
          .map(
            (b) =>
              `${sizeLabel(b.size)}: ${b.reach!.pxPerAsset} px per asset at 1280 px wide, ${(b.reach!.neededPx / 1e6).toFixed(1)} M px for all, ${b.reach!.reachableAssets.toLocaleString('en')} reachable`,
          )
          .join('; ') +
        `; the browser's tallest scroll box: ${(reach[0]!.reach!.maxScrollPx / 1e6).toFixed(2)} M px.`,
    );
  const notes = r.browser.flatMap((b) => b.notes.map((n) => `${sizeLabel(b.size)}: ${n}`));
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines;
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  return [
    `# Benchmarks (${r.mode}), ${m.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${m.cores} × ${m.cpu}, ${m.memoryGb} GB · Node ${m.node} · SQLite ${m.sqlite} · ${m.chromium} · load average ${m.loadAverage} at the start, ${r.loadAverageEnd} at the end · run took ${Math.round(r.wallSeconds)} s`,
    '',
    ...goals(r),
    '',
    'API times are server-side: the Hono app called in-process (`app.request` with @hono/node-server’s Response installed, as in the server; validation, SQL, JSON text) unless marked. CPU is that call’s CPU time (the process’s, so GC threads count; what it costs without waiting for a core), repo is `listAssets` alone, HTTP is the round trip to the server process over loopback, body read. Synthetic libraries: ' +
      r.synth
        .map(
          (s) =>
            `${sizeLabel(s.size)} ${s.built ? '' : 'cached, '}built in ${s.seconds.toFixed(0)} s (${s.cpuSeconds.toFixed(0)} s CPU)`,
        )
        .join(', ') +
      '.',
    ...apiTables(r),
    ...browserTable(r),
    ...(r.reliability?.table
      ? ['', '### Mixed load while indexing (bench/load.ts, issue 6)', '', r.reliability.table]
      : []),
    ...(r.notes.length ? ['', '### Notes', '', ...r.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}
