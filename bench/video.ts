/**
 * Issue 12's video figures: a poster (ffmpeg frame + the grid thumbnail, what indexing a clip
 * costs) per 1080p H.264 and 4K HEVC clip, and a video's start in the viewer (play clicked →
 * first frame shown) on the local server. The clips are generated once into bench/.cache/videos.
 */
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { ExifTool } from 'exiftool-vendored';
import { makeClip } from '../server/demo/demo-videos.ts';
import { renderThumbnail } from '../server/media/render-image.ts';
import { renderPosterFrame } from '../server/media/video-poster.ts';
import { newContext } from './browser/session.ts';
import { startServerProcess } from '../server/testing/server-process.ts';
import { CACHE_DIR } from './lib/synthetic-cache.ts';
import { ms, summarize, type Summary } from './lib/stats.ts';

export interface VideoBenchResult {
  poster1080p: Summary | null;
  poster4k: Summary | null;
  /** Play clicked → first frame presented, ms. */
  start: Summary | null;
  notes: string[];
}

const CLIPS = {
  '1080p.mp4': { width: 1920, height: 1080, seconds: 3, codec: 'h264' },
  '4k-hevc.mov': { width: 3840, height: 2160, seconds: 3, codec: 'hevc' },
} as const;

async function clips(log: (line: string) => void): Promise<string> {
  const dir = path.join(CACHE_DIR, 'videos');
  await mkdir(dir, { recursive: true });
  const exiftool = new ExifTool({ maxProcs: 1 });
  try {
    for (const [name, options] of Object.entries(CLIPS)) {
      const file = path.join(dir, name);
      if (
        await access(file).then(
          () => true,
          () => false,
        )
      )
        continue;
      log(`Generating ${name}…`);
      await makeClip(file, { ...options, rotation: 0 }, exiftool);
    }
  } finally {
    await exiftool.end();
  }
  return dir;
}

async function posterTimes(file: string, runs: number): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await renderThumbnail(await renderPosterFrame(file, 3), 'thumbnail');
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** The local server over the clips' folder; the viewer of the 1080p clip, play clicked, first frame awaited. */
async function startTimes(browser: Browser, dir: string, runs: number): Promise<Summary> {
  const data = await mkdtemp(path.join(os.tmpdir(), 'bench-video-'));
  const server = await startServerProcess({
    args: ['--photos', dir, '--data', data, '--no-build'],
    timeoutMs: 120_000,
  });
  try {
    const list = (await (await fetch(`${server.url}/api/assets?limit=10`)).json()) as {
      data: { id: string; original_file_name: string }[];
    };
    const clip = list.data.find((a) => a.original_file_name === '1080p.mp4');
    if (!clip) throw new Error('the 1080p clip was not indexed');
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${server.url}/assets/${clip.id}`);
      const video = page.locator('video.video-player');
      await video.waitFor();
      await video.evaluate(
        (v: HTMLVideoElement) =>
          new Promise<void>((resolve) => {
            if (v.readyState >= 1) resolve();
            else v.addEventListener('loadedmetadata', () => resolve(), { once: true });
          }),
      );
      const shown = video.evaluate(
        (v: HTMLVideoElement) =>
          new Promise<number>((resolve) => {
            let clicked = 0;
            v.addEventListener('pointerdown', () => (clicked = performance.now()), {
              once: true,
              capture: true,
            });
            v.requestVideoFrameCallback((now) => resolve(now - clicked));
          }),
      );
      // Chromium's own controls: a click on the picture plays it.
      await video.click();
      samples.push(await shown);
      await context.close();
    }
    return summarize(samples);
  } finally {
    await server.stop();
    await rm(data, { recursive: true, force: true });
  }
}

export async function runVideoBenchmark(
  browser: Browser | null,
  { quick, log }: { quick: boolean; log: (line: string) => void },
): Promise<VideoBenchResult> {
  const result: VideoBenchResult = { poster1080p: null, poster4k: null, start: null, notes: [] };
  log('\nvideos');
  let dir: string;
  try {
    dir = await clips(log);
  } catch (error) {
    result.notes.push(`videos n/a: ${(error as Error).message.split('\n')[0]} (is ffmpeg installed?)`);
    return result;
  }
  const runs = quick ? 3 : 7;
  result.poster1080p = await posterTimes(path.join(dir, '1080p.mp4'), runs);
  result.poster4k = await posterTimes(path.join(dir, '4k-hevc.mov'), runs);
  if (browser) {
    try {
      result.start = await startTimes(browser, dir, runs);
    } catch (error) {
      result.notes.push(`video start n/a: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return result;
}

const row = (what: string, s: Summary | null, goal: number) =>
  `| ${what} | ${ms(s?.median)} | ${ms(s?.max)} | ≤ ${goal} | ${s ? (s.median <= goal ? '✅' : '❌') : 'n/a'} |`;

export function renderVideoTable(result: VideoBenchResult): string {
  return [
    '| video | median ms | max ms | goal ms | |',
    '|---|---|---|---|---|',
    row('poster + grid thumbnail, 1080p H.264 clip', result.poster1080p, 1000),
    row('poster + grid thumbnail, 4K HEVC clip', result.poster4k, 1000),
    row('start: play clicked → first frame (local server)', result.start, 500),
    ...result.notes.map((note) => `\n${note}`),
  ].join('\n');
}
