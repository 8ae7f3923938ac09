import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../contract/entities.ts';
import { imageUrl } from '../api/image-url.ts';
import { personQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { ItemCount, renderListState, ShowMoreButton, SidebarSection } from './sidebar-parts.tsx';
import { withFilter } from '../routing/filter-params.ts';
import { chosenCount, facetCount } from './facet-count.ts';
import { useAfterFirstPhotos } from '../ui/first-photos.ts';

/**
 * A round face avatar, or the person's initial when there is no face to show. On the first load
 * the face is asked for after the timeline's first photos (ui/first-photos.ts): the circle is
 * empty until then.
 */
export function PersonAvatar({ person, size = 36 }: { person: Person; size?: number }) {
  const initial = person.name?.trim()[0]?.toUpperCase() ?? '?';
  const photosFirst = !useAfterFirstPhotos();
  if (person.thumbnail_face_url && photosFirst) {
    return <span className="avatar" style={{ width: size, height: size }} aria-hidden="true" />;
  }
  return person.thumbnail_face_url ? (
    <img
      className="avatar"
      src={imageUrl(person.thumbnail_face_url)}
      alt=""
      width={size}
      height={size}
      loading="lazy"
    />
  ) : (
    <span className="avatar avatar--initial" style={{ width: size, height: size }} aria-hidden="true">
      {initial}
    </span>
  );
}

/**
 * People, with avatars and their photo counts under the other filters (the library, the album):
 * only people in the chosen album are listed, so every album × person choice has photos. The
 * chosen person stays pinned on top even with none there. Unnamed people wait behind a toggle.
 */
export function PeopleList({ filter, onNavigate }: { filter: AssetFilter; onNavigate?: () => void }) {
  const facet = { library: filter.library, album: filter.album, country: filter.country, city: filter.city };
  const narrowed = Boolean(filter.library || filter.album || filter.country);
  const query = useInfiniteQuery(personQueries.list(facet));
  const chosenId = filter.person ?? '';
  const chosen = useQuery({ ...personQueries.chosen(chosenId, facet), enabled: Boolean(filter.person) });
  const chosenDetail = useQuery({ ...personQueries.detail(chosenId), enabled: Boolean(filter.person) });
  const [showUnnamed, setShowUnnamed] = useState(false);
  const all = (query.data?.pages.flatMap((page) => page.data) ?? []).filter((person) => !person.is_hidden);
  const people = all.filter((person) => person.id !== filter.person);
  const named = people.filter((person) => person.name?.trim());
  const unnamed = people.filter((person) => !person.name?.trim());
  const shown = showUnnamed ? [...named, ...unnamed] : named;
  const pinned = chosen.data?.item ?? chosenDetail.data;

  const state = renderListState({
    pending: query.isPending,
    error: query.isError ? query.error : null,
    empty: all.length === 0 && !filter.person,
    emptyText: `No people${filter.album ? ' in this album' : ''}`,
    onRetry: () => void query.refetch(),
    skeletonClassName: 'skeleton-line skeleton-line--avatar',
  });

  const item = (person: Person, count: number | null, selected: boolean) => {
    const name = person.name?.trim() || 'Unnamed person';
    return (
      <li key={person.id}>
        <Link
          className={`sidebar__item sidebar__item--person${selected ? ' sidebar__item--pinned' : ''}`}
          to={paths.grid(withFilter(filter, { person: selected ? null : person.id }))}
          aria-current={selected ? 'true' : undefined}
          onClick={onNavigate}
        >
          <PersonAvatar person={person} />
          <span className={person.name?.trim() ? 'sidebar__name' : 'sidebar__name sidebar__name--unnamed'}>
            {name}
          </span>
          <ItemCount count={count} />
        </Link>
      </li>
    );
  };

  return (
    <SidebarSection id="people-heading" title="People">
      {state ?? (
        <ul className="sidebar__list">
          {filter.person && pinned ? item(pinned, chosenCount(chosen.data, narrowed), true) : null}
          {shown.map((person) => item(person, facetCount(person, narrowed), false))}
        </ul>
      )}
      <div className="sidebar__actions">
        {unnamed.length > 0 ? (
          <button
            type="button"
            className="link-button"
            aria-pressed={showUnnamed}
            onClick={() => setShowUnnamed((v) => !v)}
          >
            {showUnnamed ? 'Hide unnamed people' : `Show ${unnamed.length} unnamed`}
          </button>
        ) : null}
        <ShowMoreButton
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          noun="people"
          onMore={() => void query.fetchNextPage()}
        />
      </div>
    </SidebarSection>
  );
}
