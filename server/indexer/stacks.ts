/**
 * RAW+JPEG pairs: a camera set to "RAW + JPEG" writes both files of one shot side by side with
 * one base name (`IMG_0042.CR2`, `IMG_0042.JPG`). They are one stack: both files stay assets,
 * share a `stack_id`, and the JPEG (the camera's own rendering, what the person saw on its
 * screen) is the cover that the timeline shows; the RAW is listed through its stack. Pure.
 */
import path from 'node:path';
import { isRawFile } from '../media/raw-preview.ts';

/** Extensions a stack's cover may have, best first. */
const COVER_EXTENSIONS = [
  '.jpg',
  '.jpeg',
  '.heic',
  '.heif',
  '.hif',
  '.tif',
  '.tiff',
  '.png',
  '.webp',
  '.avif',
];

export interface StackPlace {
  /** Folder and base name, lower case (`trips/img_0042`): what the stack's id derives from. */
  key: string;
  /** Whether this file is the cover (shown in lists); the others are listed through the stack. */
  cover: boolean;
}

/**
 * The stack of every file that is in one: files of one folder whose names differ only in the
 * extension (case-insensitively), where at least one is a RAW and one is a cover format. Files
 * not in a stack are absent from the map. With several cover candidates the best extension wins,
 * then the first path in code-point order, so the choice is the same on every run.
 */
export function stacksOf(relPaths: readonly string[]): Map<string, StackPlace> {
  const groups = new Map<string, string[]>();
  for (const relPath of relPaths) {
    const ext = path.posix.extname(relPath);
    const key = relPath.slice(0, relPath.length - ext.length).toLowerCase();
    const group = groups.get(key) ?? [];
    group.push(relPath);
    groups.set(key, group);
  }
  const out = new Map<string, StackPlace>();
  for (const [key, members] of groups) {
    const raws = members.filter((m) => isRawFile(m));
    const covers = members
      .map((m) => ({ m, rank: COVER_EXTENSIONS.indexOf(path.posix.extname(m).toLowerCase()) }))
      .filter((c) => c.rank >= 0)
      .sort((a, b) => a.rank - b.rank || (a.m < b.m ? -1 : a.m > b.m ? 1 : 0));
    if (raws.length === 0 || covers.length === 0) continue;
    const cover = covers[0]!.m;
    for (const member of members) out.set(member, { key, cover: member === cover });
  }
  return out;
}
