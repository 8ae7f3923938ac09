import type { ReactNode } from 'react';
import { ErrorState } from '../ui/error-state.tsx';
import { formatCount } from '../time/intl-formats.ts';

/** A titled section of the sidebar. */
export function SidebarSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="sidebar__section" aria-labelledby={id}>
      <h2 id={id} className="sidebar__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

interface ListStateProps {
  pending: boolean;
  /** An error to show when nothing loaded (a failed later page keeps what is shown). */
  error: unknown;
  empty: boolean;
  emptyText: string;
  onRetry: () => void;
  skeletonClassName?: string;
}

/**
 * What a cursor-paged sidebar list shows instead of its items: skeleton lines while the first
 * page loads, the error with Retry, or the empty message. Null once there are items.
 */
export function renderListState(props: ListStateProps): ReactNode {
  const { pending, error, empty, emptyText, onRetry, skeletonClassName = 'skeleton-line' } = props;
  if (pending) {
    return (
      <ul className="sidebar__list" aria-busy="true">
        {[0, 1, 2].map((i) => (
          <li key={i} className={skeletonClassName} />
        ))}
      </ul>
    );
  }
  if (error && empty) return <ErrorState compact error={error} onRetry={onRetry} />;
  if (empty) return <p className="sidebar__muted">{emptyText}</p>;
  return null;
}

/** A photo count beside an album or person, when the server gives one. */
export function ItemCount({ count }: { count: number | null | undefined }) {
  if (typeof count !== 'number') return null;
  return (
    <span className="sidebar__count" aria-label={`${count} photos`}>
      {formatCount(count)}
    </span>
  );
}

/** Asks for the next page of a sidebar list. */
export function ShowMoreButton(props: {
  hasMore: boolean;
  loading: boolean;
  noun: string;
  onMore: () => void;
}) {
  if (!props.hasMore) return null;
  return (
    <button type="button" className="link-button" disabled={props.loading} onClick={props.onMore}>
      {props.loading ? 'Loading…' : `Show more ${props.noun}`}
    </button>
  );
}
