import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { FFMPEG_ENV } from '../media/ffmpeg.ts';
import { writeVideoFolder } from '../testing/video-folder.ts';
import { indexLibrary } from './index-library.ts';
import { endVideoTagReader } from './video-tags.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'no-ffmpeg-'));
  await writeVideoFolder(dir); // with the real ffmpeg; the server then runs without one
  process.env[FFMPEG_ENV] = path.join(dir, 'no-such-ffmpeg');
}, 60_000);

afterAll(async () => {
  delete process.env[FFMPEG_ENV];
  await endVideoTagReader();
  await rm(dir, { recursive: true, force: true });
});

it('lists videos with a placeholder poster and warns once when ffmpeg is missing', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const db = openDb(':memory:');
  const app = createApp(db);
  const report = await indexLibrary(db, dir);
  expect(report.failed.map((f) => f.path)).toEqual(['Trips/broken.mp4']);

  const { data } = (await (await app.request('/api/assets?limit=50')).json()) as { data: any[] };
  const videos = data.filter((a) => a.mime_type.startsWith('video/'));
  expect(videos.map((v) => v.original_file_name).sort()).toEqual([
    'hevc.mov',
    'landscape.mp4',
    'portrait.mov',
  ]);
  const poster = await app.request(`/api/assets/${videos[0].id}/thumbnail?size=preview`);
  expect(poster.status).toBe(200);
  const meta = await sharp(Buffer.from(await poster.arrayBuffer())).metadata();
  expect([meta.width, meta.height]).toEqual([640, 360]);

  // A playable original still plays; a copy can't be made, and the player is told so.
  const landscape = videos.find((v) => v.original_file_name === 'landscape.mp4');
  expect((await app.request(landscape.playback_url, { headers: { Range: 'bytes=0-1' } })).status).toBe(206);
  const hevc = videos.find((v) => v.original_file_name === 'hevc.mov');
  expect((await app.request(hevc.playback_url)).status).toBe(202);
  let status = 202;
  for (let i = 0; i < 40 && status === 202; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = (await app.request(hevc.playback_url)).status;
  }
  expect(status).toBe(422);

  const ffmpegWarnings = warn.mock.calls.filter((call) => String(call[0]).includes('ffmpeg'));
  expect(ffmpegWarnings).toHaveLength(1);
  expect(String(ffmpegWarnings[0]![0])).toContain('apt-get install -y ffmpeg');
  warn.mockRestore();
}, 60_000);
