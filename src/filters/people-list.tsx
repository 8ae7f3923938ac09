import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../contract/entities.ts';
import { imageUrl } from '../api/image-url.ts';
import { personQueries, type AssetFilter } from '../api/queries.ts';
import { paths } from '../app/paths.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { withFilter } from './filter-params.ts';

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

  return (
    <section className="sidebar__section" aria-labelledby="people-heading">
      <h2 id="people-heading" className="sidebar__heading">
        People
      </h2>
      {query.isPending ? (
        <ul className="sidebar__list" aria-busy="true">
          {[0, 1, 2].map((i) => (
            <li key={i} className="skeleton-line skeleton-line--avatar" />
          ))}
        </ul>
      ) : query.isError && people.length === 0 ? (
        <ErrorState compact error={query.error} onRetry={() => void query.refetch()} />
      ) : people.length === 0 ? (
        <p className="sidebar__muted">No people{filter.album ? ' in this album' : ''}</p>
      ) : (
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
                  {typeof person.asset_count === 'number' ? (
                    <span className="sidebar__count" aria-label={`${person.asset_count} photos`}>
                      {person.asset_count.toLocaleString('en')}
                    </span>
                  ) : null}
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
        {query.hasNextPage ? (
          <button
            type="button"
            className="link-button"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? 'Loading…' : 'Show more people'}
          </button>
        ) : null}
      </div>
    </section>
  );
}
