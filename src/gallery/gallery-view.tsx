import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { assetQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { filterId, isFiltered } from '../routing/filter-params.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import { ErrorState } from '../ui/error-state.tsx';
import { GridSkeleton } from './grid-skeleton.tsx';
import { VirtualGrid } from './virtual-grid.tsx';
import { formatCount } from '../time/intl-formats.ts';
import './gallery.css';

interface GalleryViewProps {
  filter: AssetFilter;
  activeAssetId: string | null;
}

/** Every photo of the current filter, newest first, with loading, error and empty states. */
export function GalleryView({ filter, activeAssetId }: GalleryViewProps) {
  const query = useInfiniteQuery(assetQueries.list(filter));
  const queryClient = useQueryClient();
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const assets = useMemo(() => data?.pages.flatMap((page) => page.data) ?? [], [data]);
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  if (query.isPending) return <GridSkeleton />;
  if (query.isError && assets.length === 0) {
    return (
      <div className="grid-scroll">
        {/* One Retry for the page: whatever else failed with it (the sidebar's lists) retries too. */}
        <ErrorState
          error={query.error}
          onRetry={() => void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' })}
        />
      </div>
    );
  }
  if (assets.length === 0) {
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

  return (
    <VirtualGrid
      // A different filter is a different list: fresh scroll state, restored from its own memory.
      key={filterId(filter)}
      assets={assets}
      filter={filter}
      hasNextPage={hasNextPage && !isFetchNextPageError}
      canFetchMore={!isFetchingNextPage && !isFetchNextPageError}
      fetchNextPage={loadMore}
      activeAssetId={activeAssetId}
      footer={
        isFetchNextPageError ? (
          <ErrorState compact error={query.error} onRetry={loadMore} />
        ) : !hasNextPage ? (
          <p className="grid-end">
            {assets.length === 1 ? '1 photo' : `${formatCount(assets.length)} photos`}
          </p>
        ) : null
      }
    />
  );
}
