/**
 * Zone and place of real clips that carry a GPS position but neither an offset nor a place, as
 * Android phones write them (a UTC `CreateDate` and `©xyz`) and as ffmpeg's MP4 muxer does (a
 * 3GPP `loci` box): indexed, the API shows the local time of the position and its city, offline.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { indexLibrary } from './index-library.ts';
import { endVideoTagReader } from './video-tags.ts';

let dir: string;

/** A one-second clip taken at the Eiffel Tower on 14 July 2024 at 10:00 UTC (noon in Paris). */
function clipAtTheEiffelTower(file: string) {
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10', '-t', '1'],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p'],
    ...['-metadata', 'creation_time=2024-07-14T10:00:00Z', '-metadata', 'location=+48.8584+002.2945/'],
    file,
  ]);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'video-place-'));
  clipAtTheEiffelTower(path.join(dir, 'VID_20240714_android.mov')); // ©xyz in udta
  clipAtTheEiffelTower(path.join(dir, 'ffmpeg.mp4')); // 3GPP loci
}, 60_000);

afterAll(async () => {
  await endVideoTagReader();
  await rm(dir, { recursive: true, force: true });
});

describe('a video with GPS and a UTC date only', () => {
  it('is dated in the zone of its position and placed in its city', async () => {
    const db = openDb(':memory:');
    const report = await indexLibrary(db, dir);
    expect(report.failed).toEqual([]);
    const res = await createApp(db).request('/api/assets?limit=10');
    const { data } = (await res.json()) as { data: any[] };
    expect(data).toHaveLength(2);
    for (const asset of data) {
      expect(asset, asset.original_file_name).toMatchObject({
        local_datetime: '2024-07-14T12:00:00+02:00',
        local_datetime_source: 'camera',
        time_zone_source: 'gps',
        place_source: 'gps',
      });
      // The city, not ExifTool's nearest neighbourhood ("Paris 16 Passy").
      expect(asset.exif).toMatchObject({ city: 'Paris', state: 'Île-de-France', country: 'France' });
      expect(asset.metadata.country_code).toBe('FR');
    }
    db.close();
  }, 60_000);
});
