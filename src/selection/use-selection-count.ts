import { useQueries } from '@tanstack/react-query';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { countSelected, type Selection } from './selection-model.ts';
import { selectionQueries } from './selection-queries.ts';

/** "N selected": the spans counted by the server, null until every count has come back. */
export function useSelectionCount(filter: AssetFilter, selection: Selection, total: number): number | null {
  const counts = useQueries({
    queries: selection.spans.map((span) => selectionQueries.spanCount(filter, span)),
  });
  if (counts.some((c) => c.data === undefined)) return null;
  return countSelected(selection, total, (span) => counts[selection.spans.indexOf(span)]?.data ?? 0);
}
