import { useCallback, useMemo, useState } from 'react';
import type { Asset } from '../../contract/entities.ts';
import {
  countSelected,
  emptySelection,
  isEmpty,
  setAsset,
  setSpan,
  toggleAsset,
  wallTimeOf,
  type AssetPlace,
  type Selection,
  type TimeSpan,
} from '../selection/selection-model.ts';
import type { SelectHow, SelectionActions } from '../selection/use-selection.ts';

const placeOf = (asset: Asset): AssetPlace => ({ id: asset.id, time: wallTimeOf(asset.local_datetime) });

/** Every asset of `assets` selected, as overrides; the anchor stays where it is. */
const selectEach = (selection: Selection, assets: readonly Asset[]) =>
  assets.reduce((s, asset) => setAsset(s, placeOf(asset), true), selection);

/**
 * The cursor-paged grid's selection: the timeline's model, but only over the loaded tiles (a
 * 2025 server counts no spans), so a Shift range and Ctrl/Cmd+A become one override per photo
 * and "N selected" is exact without asking the server.
 */
export function useGridSelection(assets: readonly Asset[]): {
  selection: Selection;
  selecting: boolean;
  count: number;
  actions: SelectionActions;
} {
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const select = useCallback(
    (place: AssetPlace, how: SelectHow) =>
      setSelection((s) => {
        if (how === 'toggle') return toggleAsset(s, place);
        const from = s.anchor ? assets.findIndex((a) => a.id === s.anchor?.id) : -1;
        const to = assets.findIndex((a) => a.id === place.id);
        if (from < 0 || to < 0) return setAsset(s, place, true);
        const range = assets.slice(Math.min(from, to), Math.max(from, to) + 1);
        return { ...selectEach(s, range), anchor: place };
      }),
    [assets],
  );
  const span = useCallback((span: TimeSpan, on: boolean) => setSelection((s) => setSpan(s, span, on)), []);
  const all = useCallback(
    () => setSelection(() => ({ ...selectEach(emptySelection, assets), anchor: null })),
    [assets],
  );
  const clear = useCallback(() => setSelection(emptySelection), []);
  const actions = useMemo(
    () => ({ select, setSpan: span, selectAll: all, clear }),
    [select, span, all, clear],
  );
  // Overrides only: each selected one is one photo.
  const count = countSelected(selection, assets.length, () => 0);
  return { selection, selecting: !isEmpty(selection), count, actions };
}
