import type { Virtualizer } from '@tanstack/react-virtual';
import { useMemo } from 'react';
import type { Asset } from '../../contract/entities.ts';
import { groupKeyOf } from '../time/date-labels.ts';
import type { ScrubberMonth } from '../timeline/scrubber-marks.ts';

/**
 * The months the grid has loaded, for a rail that shows where you are when the server has no
 * month counts (it cannot jump: nothing beyond the loaded pages is known).
 */
export function useLoadedMonths(
  assets: readonly Asset[],
  rowOfAsset: readonly number[],
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  viewportHeight: number,
) {
  const total = virtualizer.getTotalSize();
  const months = useMemo<ScrubberMonth[]>(() => {
    const list: ScrubberMonth[] = [];
    const size = Math.max(1, total);
    assets.forEach((asset, index) => {
      const month = groupKeyOf(asset.local_datetime, 'month');
      const last = list[list.length - 1];
      if (last?.month === month) last.count++;
      else {
        const start = virtualizer.measurementsCache[rowOfAsset[index] ?? 0]?.start ?? 0;
        list.push({ month, count: 1, start: start / size });
      }
    });
    return list;
  }, [assets, rowOfAsset, virtualizer, total]);
  const offset = virtualizer.scrollOffset ?? 0;
  const position = total > viewportHeight ? offset / (total - viewportHeight) : 0;
  const current = months.findLast((m) => m.start * total <= offset + 1);
  return { months, position, currentMonth: current?.month ?? months[0]?.month ?? null };
}
