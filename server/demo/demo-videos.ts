/**
 * Short generated clips for the demo library (and the tests): a landscape H.264 clip with sound,
 * a portrait one stored landscape with a 90° rotation as phones record, an HEVC one (which
 * needs a proxy to play), and a Live Photo (a JPEG still and its MOV sharing Apple's content
 * identifier). Made by ffmpeg, tagged by ExifTool; without ffmpeg the demo has no videos and
 * says so, and everything else is generated as before.
 */
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import sharp from 'sharp';
import { FfmpegMissingError, runFfmpeg } from '../media/ffmpeg.ts';
import { appleMakerNote } from './apple-maker-note.ts';

export interface ClipOptions {
  width: number;
  height: number;
  seconds: number;
  codec: 'h264' | 'hevc';
  /** Clockwise degrees a player turns the stored frame (written as the track matrix). */
  rotation?: 0 | 90 | 180 | 270;
  /** Apple's `CreationDate`: wall clock with its zone, `2024:06:01 14:30:05+02:00`. */
  creationDate?: string;
  /** Written as Apple's ISO 6709 location key and as `©xyz`. */
  gps?: { latitude: number; longitude: number };
  /** Apple's content identifier (a Live Photo's motion carries its still's). */
  contentIdentifier?: string;
  fps?: number;
}

const iso6709 = ({ latitude, longitude }: { latitude: number; longitude: number }) =>
  `${latitude >= 0 ? '+' : ''}${latitude.toFixed(4)}${longitude >= 0 ? '+' : ''}${longitude.toFixed(4)}/`;

/** Write a test-pattern clip with a tone to `file` (`.mp4` or `.mov`) and tag it. */
export async function makeClip(file: string, options: ClipOptions, exiftool: ExifTool): Promise<void> {
  const { width, height, seconds, codec, fps = 30 } = options;
  const video =
    codec === 'h264'
      ? ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p']
      : [
          '-c:v',
          'libx265',
          '-preset',
          'ultrafast',
          '-tag:v',
          'hvc1',
          '-pix_fmt',
          'yuv420p',
          '-x265-params',
          'log-level=error',
        ];
  const args = ['-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=${fps}:duration=${seconds}`];
  args.push(
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:duration=${seconds}`,
    ...video,
    '-c:a',
    'aac',
    '-shortest',
  );
  if (options.gps) args.push('-metadata', `location=${iso6709(options.gps)}`);
  args.push('-movflags', '+faststart', '-y', file);
  await runFfmpeg(args, { timeoutMs: 120_000 });
  const tags: Record<string, string | number> = {};
  if (options.rotation) tags.Rotation = options.rotation;
  if (options.creationDate) tags['Keys:CreationDate'] = options.creationDate;
  if (options.gps) tags['Keys:GPSCoordinates'] = `${options.gps.latitude} ${options.gps.longitude}`;
  if (options.contentIdentifier) tags['Keys:ContentIdentifier'] = options.contentIdentifier;
  if (Object.keys(tags).length > 0) await exiftool.write(file, tags, { writeArgs: ['-overwrite_original'] });
}

/** Make a JPEG a Live Photo's still: an Apple MakerNote with `contentIdentifier`, and Make Apple. */
export async function tagLiveStill(
  file: string,
  contentIdentifier: string,
  exiftool: ExifTool,
): Promise<void> {
  const note = path.join(os.tmpdir(), `apple-note-${process.pid}-${Date.now()}.bin`);
  await writeFile(note, appleMakerNote(contentIdentifier));
  try {
    await exiftool.write(
      file,
      { Make: 'Apple', Model: 'iPhone 13' },
      {
        writeArgs: ['-overwrite_original', `-MakerNotes<=${note}`],
      },
    );
  } finally {
    await rm(note, { force: true });
  }
}

/** The demo's Live Photo identifier (any UUID; this one is fixed so the demo is the same each time). */
export const DEMO_LIVE_ID = '7E1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8';

/** The demo's clips: in `Videos/` and the Live Photo pair beside them. Returns how many files. */
export async function generateDemoVideos(outDir: string, log: (line: string) => void): Promise<number> {
  const dir = path.join(outDir, 'Videos');
  await mkdir(dir, { recursive: true });
  const exiftool = new ExifTool({ maxProcs: 1 });
  const lisbon = { latitude: 38.7139, longitude: -9.1394 };
  try {
    const clips: [string, ClipOptions, string][] = [
      [
        'harbour.mp4',
        {
          width: 1280,
          height: 720,
          seconds: 3,
          codec: 'h264',
          creationDate: '2024:06:01 18:42:10+01:00',
          gps: lisbon,
        },
        '2024-06-01T17:42:10Z',
      ],
      [
        'portrait.mov',
        {
          width: 1280,
          height: 720,
          seconds: 2,
          codec: 'h264',
          rotation: 90,
          creationDate: '2024:06:02 09:15:00+01:00',
          gps: lisbon,
        },
        '2024-06-02T08:15:00Z',
      ],
      [
        'hevc.mov',
        { width: 1280, height: 720, seconds: 2, codec: 'hevc', creationDate: '2024:06:03 20:05:30+01:00' },
        '2024-06-03T19:05:30Z',
      ],
      [
        'IMG_0001.MOV',
        {
          width: 720,
          height: 960,
          seconds: 2,
          codec: 'h264',
          creationDate: '2024:06:04 12:00:00+01:00',
          contentIdentifier: DEMO_LIVE_ID,
        },
        '2024-06-04T11:00:00Z',
      ],
    ];
    for (const [name, options, at] of clips) {
      const file = path.join(dir, name);
      await makeClip(file, options, exiftool);
      await utimes(file, new Date(at), new Date(at));
    }
    const still = path.join(dir, 'IMG_0001.JPG');
    const frame = await runFfmpeg(
      ['-i', path.join(dir, 'IMG_0001.MOV'), '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'mjpeg', 'pipe:1'],
      { timeoutMs: 30_000 },
    );
    await writeFile(still, await sharp(frame).jpeg({ quality: 85 }).toBuffer());
    await exiftool.write(
      still,
      { DateTimeOriginal: '2024:06:04 12:00:00', OffsetTimeOriginal: '+01:00' },
      {
        writeArgs: ['-overwrite_original'],
      },
    );
    await tagLiveStill(still, DEMO_LIVE_ID, exiftool);
    await utimes(still, new Date('2024-06-04T11:00:00Z'), new Date('2024-06-04T11:00:00Z'));
    return clips.length + 1;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof FfmpegMissingError) {
      log('The demo library has no videos: ffmpeg is not installed (apt-get install -y ffmpeg).');
      return 0;
    }
    throw error;
  } finally {
    await exiftool.end();
  }
}
