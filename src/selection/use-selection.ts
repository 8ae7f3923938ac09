import { useCallback, useMemo, useState } from 'react';
import {
  emptySelection,
  isEmpty,
  selectAll,
  selectRange,
  setSpan,
  toggleAsset,
  type AssetPlace,
  type Selection,
  type TimeSpan,
} from './selection-model.ts';

/** How a tile was chosen: a click or Space toggles it, Shift extends from the last one. */
export type SelectHow = 'toggle' | 'range';

export interface SelectionActions {
  select: (place: AssetPlace, how: SelectHow) => void;
  setSpan: (span: TimeSpan, selected: boolean) => void;
  selectAll: () => void;
  clear: () => void;
}

/**
 * The timeline's selection, held above the virtualizer so it outlives the sections and tiles
 * that scroll away; the actions are stable (the memoised sections keep them).
 */
export function useSelection(): { selection: Selection; selecting: boolean; actions: SelectionActions } {
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const select = useCallback((place: AssetPlace, how: SelectHow) => {
    setSelection((s) => (how === 'range' ? selectRange(s, place) : toggleAsset(s, place)));
  }, []);
  const span = useCallback((span: TimeSpan, selected: boolean) => {
    setSelection((s) => setSpan(s, span, selected));
  }, []);
  const all = useCallback(() => setSelection(selectAll()), []);
  const clear = useCallback(() => setSelection(emptySelection), []);
  const actions = useMemo(
    () => ({ select, setSpan: span, selectAll: all, clear }),
    [select, span, all, clear],
  );
  return { selection, selecting: !isEmpty(selection), actions };
}
