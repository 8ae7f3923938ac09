/**
 * HEIC test files made at test time from the real camera JPEGs in fixtures/, with Debian's
 * `heif-enc` (libheif-examples, installed by .ci/run and the README's setup), which keeps the
 * JPEG's EXIF. `quarterTurns` adds an `irot` box the way an iPhone stores a portrait photo
 * (heif-rotation.ts). The real HEIC and the broken corpus are copied in fixtures/heic/.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { withHeifRotation } from '../demo/heif-rotation.ts';

const run = promisify(execFile);

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
export const EXAMPLE_HEIC = path.join(FIXTURES, 'heic', 'example.heic');
export const BROKEN_HEIC_DIR = path.join(FIXTURES, 'heic', 'broken');

/**
 * Encode `jpeg` (a path, absolute or under fixtures/) as a HEIC at `out`, quality 60, its EXIF
 * kept; with `quarterTurns`, the primary image gets an `irot` of that many anticlockwise turns.
 */
export async function writeHeic(jpeg: string, out: string, options: { quarterTurns?: 1 | 2 | 3 } = {}) {
  const source = path.isAbsolute(jpeg) ? jpeg : path.join(FIXTURES, jpeg);
  await run('heif-enc', ['-q', '60', '-o', out, source]);
  if (options.quarterTurns) await writeFile(out, withHeifRotation(await readFile(out), options.quarterTurns));
  return out;
}
