/**
 * Issue 12's indexing figures: HEIC ms per 12 MP photo (goal ≤ 1.5 s), files/s and ms per kind on
 * a mixed folder (camera JPEGs, 12 MP HEICs, a RAW), and peak RSS while indexing many HEICs (goal
 * < 1 GB, not growing with the count: the decode worker is recycled). Files are generated into a
 * temporary folder with sharp and Debian's heif-enc; without heif-enc the HEIC rows say n/a.
 * Issue 13: JPEG files/s indexed and read by the metadata reader alone.
 * `node --import tsx bench/indexing.ts [--quick] [--jpeg-only]`, and part of `npm run bench`.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { openDb } from '../server/db/open-db.ts';
import { indexLibrary } from '../server/indexer/index-library.ts';
import { readPhotoMetadata } from '../server/indexer/read-metadata.ts';
import { endRawPreviews } from '../server/media/raw-preview.ts';
import { renderThumbnail } from '../server/media/render-image.ts';
import { writeDng } from '../server/testing/raw-fixtures.ts';

const run = promisify(execFile);
const FIXTURES = path.join(import.meta.dirname, '..', 'server', 'testing', 'fixtures');

export interface IndexingFigures {
  /** Issue 13: camera JPEGs indexed (2 at once) and read by the metadata reader alone. */
  jpeg: { files: number; indexFilesPerSecond: number; readerFilesPerSecond: number } | null;
  heicMsPer12Mp: number | null;
  mixed: { files: number; filesPerSecond: number; msPerKind: Record<string, number> } | null;
  rss: { photos: number; peakMb: number; peakFirstQuarterMb: number; peakLastQuarterMb: number } | null;
  notes: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A 12 MP (4032×3024) picture with detail, as a phone JPEG would be, encoded by heif-enc. */
async function twelveMegapixelHeic(dir: string): Promise<string> {
  const jpeg = path.join(dir, 'source-12mp.jpg');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4032" height="3024">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#88b7e6"/><stop offset="1" stop-color="#2f5d2a"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    ${Array.from({ length: 12 }, (_, i) => `<circle cx="${(i * 379) % 4032}" cy="${(i * 613) % 3024}" r="${20 + (i % 90)}" fill="hsl(${(i * 37) % 360},60%,50%)" opacity="0.6"/>`).join('')}
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toFile(jpeg);
  const heic = path.join(dir, 'IMG_12MP.HEIC');
  await run('heif-enc', ['-q', '60', '-o', heic, jpeg], { timeout: 300_000 });
  await rm(jpeg);
  return heic;
}

/** Peak RSS in MB sampled every 50 ms while `work` runs, with the peak of each quarter of the run. */
async function sampleRss<T>(work: () => Promise<T>): Promise<{ result: T; samples: number[] }> {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(process.memoryUsage().rss / 2 ** 20), 50);
  try {
    return { result: await work(), samples };
  } finally {
    clearInterval(timer);
  }
}

/** Every camera JPEG fixture (not the broken ones), recursively. */
async function cameraJpegs(): Promise<string[]> {
  const entries = await readdir(FIXTURES, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.jpg') && !e.name.startsWith('corrupted'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}invalid${path.sep}`));
}

/**
 * Issue 13's goal (≥ 30 JPEG/s on 2 cores): copies of the camera JPEG fixtures indexed into a
 * fresh database two at a time (ExifTool tags, sharp header, checksum, grid thumbnail), then the
 * metadata reader alone over the same files, two at a time. Medians of 3 runs (1 when quick).
 */
async function jpegThroughput(dir: string, quick: boolean, log: (line: string) => void) {
  const folder = path.join(dir, 'jpeg-only');
  await mkdir(folder);
  const sources = await cameraJpegs();
  const target = quick ? 60 : 150;
  for (let i = 0; i < target; i++) {
    const source = sources[i % sources.length]!;
    await cp(source, path.join(folder, `${i}-${path.basename(source)}`));
  }
  const files = (await readdir(folder)).map((name) => path.join(folder, name));
  await readPhotoMetadata(files[0]!); // Start ExifTool's perl before the clock.
  const runs = quick ? 1 : 3;
  const index: number[] = [];
  const reader: number[] = [];
  for (let run = 0; run < runs; run++) {
    let t = performance.now();
    const report = await indexLibrary(openDb(':memory:'), folder, { concurrency: 2 });
    index.push(report.total / ((performance.now() - t) / 1000));
    t = performance.now();
    const queue = [...files];
    await Promise.all(
      [0, 1].map(async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await readPhotoMetadata(next);
      }),
    );
    reader.push(files.length / ((performance.now() - t) / 1000));
  }
  const result = {
    files: files.length,
    indexFilesPerSecond: Math.round(median(index) * 10) / 10,
    readerFilesPerSecond: Math.round(median(reader) * 10) / 10,
  };
  log(
    `indexing: ${result.files} JPEGs, index ${result.indexFilesPerSecond}/s, reader ${result.readerFilesPerSecond}/s`,
  );
  return result;
}

