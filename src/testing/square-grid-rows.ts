/**
 * The grid's rows as the pure tests read them: square tiles at a fixed column count (`columns`
 * tiles of 100 px across), sectioned by the wall-clock date of each text.
 */
import { layoutGridRows } from '../layout/grid-rows.ts';
import { squareRows } from '../layout/square-rows.ts';
import { formatGroupLabel, groupKeyOf, type Granularity } from '../time/date-labels.ts';

export function buildGridRows(
  dates: readonly string[],
  options: { columns: number; granularity: Granularity; placeholderTiles?: number },
) {
  const items = dates.map((text) => ({ aspectRatio: 1, section: groupKeyOf(text, options.granularity) }));
  return layoutGridRows(items, {
    layout: squareRows,
    width: options.columns * 100,
    gap: 0,
    targetRowHeight: 100,
    headerHeight: 52,
    sectionLabel: formatGroupLabel,
    placeholderTiles: options.placeholderTiles,
  });
}
