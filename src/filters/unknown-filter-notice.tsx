import { Link } from 'react-router';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { withFilter } from '../routing/filter-params.ts';
import { paths } from '../routing/paths.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import type { UnknownFilters } from './use-unknown-filters.ts';

/** "This album", "This album and person"…: the filters that name nothing, in plain words. */
export function unknownSubject(unknown: UnknownFilters): { words: string; many: boolean } {
  const names = [unknown.library && 'library', unknown.album && 'album', unknown.person && 'person'].filter(
    (name): name is string => Boolean(name),
  );
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return { words: `This ${list}`, many: names.length > 1 };
}

/**
 * One message in place of the photos when the URL names an album, person or library that isn't
 * there, offering to remove just those filters (the chips say "Unknown album" beside it).
 */
export function UnknownFilterNotice({ filter, unknown }: { filter: AssetFilter; unknown: UnknownFilters }) {
  const { words, many } = unknownSubject(unknown);
  // Only the unknown ones are named: withFilter clears every field the patch names.
  const patch: Parameters<typeof withFilter>[1] = {};
  if (unknown.library) patch.library = null;
  if (unknown.album) patch.album = null;
  if (unknown.person) patch.person = null;
  const rest = withFilter(filter, patch);
  return (
    <EmptyState title={`${words} ${many ? 'aren’t' : 'isn’t'} in your library`}>
      <p>The link may be out of date, or it was removed.</p>
      <p className="state__actions">
        <Link className="button" to={paths.grid(rest)}>
          {many ? 'Remove them from the filters' : 'Remove it from the filters'}
        </Link>
      </p>
    </EmptyState>
  );
}
