import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { albumQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { withFilter } from '../routing/filter-params.ts';
import { chosenCount, facetCount, ignoredNarrowing } from './facet-count.ts';
import { ItemCount, renderListState, ShowMoreButton, SidebarSection } from './sidebar-parts.tsx';

/**
 * Albums with their photo counts under the other filters (the library, the person): only albums
 * holding the chosen person are offered, so every choice leads to photos. The chosen album stays
 * pinned on top even when it has none of them; choosing it again clears it.
 */
export function AlbumList({ filter, onNavigate }: { filter: AssetFilter; onNavigate?: () => void }) {
  const facet = {
    library: filter.library,
    person: filter.person,
    country: filter.country,
    city: filter.city,
  };
  const narrowed = Boolean(filter.person || filter.country);
  const query = useInfiniteQuery(albumQueries.list(facet));
  const chosenId = filter.album ?? '';
  const chosen = useQuery({ ...albumQueries.chosen(chosenId, facet), enabled: Boolean(filter.album) });
  const chosenDetail = useQuery({ ...albumQueries.detail(chosenId), enabled: Boolean(filter.album) });
  const all = query.data?.pages.flatMap((page) => page.data) ?? [];
  const albums = all.filter((album) => album.id !== filter.album);
  const chosenName = chosen.data?.item?.name ?? chosenDetail.data?.name;

  const state = renderListState({
    pending: query.isPending,
    error: query.isError ? query.error : null,
    empty: all.length === 0 && !filter.album,
    emptyText: filter.person
      ? 'No albums with this person'
      : filter.country
        ? 'No albums with photos taken here'
        : 'No albums',
    onRetry: () => void query.refetch(),
  });

  const item = (id: string, name: string, count: number | null, selected: boolean) => (
    <li key={id}>
      <Link
        className={selected ? 'sidebar__item sidebar__item--pinned' : 'sidebar__item'}
        to={paths.grid(withFilter(filter, { album: selected ? null : id }))}
        aria-current={selected ? 'true' : undefined}
        onClick={onNavigate}
      >
        <span className="sidebar__name">{name}</span>
        <ItemCount count={count} />
      </Link>
    </li>
  );

  return (
    <SidebarSection id="albums-heading" title="Albums">
      {state ?? (
        <ul className="sidebar__list">
          {filter.album && chosenName !== undefined
            ? item(filter.album, chosenName, chosenCount(chosen.data, narrowed), true)
            : null}
          {albums.map((album) => item(album.id, album.name, facetCount(album, narrowed), false))}
        </ul>
      )}
      {ignoredNarrowing(all, narrowed) ? (
        <p className="sidebar__muted">All albums are shown: this server can’t tell which hold this person.</p>
      ) : null}
      <ShowMoreButton
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        noun="albums"
        onMore={() => void query.fetchNextPage()}
      />
    </SidebarSection>
  );
}
