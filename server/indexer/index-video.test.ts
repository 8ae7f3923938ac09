import { execFileSync } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { LIVE_ID, VIDEO_FOLDER, writeVideoFolder } from '../testing/video-folder.ts';
import { indexLibrary } from './index-library.ts';
import { endVideoTagReader, readVideoTags } from './video-tags.ts';

let dir: string;
let db: Db;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'videos-'));
  await writeVideoFolder(dir);
  db = openDb(':memory:');
  app = createApp(db);
}, 60_000);

afterAll(async () => {
  await endVideoTagReader();
  await rm(dir, { recursive: true, force: true });
});

const assets = async () => {
  const res = await app.request('/api/assets?limit=100');
  return ((await res.json()) as { data: any[] }).data;
};
const byName = async (name: string) => (await assets()).find((a) => a.original_file_name === name);

describe('indexing videos', () => {
  it('indexes each clip with its container metadata and skips the broken one', async () => {
    const report = await indexLibrary(db, dir);
    expect(report.failed.map((f) => f.path)).toEqual([VIDEO_FOLDER.broken]);
    const landscape = await byName('landscape.mp4');
    expect(landscape).toMatchObject({
      mime_type: 'video/mp4',
      width: 640,
      height: 360,
      local_datetime: '2024-06-01T14:30:05+02:00',
      duration: 2,
    });
    expect(landscape.exif).toMatchObject({ fps: 25, latitude: 48.8584, longitude: 2.2945 });
    expect(landscape.asset_urls.thumbnail_image.url).toContain('/thumbnail');
    expect(landscape.playback_url).toMatch(/^\/api\/assets\/.+\/video\?v=/);
    // Stored 640×360, turned 90°: shown 360×640.
    expect(await byName('portrait.mov')).toMatchObject({
      mime_type: 'video/quicktime',
      width: 360,
      height: 640,
    });
  }, 60_000);

  it('renders an upright poster for the grid and the viewer', async () => {
    const portrait = await byName('portrait.mov');
    for (const size of ['thumbnail', 'preview']) {
      const res = await app.request(`/api/assets/${portrait.id}/thumbnail?size=${size}`);
      expect(res.status).toBe(200);
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(meta.height).toBeGreaterThan(meta.width);
    }
  });

  it('streams a playable original with ranges', async () => {
    const landscape = await byName('landscape.mp4');
    const res = await app.request(landscape.playback_url, { headers: { Range: 'bytes=100-199' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('Accept-Ranges')).toBe('bytes');
    expect(res.headers.get('Content-Type')).toBe('video/mp4');
    expect((await res.arrayBuffer()).byteLength).toBe(100);
  });

  it('answers 202 while an HEVC clip gets its H.264 copy, then streams the copy upright', async () => {
    const hevc = await byName('hevc.mov');
    const first = await app.request(hevc.playback_url);
    expect(first.status).toBe(202);
    expect(await first.json()).toMatchObject({ status: 'preparing' });
    let res = first;
    for (let i = 0; i < 60 && res.status === 202; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      res = await app.request(hevc.playback_url, { headers: { Range: 'bytes=0-' } });
    }
    expect(res.status).toBe(206);
    expect(res.headers.get('Content-Type')).toBe('video/mp4');
    const copy = path.join(dir, 'copy.mp4');
    const bytes = Buffer.from(await res.arrayBuffer());
    await writeFile(copy, bytes);
    const tags = await readVideoTags(copy);
    expect(tags.CompressorID).toBe('avc1');
    // The rotation is applied once: the copy's frame is upright and carries no rotation of its own.
    expect([tags.ImageWidth, tags.ImageHeight, tags.Rotation ?? 0]).toEqual([360, 640, 0]);
    await rm(copy);
  }, 30_000);

  it('makes a Live Photo one asset: the still links to its motion, the MOV is no tile', async () => {
    const names = (await assets()).map((a) => a.original_file_name);
    expect(names).not.toContain('IMG_0042.MOV');
    const still = await byName('IMG_0042.JPG');
    expect(still.exif.live_photo_cid).toBe(LIVE_ID);
    expect(still.live_photo_video_url).toBe(`/api/assets/${still.id}/live-video`);
    const res = await app.request(still.live_photo_video_url, { headers: { Range: 'bytes=0-9' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('Content-Type')).toBe('video/quicktime');
  });

  it('keeps the pair through a re-index and a move of either file', async () => {
    const before = (await assets()).length;
    // Five unchanged files; the broken one is tried again (and skipped again) every run.
    expect(await indexLibrary(db, dir)).toMatchObject({ unchanged: 5, added: 0, updated: 0 });
    await rename(path.join(dir, VIDEO_FOLDER.liveMotion), path.join(dir, 'Trips/moved.MOV'));
    await indexLibrary(db, dir);
    await rename(path.join(dir, VIDEO_FOLDER.liveStill), path.join(dir, 'Trips/still.jpg'));
    await indexLibrary(db, dir);
    expect((await assets()).length).toBe(before);
    const still = await byName('still.jpg');
    const res = await app.request(still.live_photo_video_url, { headers: { Range: 'bytes=0-9' } });
    expect(res.status).toBe(206);
  }, 60_000);

  it('shows the motion as a video of its own once its still is gone', async () => {
    await rm(path.join(dir, 'Trips/still.jpg'));
    await indexLibrary(db, dir);
    expect(await byName('moved.MOV')).toMatchObject({
      mime_type: 'video/quicktime',
      live_photo_video_url: null,
    });
  }, 30_000);
});

it('has ffmpeg to test with', () => {
  expect(execFileSync('ffmpeg', ['-version']).toString()).toContain('ffmpeg version');
});
