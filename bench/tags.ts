/**
 * Issue 13's "More" figures: `GET /api/assets/{id}/tags` for one camera JPEG (the Nikon sample,
 * maker notes and GPS), in process over a real index: the very first ask (ExifTool's perl
 * starting), a first ask with the reader running (a fresh app, so nothing is kept), and the kept
 * record. Also the read itself both ways: one `-l` read against a formatted plus a `-n` read.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app.ts';
import { openDb } from '../server/db/open-db.ts';
import { indexLibrary } from '../server/indexer/index-library.ts';
import { endExifTool, exiftool } from '../server/media/exiftool-process.ts';
import { ms, summarize, type Summary } from './lib/stats.ts';

export interface TagsBenchResult {
  /** The first ask of the process: ExifTool starts. */
  coldStart: number | null;
  /** First ask for the photo, the reader running, nothing kept. */
  first: Summary | null;
  /** Asked again: the kept record. */
  cached: Summary | null;
  /** The ExifTool read alone: one `-G0:1 -a -l`, and the formatted + `-n` pair it replaces. */
  oneRead: Summary | null;
  twoReads: Summary | null;
  notes: string[];
}

const SAMPLE = path.join(import.meta.dirname, '..', 'server', 'testing', 'fixtures', 'gps', 'DSCN0010.jpg');

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export async function runTagsBenchmark(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<TagsBenchResult> {
  const result: TagsBenchResult = {
    coldStart: null,
    first: null,
    cached: null,
    oneRead: null,
    twoReads: null,
    notes: [],
  };
  const runs = options.quick ? 10 : 30;
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-tags-'));
  options.log('\ntags of one JPEG ("More")');
  try {
    const file = path.join(root, 'DSCN0010.jpg');
    await cp(SAMPLE, file);
    const db = openDb(':memory:');
    await indexLibrary(db, root);
    const freshApp = () => createApp(db, { imageCacheDir: null });
    const list = (await (await freshApp().request('/api/assets')).json()) as { data: { id: string }[] };
    const url = `/api/assets/${list.data[0]!.id}/tags`;
    const ask = async (app: ReturnType<typeof createApp>) => {
      const res = await app.request(url);
      if (res.status !== 200) throw new Error(`the tags answered ${res.status}`);
      await res.text();
    };
    await endExifTool();
    result.coldStart = await timed(() => ask(freshApp()));
    const first: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < runs; i++) {
      const app = freshApp();
      first.push(await timed(() => ask(app)));
      cached.push(await timed(() => ask(app)));
    }
    result.first = summarize(first);
    result.cached = summarize(cached);
    const one: number[] = [];
    const two: number[] = [];
    for (let i = 0; i < runs; i++) {
      one.push(await timed(() => exiftool().readRaw(file, { readArgs: ['-G0:1', '-a', '-l'] })));
      two.push(
        await timed(() =>
          Promise.all([
            exiftool().readRaw(file, { readArgs: ['-G0:1', '-a'] }),
            exiftool().readRaw(file, { readArgs: ['-G0:1', '-a', '-n'] }),
          ]),
        ),
      );
    }
    result.oneRead = summarize(one);
    result.twoReads = summarize(two);
  } catch (error) {
    result.notes.push(`tags n/a: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await endExifTool();
    await rm(root, { recursive: true, force: true });
  }
  return result;
}

const row = (what: string, s: Summary | null, goal: number | null) =>
  `| ${what} | ${ms(s?.median)} | ${ms(s?.max)} | ${goal === null ? '–' : `≤ ${goal}`} | ${
    s && goal !== null ? (s.median <= goal ? '✅' : '❌') : ''
  } |`;

export function renderTagsTable(result: TagsBenchResult): string {
  const cold = result.coldStart;
  return [
    '| tags of one JPEG (Nikon sample, 42 maker-note tags) | median ms | max ms | goal ms | |',
    '|---|---|---|---|---|',
    `| very first ask (ExifTool starting) | ${ms(cold)} | ${ms(cold)} | – | |`,
    row('first ask, reader running, nothing kept', result.first, 200),
    row('asked again (kept record)', result.cached, 20),
    row('ExifTool: one `-G0:1 -a -l` read', result.oneRead, null),
    row('ExifTool: formatted + `-n` reads side by side (no descriptions)', result.twoReads, null),
    ...result.notes.map((note) => `\n${note}`),
  ].join('\n');
}
