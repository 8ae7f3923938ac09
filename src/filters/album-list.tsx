import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { albumQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { withFilter } from '../routing/filter-params.ts';
import { ItemCount, renderListState, ShowMoreButton, SidebarSection } from './sidebar-parts.tsx';

/** Albums with their photo counts; choosing one filters the grid, choosing it again clears it. */
export function AlbumList({ filter, onNavigate }: { filter: AssetFilter; onNavigate?: () => void }) {
  const query = useInfiniteQuery(albumQueries.list({ library: filter.library }));
  const albums = query.data?.pages.flatMap((page) => page.data) ?? [];

  const state = renderListState({
    pending: query.isPending,
    error: query.isError ? query.error : null,
    empty: albums.length === 0,
    emptyText: 'No albums',
    onRetry: () => void query.refetch(),
  });

  return (
    <SidebarSection id="albums-heading" title="Albums">
      {state ?? (
        <ul className="sidebar__list">
          {albums.map((album) => {
            const selected = filter.album === album.id;
            return (
              <li key={album.id}>
                <Link
                  className="sidebar__item"
                  to={paths.grid(withFilter(filter, { album: selected ? null : album.id }))}
                  aria-current={selected ? 'true' : undefined}
                  onClick={onNavigate}
                >
                  <span className="sidebar__name">{album.name}</span>
                  <ItemCount count={album.asset_count} />
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMoreButton
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        noun="albums"
        onMore={() => void query.fetchNextPage()}
      />
    </SidebarSection>
  );
}