export async function runIndexingBenchmark(
  options: { quick?: boolean; jpegOnly?: boolean; log?: (line: string) => void } = {},
) {
  const log = options.log ?? (() => {});
  const figures: IndexingFigures = { jpeg: null, heicMsPer12Mp: null, mixed: null, rss: null, notes: [] };
  const dir = await mkdtemp(path.join(tmpdir(), 'cs-bench-indexing-'));
  try {
    figures.jpeg = await jpegThroughput(dir, options.quick ?? false, log);
    if (options.jpegOnly) return figures;
    let heic: string | null = null;
    try {
      log('indexing: encoding a 12 MP HEIC with heif-enc…');
      heic = await twelveMegapixelHeic(dir);
    } catch (error) {
      figures.notes.push(`HEIC n/a: heif-enc failed (${(error as Error).message.split('\n')[0]})`);
    }
    if (heic) {
      await renderThumbnail(heic, 'thumbnail'); // Start the worker and compile the wasm.
      const times: number[] = [];
      for (let i = 0; i < (options.quick ? 2 : 5); i++) {
        const t = performance.now();
        await renderThumbnail(heic, 'thumbnail');
        times.push(performance.now() - t);
      }
      figures.heicMsPer12Mp = Math.round(median(times));
      log(`indexing: HEIC 12 MP → thumbnail, median ${figures.heicMsPer12Mp} ms`);
    }

    // A mixed folder: every camera JPEG fixture ×4, 12 MP HEICs, one RAW (DNG with its preview).
    const kinds: Record<string, string> = {};
    const jpegs = (await readdir(FIXTURES)).filter((n) => n.endsWith('.jpg') && !n.startsWith('corrupted'));
    for (const kind of ['jpeg', 'heic', 'raw']) await mkdir(path.join(dir, kind));
    for (let copy = 0; copy < 4; copy++)
      for (const name of jpegs)
        await cp(path.join(FIXTURES, name), path.join(dir, 'jpeg', `${copy}-${name}`));
    kinds.jpeg = path.join(dir, 'jpeg');
    if (heic) {
      for (let i = 0; i < (options.quick ? 2 : 4); i++)
        await cp(heic, path.join(dir, 'heic', `IMG_${i}.HEIC`));
      kinds.heic = path.join(dir, 'heic');
    }
    for (let i = 0; i < 4; i++)
      await writeDng(path.join(dir, 'raw', `IMG_${i}.DNG`), { preview: 'orientation/landscape_1.jpg' });
    kinds.raw = path.join(dir, 'raw');
    const msPerKind: Record<string, number> = {};
    let files = 0;
    let seconds = 0;
    for (const [kind, folder] of Object.entries(kinds)) {
      const t = performance.now();
      const report = await indexLibrary(openDb(':memory:'), folder, { concurrency: 2 });
      const elapsed = (performance.now() - t) / 1000;
      files += report.total;
      seconds += elapsed;
      msPerKind[kind] = Math.round((elapsed * 1000) / report.total);
    }
    figures.mixed = { files, filesPerSecond: Math.round((files / seconds) * 10) / 10, msPerKind };
    log(`indexing: mixed folder ${files} files, ${figures.mixed.filesPerSecond} files/s`);

    if (heic) {
      const count = options.quick ? 16 : 200; // the issue's figure: 200 photos
      const many = path.join(dir, 'many');
      await mkdir(many);
      for (let i = 0; i < count; i++)
        await cp(heic, path.join(many, `IMG_${String(i).padStart(4, '0')}.HEIC`));
      log(`indexing: ${count} HEICs for peak RSS…`);
      const { samples } = await sampleRss(() => indexLibrary(openDb(':memory:'), many, { concurrency: 2 }));
      const quarter = Math.max(1, Math.floor(samples.length / 4));
      figures.rss = {
        photos: count,
        peakMb: Math.round(Math.max(...samples)),
        peakFirstQuarterMb: Math.round(Math.max(...samples.slice(0, quarter))),
        peakLastQuarterMb: Math.round(Math.max(...samples.slice(-quarter))),
      };
    }
  } finally {
    await endRawPreviews();
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

/** The figures as a Markdown table beside their goals. */
export function renderIndexingTable(f: IndexingFigures): string {
  const na = 'n/a';
  const rows = [
    [
      `camera JPEGs indexed, 2 at once (${f.jpeg?.files ?? '—'} files, median)`,
      f.jpeg ? `${f.jpeg.indexFilesPerSecond} files/s` : na,
      '≥ 30 files/s',
    ],
    [
      '  metadata reader alone (ExifTool + sharp header)',
      f.jpeg ? `${f.jpeg.readerFilesPerSecond} files/s` : na,
      '',
    ],
    [
      'HEIC 12 MP → grid thumbnail (median)',
      f.heicMsPer12Mp === null ? na : `${f.heicMsPer12Mp} ms`,
      '≤ 1500 ms',
    ],
    [
      'mixed folder (JPEG, 12 MP HEIC, DNG), 2 at once',
      f.mixed ? `${f.mixed.filesPerSecond} files/s over ${f.mixed.files} files` : na,
      '',
    ],
    ...Object.entries(f.mixed?.msPerKind ?? {}).map(([kind, ms]) => [
      `  ms per ${kind} file`,
      `${ms} ms`,
      '',
    ]),
    [
      `peak RSS indexing ${f.rss?.photos ?? '—'} HEIC (first ¼ / last ¼)`,
      f.rss ? `${f.rss.peakMb} MB (${f.rss.peakFirstQuarterMb} / ${f.rss.peakLastQuarterMb})` : na,
      '< 1024 MB, flat',
    ],
  ];
  const table = ['| figure | measured | goal |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return `${table.join('\n')}\n${f.notes.map((n) => `\n${n}`).join('')}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const quick = process.argv.includes('--quick');
  const jpegOnly = process.argv.includes('--jpeg-only');
  runIndexingBenchmark({ quick, jpegOnly, log: (line) => process.stderr.write(`${line}\n`) }).then(
    (figures) => process.stdout.write(`${renderIndexingTable(figures)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
