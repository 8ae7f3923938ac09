/**
 * A small DNG for tests, since no camera RAW is at hand and ExifTool cannot create raw data: a
 * 64×48 flat-grey TIFF from sharp, made a DNG by its `DNGVersion` tag, with a real camera JPEG
 * embedded as its `PreviewImage` (or, without a preview, uncompressed grey pixels sharp decodes) and the tags a camera writes (make, model, capture time, an
 * Orientation). Not a real RAW — there is no sensor data — but it has the structure the indexer
 * reads: the embedded preview (distinguishable from the grey "raw" pixels) and the RAW's own tags.
 */
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import sharp from 'sharp';
import { FIXTURES } from './heic-fixtures.ts';

export interface DngOptions {
  /** A JPEG under fixtures/ (or absolute) to embed as the preview; none makes a DNG without one. */
  preview?: string;
  orientation?: number;
  /** EXIF date text, `2024:05:01 10:00:00`. */
  taken?: string;
}

export async function writeDng(out: string, options: DngOptions = {}): Promise<string> {
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#808080' } })
    .tiff({ compression: options.preview ? 'jpeg' : 'none' })
    .toFile(out);
  const tool = new ExifTool({ maxProcs: 1 });
  const local = `${out}.preview.jpg`;
  try {
    const args = ['-DNGVersion=1.4.0.0', '-Make=Canon', '-Model=Canon EOS R6', '-overwrite_original'];
    if (options.orientation) args.push(`-Orientation#=${options.orientation}`);
    if (options.taken) args.push(`-DateTimeOriginal=${options.taken}`);
    if (options.preview) {
      const preview = path.isAbsolute(options.preview)
        ? options.preview
        : path.join(FIXTURES, options.preview);
      // ExifTool reads `<=` files by name: a copy beside the output keeps odd names out of the args.
      await copyFile(preview, local);
    }
    await tool.write(out, {}, args);
    // A second pass, once ExifTool reads the file as a DNG: the JPEG-compressed strip of IFD0 is
    // what it calls the PreviewImage (as in many real DNGs and CR2s), and it is replaced by the JPEG.
    if (options.preview) await tool.write(out, {}, [`-PreviewImage<=${local}`, '-overwrite_original']);
  } finally {
    await Promise.all([tool.end(), rm(local, { force: true })]);
  }
  return out;
}
