/**
 * Reads an asset's whole tag record on demand with the server's one ExifTool: the original, the
 * XMP sidecar beside it if there is one, and a Live Photo's motion clip, each in one `-l` read
 * (description, formatted and numeric value at once: one read measured ~35 ms on the Olympus
 * sample against ~50–60 ms for a formatted plus a `-n` read, which still has no descriptions).
 * The three reads run side by side on ExifTool's two processes. Files are only read.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { AssetTagGroup } from '../../contract/asset-tags.ts';
import { UnrenderableError } from '../errors.ts';
import { exiftool } from './exiftool-process.ts';
import { groupTags, orderGroups, type GroupOptions } from './tag-record.ts';

/**
 * Both group families, duplicates kept, each tag listed with its description and raw value; not
 * our own `GeolocationLocality` (exiftool-locality.config), which is no tag of the file.
 */
const READ_ARGS = ['-G0:1', '-a', '-l', '--GeolocationLocality'];

export interface TagSources {
  /** The original, checked (asset-files.ts). */
  file: string;
  /** An XMP sidecar beside it, or null. */
  sidecar: string | null;
  /** A Live Photo's motion clip, or null. */
  motion: string | null;
}

/** What the tags route answers, less the asset's id. */
export interface TagRecord {
  reader: string;
  sidecar_file_name: string | null;
  tag_count: number;
  groups: AssetTagGroup[];
}

/**
 * The sidecar of `file`, as Lightroom, darktable (`IMG_1.CR2.xmp`) and digiKam or Capture One
 * (`IMG_1.xmp`) write it, either case. Only a regular file counts: a symlink could point anywhere.
 */
export async function findSidecar(file: string): Promise<string | null> {
  const { dir, name, ext } = path.parse(file);
  if (ext.toLowerCase() === '.xmp') return null;
  const stems = [`${name}${ext}`, name];
  for (const stem of stems) {
    for (const suffix of ['.xmp', '.XMP']) {
      const candidate = path.join(dir, stem + suffix);
      const info = await lstat(candidate).catch(() => null);
      if (info?.isFile()) return candidate;
    }
  }
  return null;
}

async function read(file: string, options: GroupOptions = {}) {
  try {
    // useMWG: also the reconciled MWG composites (description, place, rating, date).
    const raw = await exiftool().readRaw(file, { readArgs: READ_ARGS, useMWG: true });
    return groupTags(raw as Record<string, unknown>, options);
  } catch {
    // ExifTool's own message carries the server path: say it plainly instead.
    throw new UnrenderableError("This file's tags cannot be read");
  }
}

/**
 * The record of one original. A file ExifTool can't read at all (it says "Error: File format
 * error" or "Unknown file type") is an UnrenderableError (a 422); a sidecar or motion clip that
 * can't be read is left out rather than failing the photo's record.
 */
export async function readTagRecord(sources: TagSources): Promise<TagRecord> {
  const optional = (file: string | null, into: GroupOptions['into']) =>
    file === null ? null : read(file, { into }).catch(() => null);
  const [main, sidecar, motion] = await Promise.all([
    read(sources.file),
    optional(sources.sidecar, { id: 'XMP-sidecar', label: 'XMP sidecar' }),
    optional(sources.motion, { id: 'LivePhoto-motion', label: 'Live Photo motion clip' }),
  ]);
  if (main.error !== null) throw new UnrenderableError(`This file's tags cannot be read: ${main.error}`);
  const extra = [sidecar, motion].flatMap((read) => (read && read.error === null ? read.groups : []));
  const groups = orderGroups([...main.groups, ...extra]);
  return {
    reader: main.version === null ? 'ExifTool' : `ExifTool ${main.version}`,
    sidecar_file_name:
      sidecar && sidecar.error === null && sources.sidecar ? path.basename(sources.sidecar) : null,
    tag_count: groups.reduce((sum, group) => sum + group.tags.length, 0),
    groups,
  };
}
