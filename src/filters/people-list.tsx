import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../contract/entities.ts';
import { imageUrl } from '../api/image-url.ts';
import { personQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { ItemCount, renderListState, ShowMoreButton, SidebarSection } from './sidebar-parts.tsx';
import { withFilter } from '../routing/filter-params.ts';

/** A round face avatar, or the person's initial when there is no face to show. */
export function PersonAvatar({ person, size = 36 }: { person: Person; size?: number }) {
  const initial = person.name?.trim()[0]?.toUpperCase() ?? '?';
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
 * People, with avatars and counts. Within an album only that album's people are listed, so the
 * album × person combinations offered all have photos. Unnamed people wait behind a toggle.
 */
export function PeopleList({ filter, onNavigate }: { filter: AssetFilter; onNavigate?: () => void }) {
  const query = useInfiniteQuery(personQueries.list({ library: filter.library, album: filter.album }));
  const [showUnnamed, setShowUnnamed] = useState(false);
  const people = (query.data?.pages.flatMap((page) => page.data) ?? []).filter((person) => !person.is_hidden);
  const named = people.filter((person) => person.name?.trim());
  const unnamed = people.filter((person) => !person.name?.trim());
  const shown = showUnnamed ? [...named, ...unnamed] : named;

  const state = renderListState({
    pending: query.isPending,
    error: query.isError ? query.error : null,
    empty: people.length === 0,
    emptyText: `No people${filter.album ? ' in this album' : ''}`,
    onRetry: () => void query.refetch(),
    skeletonClassName: 'skeleton-line skeleton-line--avatar',
  });

  return (
    <SidebarSection id="people-heading" title="People">
      {state ?? (
        <ul className="sidebar__list">
          {shown.map((person) => {
            const selected = filter.person === person.id;
            const name = person.name?.trim() || 'Unnamed person';
            return (
              <li key={person.id}>
                <Link
                  className="sidebar__item sidebar__item--person"
                  to={paths.grid(withFilter(filter, { person: selected ? null : person.id }))}
                  aria-current={selected ? 'true' : undefined}
                  onClick={onNavigate}
                >
                  <PersonAvatar person={person} />
                  <span
                    className={person.name?.trim() ? 'sidebar__name' : 'sidebar__name sidebar__name--unnamed'}
                  >
                    {name}
                  </span>
                  <ItemCount count={person.asset_count} />
                </Link>
              </li>
            );
          })}
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
