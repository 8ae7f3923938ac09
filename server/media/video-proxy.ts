/**
 * H.264 copies of videos a browser can't play as they are (HEVC, MPEG-4 Part 2, H.263…), made by
 * ffmpeg on first request and kept under the cache folder. One transcode runs at a time (the
 * machine has few cores and a request must not start ten); asking again while a copy is queued
 * or being made answers "preparing". A video ffmpeg can't convert is remembered as failed for
 * the life of the process, so a player polling it gets an answer instead of a loop.
 */
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { thumbnailVersion } from './content-version.ts';
import { FfmpegMissingError, runFfmpeg, warnFfmpegMissingOnce } from './ffmpeg.ts';
import type { OriginalFile } from './media.ts';

export type ProxyState =
  { status: 'ready'; file: OriginalFile } | { status: 'preparing' } | { status: 'failed'; reason: string };

/** The copy's frame is at most 1920 px on its long edge: a 4K phone clip plays smoothly anywhere. */
const PROXY_EDGE = 1920;
const PROXY_TIMEOUT_MS = 15 * 60_000;

/** ffmpeg arguments for the copy: H.264 + AAC in MP4, `faststart` so playback starts before the end arrives. */
export function proxyArgs(source: string, target: string): string[] {
  const scale = `scale=w='min(${PROXY_EDGE},iw)':h='min(${PROXY_EDGE},ih)':force_original_aspect_ratio=decrease:force_divisible_by=2`;
  return [
    '-i',
    source,
    '-map',
    '0:v:0',
    '-map',
    '0:a:0?',
    '-vf',
    scale,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '23',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    '-y',
    target,
  ];
}

export class VideoProxies {
  private readonly states = new Map<string, ProxyState>();
  private queue: Promise<void> = Promise.resolve();
  private dir: Promise<string> | null = null;

  /** `cacheDir` null: copies go to a temporary folder of this process (tests). */
  constructor(
    private readonly cacheDir: string | null,
    private readonly binary?: string,
  ) {}

  private folder(): Promise<string> {
    this.dir ??= this.cacheDir
      ? mkdir(path.join(this.cacheDir, 'videos'), { recursive: true }).then(() =>
          path.join(this.cacheDir!, 'videos'),
        )
      : mkdtemp(path.join(os.tmpdir(), 'contact-sheet-videos-'));
    return this.dir;
  }

  /** The copy's state, starting it when there is none yet. `source` is the original's path. */
  async request(asset: { id: string; checksum: string }, source: string): Promise<ProxyState> {
    const key = `${asset.id}-${thumbnailVersion(asset.checksum)}`;
    const known = this.states.get(key);
    if (known && known.status !== 'ready') return known;
    const target = path.join(await this.folder(), `${key}.mp4`);
    const info = await stat(target).catch(() => null);
    if (info?.isFile()) {
      const ready: ProxyState = { status: 'ready', file: { file: target, size: info.size } };
      this.states.set(key, ready);
      return ready;
    }
    this.states.set(key, { status: 'preparing' });
    this.queue = this.queue.then(() => this.make(key, source, target));
    return { status: 'preparing' };
  }

  /** Resolves when every queued copy is done (tests and the benchmark wait on it). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async make(key: string, source: string, target: string): Promise<void> {
    const partial = `${target}.${process.pid}.part.mp4`;
    try {
      await runFfmpeg(proxyArgs(source, partial), { timeoutMs: PROXY_TIMEOUT_MS, binary: this.binary });
      await rename(partial, target);
      const { size } = await stat(target);
      this.states.set(key, { status: 'ready', file: { file: target, size } });
    } catch (error) {
      await rm(partial, { force: true });
      if (error instanceof FfmpegMissingError) warnFfmpegMissingOnce(error);
      const reason =
        error instanceof FfmpegMissingError ? 'ffmpeg is not installed' : 'the video cannot be converted';
      this.states.set(key, { status: 'failed', reason });
    }
  }
}
