import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { albumQueries, personQueries } from '../api/queries.ts';
import { libraryQueries } from '../api/library-queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { viewTitle } from './view-title.ts';

/**
 * Keeps `document.title` on the grid's view (the chips' queries: no extra request). While the
 * viewer is open the title is the viewer's to set, so this leaves it alone until it closes.
 */
export function useViewTitle(filter: AssetFilter, viewerOpen: boolean): void {
  const album = useQuery({ ...albumQueries.detail(filter.album ?? ''), enabled: Boolean(filter.album) });
  const person = useQuery({ ...personQueries.detail(filter.person ?? ''), enabled: Boolean(filter.person) });
  const libraries = useQuery({ ...libraryQueries.list(), enabled: Boolean(filter.library) });
  const personName = person.data ? person.data.name?.trim() || 'Unnamed person' : undefined;
  const title = viewTitle({
    album: filter.album ? album.data?.name : undefined,
    person: filter.person ? personName : undefined,
    library: libraries.data?.find((library) => library.id === filter.library)?.name,
  });
  useEffect(() => {
    if (!viewerOpen) document.title = title;
  }, [title, viewerOpen]);
}
