import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { serverQueries } from '../api/queries.ts';
import { GridSkeleton } from '../gallery/grid-skeleton.tsx';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { filterId, isFiltered } from '../routing/filter-params.ts';
import { paths } from '../routing/paths.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import { ErrorState } from '../ui/error-state.tsx';
import { MonthTimeline } from './month-timeline.tsx';
import { NewPhotosPill } from './new-photos-pill.tsx';
import { useLiveMonths } from './use-live-months.ts';
import '../gallery/gallery.css';
import { useMonths } from './use-months.ts';
import { useWarmOpeningMonth } from './use-warm-opening-month.ts';

/** The cursor-paged grid, only for servers without month counts: not in the first chunk. */
const GalleryView = lazy(() =>
  import('../gallery/gallery-view.tsx').then((m) => ({ default: m.GalleryView })),
);

interface TimelineViewProps {
  filter: AssetFilter;
  activeAssetId: string | null;
}

/**
 * Every photo of the filter, by time. A server with month counts gets the timeline (sections,
 * scrubber, jumps); one without (a 2025 Gumnut server through the gateway) the cursor-paged grid.
 */
export function TimelineView({ filter, activeAssetId }: TimelineViewProps) {
  const capabilities = useQuery(serverQueries.capabilities());
  const counted = capabilities.data?.monthCounts === true;
  const { query, months: counts, complete } = useMonths(filter, counted);
  useWarmOpeningMonth(filter, counted);
  // While the index changes under it, months above the view wait (live-months.ts).
  const live = useLiveMonths(filter, counts, activeAssetId !== null);
  const months = live.months;
  const queryClient = useQueryClient();
  const retry = () => void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });

  if (capabilities.isPending) return <GridSkeleton />;
  if (capabilities.isError) {
    return (
      <div className="grid-scroll">
        <ErrorState error={capabilities.error} onRetry={retry} />
      </div>
    );
  }
  if (!counted) {
    return (
      <Suspense fallback={<GridSkeleton />}>
        <GalleryView filter={filter} activeAssetId={activeAssetId} />
      </Suspense>
    );
  }
  if (query.isPending) return <GridSkeleton />;
  if (query.isError && months.length === 0) {
    return (
      <div className="grid-scroll">
        <ErrorState error={query.error} onRetry={retry} />
      </div>
    );
  }
  if (complete && months.length === 0) {
    return (
      <div className="grid-scroll">
        {isFiltered(filter) ? (
          <EmptyState title="No photos match these filters">
            <p>
              Try removing a filter, or <Link to={paths.grid()}>show all photos</Link>.
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="This library has no photos yet">
            <p>Add photos to the library folder and index it; they will show up here.</p>
          </EmptyState>
        )}
      </div>
    );
  }
  // A different filter is a different timeline: fresh scroll state (as is "show the new photos").
  return (
    <div className="live-timeline">
      <NewPhotosPill count={live.newAbove} onShow={live.showNew} />
      <MonthTimeline
        key={`${filterId(filter)}:${live.epoch}`}
        filter={filter}
        months={months}
        activeAssetId={activeAssetId}
      />
    </div>
  );
}
