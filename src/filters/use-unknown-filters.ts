import { useQuery } from '@tanstack/react-query';
import { albumQueries, personQueries } from '../api/queries.ts';
import { libraryQueries } from '../api/library-queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { isNotFound } from '../ui/not-found-state.tsx';

/** Which of the URL's filters name nothing the server knows (an old link, a typo). */
export interface UnknownFilters {
  library: boolean;
  album: boolean;
  person: boolean;
}

export const anyUnknown = (unknown: UnknownFilters) => unknown.library || unknown.album || unknown.person;

/** `filter` without the parts that name nothing: what the sidebar lists can still be narrowed by. */
export function withoutUnknown(filter: AssetFilter, unknown: UnknownFilters): AssetFilter {
  // The rest (area, place) pass: places are listed under them.
  const known: AssetFilter = { ...filter };
  if (unknown.library) delete known.library;
  if (unknown.album) delete known.album;
  if (unknown.person) delete known.person;
  return known;
}

/**
 * Asks the detail endpoints (the same queries the chips use, so no extra request) whether the
 * album and person exist, and the library list whether the library does. A failure other than
 * "not found" (the network, a 5xx) is not taken for an unknown id.
 */
export function useUnknownFilters(filter: AssetFilter): UnknownFilters {
  const album = useQuery({ ...albumQueries.detail(filter.album ?? ''), enabled: Boolean(filter.album) });
  const person = useQuery({ ...personQueries.detail(filter.person ?? ''), enabled: Boolean(filter.person) });
  const libraries = useQuery({ ...libraryQueries.list(), enabled: Boolean(filter.library) });
  return {
    library: Boolean(
      filter.library && libraries.data && !libraries.data.some((l) => l.id === filter.library),
    ),
    album: Boolean(filter.album && album.isError && isNotFound(album.error)),
    person: Boolean(filter.person && person.isError && isNotFound(person.error)),
  };
}
