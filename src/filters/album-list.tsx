import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { albumQueries, type AssetFilter } from '../api/queries.ts';
import { paths } from '../app/paths.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { withFilter } from './filter-params.ts';

/** Albums with their photo counts; choosing one filters the grid, choosing it again clears it. */
export function AlbumList({ filter, onNavigate }: { filter: AssetFilter; onNavigate?: () => void }) {
  const query = useInfiniteQuery(albumQueries.list({ library: filter.library }));
  const albums = query.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <section className="sidebar__section" aria-labelledby="albums-heading">
      <h2 id="albums-heading" className="sidebar__heading">
        Albums
      </h2>
      {query.isPending ? (
        <ul className="sidebar__list" aria-busy="true">
          {[0, 1, 2].map((i) => (
            <li key={i} className="skeleton-line" />
          ))}
        </ul>
      ) : query.isError && albums.length === 0 ? (
        <ErrorState compact error={query.error} onRetry={() => void query.refetch()} />
      ) : albums.length === 0 ? (
        <p className="sidebar__muted">No albums</p>
      ) : (
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
                  {typeof album.asset_count === 'number' ? (
                    <span className="sidebar__count" aria-label={`${album.asset_count} photos`}>
                      {album.asset_count.toLocaleString('en')}
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {query.hasNextPage ? (
        <button
          type="button"
          className="link-button"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Show more albums'}
        </button>
      ) : null}
    </section>
  );
}
