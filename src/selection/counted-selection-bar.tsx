import { useEffect } from 'react';
import type { AssetFilter } from '../routing/asset-filter.ts';
import type { Selection } from './selection-model.ts';
import { SelectionBar } from './selection-bar.tsx';
import { useSelectionCount } from './use-selection-count.ts';

interface CountedSelectionBarProps {
  filter: AssetFilter;
  selection: Selection;
  /** Photos under the filter: what "all but these" counts from. */
  total: number;
  /** The count as it becomes known (null while the server counts a range, and when the bar goes). */
  onCount: (count: number | null) => void;
  onClear: () => void;
}

/**
 * The timeline's selection bar, counting spans of days with the server itself: the counting
 * queries and the download planner then load with the bar's chunk, not on every first visit.
 * The count goes back up for the timeline's live region, which must exist before it speaks.
 */
export function CountedSelectionBar({
  filter,
  selection,
  total,
  onCount,
  onClear,
}: CountedSelectionBarProps) {
  const count = useSelectionCount(filter, selection, total);
  useEffect(() => onCount(count), [count, onCount]);
  useEffect(() => () => onCount(null), [onCount]);
  return <SelectionBar filter={filter} selection={selection} count={count} onClear={onClear} />;
}
