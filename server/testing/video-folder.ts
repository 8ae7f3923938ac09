/**
 * Real video folders for tests: clips made by ffmpeg and tagged by ExifTool (rotation, Apple's
 * creation date with its zone, GPS in both QuickTime keys, a content identifier), a Live Photo
 * pair made from a camera fixture, and a file that only pretends to be a video.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import { makeClip, tagLiveStill } from '../demo/demo-videos.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

export const LIVE_ID = '5D4E3C2B-1A09-4F8E-9D7C-6B5A49382716';

/** What {@link writeVideoFolder} writes, by relative path. */
export const VIDEO_FOLDER = {
  landscape: 'Trips/landscape.mp4',
  portrait: 'Trips/portrait.mov',
  hevc: 'Trips/hevc.mov',
  broken: 'Trips/broken.mp4',
  liveStill: 'Live/IMG_0042.JPG',
  liveMotion: 'Live/IMG_0042.MOV',
} as const;

export async function writeVideoFolder(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'Trips'), { recursive: true });
  await mkdir(path.join(dir, 'Live'), { recursive: true });
  const exiftool = new ExifTool({ maxProcs: 1 });
  try {
    const file = (rel: string) => path.join(dir, rel);
    await makeClip(
      file(VIDEO_FOLDER.landscape),
      {
        width: 640,
        height: 360,
        seconds: 2,
        codec: 'h264',
        fps: 25,
        creationDate: '2024:06:01 14:30:05+02:00',
        gps: { latitude: 48.8584, longitude: 2.2945 },
      },
      exiftool,
    );
    await makeClip(
      file(VIDEO_FOLDER.portrait),
      { width: 640, height: 360, seconds: 2, codec: 'h264', rotation: 90 },
      exiftool,
    );
    await makeClip(
      file(VIDEO_FOLDER.hevc),
      { width: 640, height: 360, seconds: 1, codec: 'hevc', rotation: 90 },
      exiftool,
    );
    await writeFile(file(VIDEO_FOLDER.broken), Buffer.from('ftypisom this is not a video at all'.repeat(20)));
    await copyFile(path.join(FIXTURES, 'Canon_40D.jpg'), file(VIDEO_FOLDER.liveStill));
    await tagLiveStill(file(VIDEO_FOLDER.liveStill), LIVE_ID, exiftool);
    await makeClip(
      file(VIDEO_FOLDER.liveMotion),
      { width: 360, height: 480, seconds: 1, codec: 'h264', contentIdentifier: LIVE_ID },
      exiftool,
    );
  } finally {
    await exiftool.end();
  }
}
