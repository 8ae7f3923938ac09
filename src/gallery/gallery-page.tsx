import { Outlet, useMatch } from 'react-router';
import { routePatterns } from '../routing/paths.ts';
import { useFilter } from '../routing/use-filter.ts';
import { InOverlaySlot } from '../ui/overlay-slot.tsx';
import { TimelineView } from '../timeline/timeline-view.tsx';

/**
 * The index page: the timeline (or, on a server without month counts, the grid), with the viewer as its child route drawn over it (in the shell's
 * overlay slot). The grid stays mounted, inert, under the viewer, so closing the viewer finds it
 * exactly where it was.
 */
export function GalleryPage() {
  const filter = useFilter();
  const assetMatch = useMatch(routePatterns.asset);
  return (
    <>
      <TimelineView filter={filter} activeAssetId={assetMatch?.params.assetId ?? null} />
      <InOverlaySlot>
        <Outlet />
      </InOverlaySlot>
    </>
  );
}
