import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { libraryQueries } from '../api/library-queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { withFilter } from '../routing/filter-params.ts';

/** A library selector, shown only when there is more than one library to choose from. */
export function LibraryPicker({ filter }: { filter: AssetFilter }) {
  const navigate = useNavigate();
  const libraries = useQuery(libraryQueries.list());
  if (!libraries.data || libraries.data.length < 2) return null;
  return (
    <section className="sidebar__section">
      <label className="sidebar__heading" htmlFor="library-picker">
        Library
      </label>
      <select
        id="library-picker"
        className="select"
        value={filter.library ?? ''}
        onChange={(event) =>
          // Albums belong to one library: switching library drops the album; people span libraries.
          void navigate(paths.grid(withFilter(filter, { library: event.target.value || null, album: null })))
        }
      >
        <option value="">All libraries</option>
        {libraries.data.map((library) => (
          <option key={library.id} value={library.id}>
            {library.name}
          </option>
        ))}
      </select>
    </section>
  );
}
