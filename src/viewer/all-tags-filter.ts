/**
 * The search of "More": which tags of a record match what a person typed. Pure, so the matching
 * rules have a table test; the component only wires them to the input.
 */
import type { AssetTag, AssetTagGroup } from '../../contract/asset-tags.ts';

export interface FilteredTags {
  /** The groups with at least one match, each holding only its matching tags. */
  groups: AssetTagGroup[];
  matches: number;
  total: number;
}

/** Words in any order, each found in the name, the description, the value or the raw value. */
export function tagMatches(tag: AssetTag, words: readonly string[]): boolean {
  const text = `${tag.name}\n${tag.description}\n${tag.value}\n${tag.raw ?? ''}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * The record's groups narrowed to the tags that match `search` ("iso", "lens model", "nikon"):
 * case-insensitive words, all of which must be in one tag. An empty search keeps everything.
 */
export function filterTagGroups(groups: readonly AssetTagGroup[], search: string): FilteredTags {
  const total = groups.reduce((sum, group) => sum + group.tags.length, 0);
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { groups: [...groups], matches: total, total };
  const narrowed = groups
    .map((group) => ({ ...group, tags: group.tags.filter((tag) => tagMatches(tag, words)) }))
    .filter((group) => group.tags.length > 0);
  return { groups: narrowed, matches: narrowed.reduce((sum, group) => sum + group.tags.length, 0), total };
}

/** "152 tags", "1 tag", "3 of 152 tags". */
export function tagCountText(
  { matches, total }: Pick<FilteredTags, 'matches' | 'total'>,
  searching: boolean,
) {
  const noun = (n: number) => (n === 1 ? 'tag' : 'tags');
  return searching ? `${matches} of ${total} ${noun(total)}` : `${total} ${noun(total)}`;
}

/** A value too long to read in a row (a lens table, an edit history): clipped, with "Show all". */
export const LONG_VALUE_CHARS = 160;

/** The tag's name beside its description only when it says something more than spacing does. */
export function nameDiffers(tag: Pick<AssetTag, 'name' | 'description'>): boolean {
  return tag.description.replace(/[\s/-]+/g, '').toLowerCase() !== tag.name.toLowerCase();
}
