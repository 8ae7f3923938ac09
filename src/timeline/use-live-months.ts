import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { filterId } from '../routing/filter-params.ts';
import { planLiveMonths } from './live-months.ts';
import type { TimelineMonth } from './use-months.ts';
import { AT_PARAM } from './use-timeline-position.ts';

interface LiveState {
  filter: string;
  /** The counts the months were last planned from. */
  source: readonly TimelineMonth[];
  shown: TimelineMonth[];
  /** The month at the top of the view when last planned (null: at the top). */
  top: string | null;
  /** Bumped by "show the new photos": a fresh timeline, at the top. */
  epoch: number;
  /** "Show the new photos" was asked: bump `epoch` once the URL no longer holds `?at=`. */
  toTop: boolean;
}

/**
 * The months the timeline shows while the index changes under it (live-months.ts), and the
 * "new photos" pill's count. Where the person is comes from the URL's `?at=` (absent at the top),
 * which the timeline writes; while the viewer is open the URL is the photo's, so the position
 * from before it opened holds.
 */
export function useLiveMonths(filter: AssetFilter, months: readonly TimelineMonth[], viewerOpen: boolean) {
  const [params, setParams] = useSearchParams();
  const key = filterId(filter);
  const [state, setState] = useState<LiveState>(() => ({
    filter: key,
    source: months,
    shown: [...months],
    top: params.get(AT_PARAM),
    epoch: 0,
    toTop: false,
  }));
  const at = params.get(AT_PARAM);
  const top = viewerOpen ? state.top : at;
  let live = state;
  // The fresh timeline reads `?at=` when it mounts: it must be gone by then, or it starts there.
  if (state.toTop && at === null) live = { ...live, toTop: false, epoch: live.epoch + 1 };
  if (live.filter !== key) {
    live = { ...live, filter: key, source: months, shown: [...months], top };
  } else if (live.source !== months || live.top !== top) {
    live = { ...live, source: months, top, shown: planLiveMonths(live.shown, months, top).months };
  }
  // Derived from the props during render (React's "adjusting state when a prop changes").
  if (live !== state) setState(live);
  const { newAbove } = planLiveMonths(live.shown, months, top);

  const showNew = useCallback(() => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        next.delete(AT_PARAM);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
    setState((s) => ({ ...s, toTop: true }));
  }, [setParams]);

  return { months: live.shown, newAbove, showNew, epoch: live.epoch };
}
