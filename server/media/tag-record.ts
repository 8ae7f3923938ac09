/**
 * ExifTool's JSON (`-j -G0:1 -a -l`: both group families, duplicates kept, each tag with its
 * description, formatted `val` and numeric `num`) → the groups of an asset's tag record. Pure, so
 * every rule (which tags are left out, how binary data and long values read) has a table test.
 */
import type { AssetTag, AssetTagGroup } from '../../contract/asset-tags.ts';
import { groupLabel, kindRank } from './tag-record-groups.ts';

/** One tag as `-l` prints it in JSON. */
interface ListedTag {
  desc?: unknown;
  val?: unknown;
  num?: unknown;
}

/** What one read gave: its groups, the reader's version, and ExifTool's error when it read nothing. */
export interface GroupedTags {
  groups: AssetTagGroup[];
  /** `13.59`, or null when the answer didn't say. */
  version: string | null;
  /** ExifTool's `Error` tag ("File format error", "Unknown file type"). */
  error: string | null;
}

/** A value longer than this is cut, saying how much was left out: a panel is no hex dump. */
export const MAX_VALUE_CHARS = 20_000;

/**
 * Tags left out: the server's own path (never shown to a browser), the time of our own read, and
 * ExifTool's bookkeeping (its version becomes the record's `reader`; `Error` becomes the answer).
 */
const LEFT_OUT = new Set([
  'File:System:Directory',
  'File:System:FileAccessDate',
  'File:System:FileInodeChangeDate',
  'ExifTool:ExifToolVersion',
  'ExifTool:Error',
]);

const BINARY = /^\(Binary data (\d+) bytes(?:, use -b option to extract)?\)$/;

/** "Binary data (1061 bytes)": named with its size, never its bytes. */
const binaryText = (bytes: number) => `Binary data (${bytes} bytes)`;

/**
 * A JSON value as text: lists joined with commas, binary data by its size (ExifTool's own note,
 * or its `base64:` escape of bytes that are not text), structures as JSON.
 */
export function tagText(value: unknown): string {
  let text: string;
  if (typeof value === 'string') {
    const binary = BINARY.exec(value);
    if (binary) return binaryText(Number(binary[1]));
    if (value.startsWith('base64:')) {
      const body = value.slice(7).replace(/=+$/, '');
      return binaryText(Math.floor((body.length * 3) / 4));
    }
    text = value;
  } else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value)) text = value.map(tagText).join(', ');
  else if (value === null || value === undefined) text = '';
  else text = JSON.stringify(value);
  if (text.length <= MAX_VALUE_CHARS) return text;
  return `${text.slice(0, MAX_VALUE_CHARS)}… (${text.length - MAX_VALUE_CHARS} more characters)`;
}

/** `EXIF:IFD0:Make` → EXIF, IFD0, Make; `Composite:Aperture` → Composite, Composite, Aperture. */
function splitKey(key: string): [family0: string, family1: string, name: string] | null {
  const parts = key.split(':');
  if (parts.length === 3) return parts as [string, string, string];
  if (parts.length === 2) return [parts[0]!, parts[0]!, parts[1]!];
  return null;
}

function tagOf(name: string, listed: ListedTag): AssetTag {
  const value = tagText(listed.val);
  const raw = listed.num === undefined ? null : tagText(listed.num);
  return {
    name,
    description: typeof listed.desc === 'string' && listed.desc !== '' ? listed.desc : name,
    value,
    raw: raw === value ? null : raw,
  };
}

const isListedTag = (value: unknown): value is ListedTag =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'val' in value;

export interface GroupOptions {
  /**
   * Put every tag into one group of this id and label (a sidecar, a Live Photo's motion clip),
   * leaving out what describes the other file rather than the photo (its File and Composite tags).
   */
  into?: { id: string; label: string };
}

/** The groups of one ExifTool answer, in the file's order. */
export function groupTags(raw: Record<string, unknown>, options: GroupOptions = {}): GroupedTags {
  const groups = new Map<string, AssetTagGroup>();
  const version = raw['ExifTool:ExifToolVersion'];
  const error = raw['ExifTool:Error'];
  for (const [key, listed] of Object.entries(raw)) {
    const where = splitKey(key);
    if (!where || LEFT_OUT.has(key) || !isListedTag(listed)) continue;
    const [family0, family1, name] = where;
    if (options.into && ['File', 'Composite', 'ExifTool'].includes(family0)) continue;
    const id = options.into?.id ?? (family0 === family1 ? family0 : `${family0}:${family1}`);
    let group = groups.get(id);
    if (!group) {
      group = { id, label: options.into?.label ?? groupLabel(family0, family1), tags: [] };
      groups.set(id, group);
    }
    group.tags.push(tagOf(name, listed));
  }
  return {
    groups: [...groups.values()],
    version: isListedTag(version) ? tagText(version.val) : null,
    error: isListedTag(error) ? tagText(error.val) : null,
  };
}

/** The id's first part is its kind: `EXIF:IFD0` → EXIF, `XMP-sidecar` → itself. */
const kindOf = (group: AssetTagGroup) => group.id.split(':')[0]!;

/** Groups of several reads in the panel's order of kinds (EXIF, maker notes, XMP, sidecar…), stable within a kind. */
export function orderGroups(groups: readonly AssetTagGroup[]): AssetTagGroup[] {
  return groups
    .map((group, at) => ({ group, at, rank: kindRank(kindOf(group)) }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .map(({ group }) => group);
}
