/**
 * The counts beside sidebar items under the other active filters (pure). The local server sends
 * `matching_asset_count`; other servers send only whole-library totals, which would mislead under
 * a filter ("Ana 104" inside an album where she is in 15), so then no count is shown.
 */

export interface Countable {
  asset_count?: number | null | undefined;
  matching_asset_count?: number | null | undefined;
}

/**
 * The count to show beside an item: its photos under the other filters when the server says, its
 * whole count when nothing else narrows the list, otherwise null (unknown).
 */
export function facetCount(item: Countable, narrowed: boolean): number | null {
  if (typeof item.matching_asset_count === 'number') return item.matching_asset_count;
  if (narrowed) return null;
  return typeof item.asset_count === 'number' ? item.asset_count : null;
}

/**
 * The chosen item's count, pinned above its list: 0 when it has no photos under the other filters
 * (the `?ids=` page came back empty), null when unknown (still loading, or the server ignored `ids`).
 */
export function chosenCount(
  chosen: { item: Countable | null; known: boolean } | undefined,
  narrowed: boolean,
): number | null {
  if (!chosen?.known) return null;
  return chosen.item ? facetCount(chosen.item, narrowed) : 0;
}

/**
 * True when a narrowed list came from a server that can't narrow it (no item carries a matching
 * count): the gallery says so instead of letting the whole list pass for the narrowed one.
 */
export function ignoredNarrowing(items: Countable[], narrowed: boolean): boolean {
  return narrowed && items.length > 0 && items.every((item) => typeof item.matching_asset_count !== 'number');
}
