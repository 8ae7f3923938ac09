import { useQueryClient } from '@tanstack/react-query';
import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { apiOf } from '../api/api-for-client.ts';
import { listAssets } from '../api/endpoints.ts';
import { findListedAsset } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { groupKeyOf } from '../time/date-labels.ts';
import { endOfDayBound } from '../time/month-window.ts';
import type { TimelineMonth } from './use-months.ts';

/** A photo the timeline is bringing into view: its month loads up to it, then reports its row. */
export interface TimelineTarget {
  month: string;
  assetId: string;
  /** Focus the tile once it is in view (a jump the person asked for, not the viewer following). */
  focus: boolean;
}

interface TimelineJumps {
  filter: AssetFilter;
  months: readonly TimelineMonth[];
  virtualizer: Virtualizer<HTMLElement, Element>;
  /** The scroll space holds the whole content: a jump now lands where it aims. */
  ready: boolean;
  viewportHeight: number;
  /** The month the URL asked for when the timeline mounted. */
  initialMonth: string | null;
  /** The photo open in the viewer: the timeline follows it, so closing lands on it. */
  activeAssetId: string | null;
}

/**
 * Every way the timeline moves by itself: to a month (scrubber, URL), to the newest photo on or
 * before a date, and to the photo the viewer shows.
 */
export function useTimelineJumps({
  filter,
  months,
  virtualizer,
  ready,
  viewportHeight,
  initialMonth,
  activeAssetId,
}: TimelineJumps) {
  const queryClient = useQueryClient();
  const [jump, setJump] = useState<TimelineTarget | null>(null);

  const jumpToMonth = useCallback(
    (month: string, within = 0) => {
      const index = months.findIndex((m) => m.month === month);
      const item = virtualizer.measurementsCache[index];
      if (!item) return;
      virtualizer.scrollToOffset(item.start + Math.max(0, Math.min(1, within)) * item.size);
    },
    [months, virtualizer],
  );

  // Once, when the months and the viewport are known: the month the URL names.
  const startedAt = useRef(false);
  useEffect(() => {
    if (startedAt.current || !initialMonth || months.length === 0 || !ready) return;
    startedAt.current = true;
    // The newest month on or before the one asked for (it may have no photos under this filter).
    const month = months.find((m) => m.month <= initialMonth) ?? months[months.length - 1];
    if (month) jumpToMonth(month.month);
  }, [initialMonth, months, ready, jumpToMonth]);

  const jumpToDate = useCallback(
    async (day: string) => {
      const page = await listAssets(apiOf(queryClient), {
        library_id: filter.library || undefined,
        album_id: filter.album || undefined,
        person_id: filter.person || undefined,
        local_datetime_before: endOfDayBound(day),
        limit: 1,
      });
      const asset = page.data[0];
      if (!asset) {
        // Nothing that old: the oldest photo there is.
        const oldest = months[months.length - 1];
        if (oldest) jumpToMonth(oldest.month, 1);
        return;
      }
      const month = groupKeyOf(asset.local_datetime, 'month');
      jumpToMonth(month);
      setJump({ month, assetId: asset.id, focus: true });
    },
    [queryClient, filter, months, jumpToMonth],
  );

  // The viewer stepped to another photo: bring it into view beneath, ready for Esc (once each).
  const [followed, setFollowed] = useState<string | null>(null);
  const following = useMemo<TimelineTarget | null>(() => {
    if (!activeAssetId || activeAssetId === followed) return null;
    const asset = findListedAsset(queryClient, activeAssetId);
    return asset
      ? { month: groupKeyOf(asset.local_datetime, 'month'), assetId: asset.id, focus: false }
      : null;
  }, [activeAssetId, followed, queryClient]);
  const current = jump ?? following;

  const onTargetPlaced = useCallback(
    (index: number, assetId: string, top: number, height: number) => {
      const item = virtualizer.measurementsCache[index];
      if (!item || current?.assetId !== assetId) return;
      const rowTop = item.start + top;
      const offset = virtualizer.scrollOffset ?? 0;
      const visible = rowTop >= offset && rowTop + height <= offset + viewportHeight;
      if (!visible) virtualizer.scrollToOffset(Math.max(0, rowTop - (viewportHeight - height) / 2));
      if (current.focus) {
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`a[data-asset-id="${CSS.escape(assetId)}"]`)?.focus(),
        );
      }
      if (current === jump) setJump(null);
      else setFollowed(assetId);
    },
    [virtualizer, current, jump, viewportHeight],
  );

  return { target: current, jumpToMonth, jumpToDate, onTargetPlaced };
}
