import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { albumQueries, personQueries, placeQueries } from '../api/queries.ts';
import { libraryQueries } from '../api/library-queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { CloseIcon } from '../ui/icons.tsx';
import { withFilter } from '../routing/filter-params.ts';
import type { UnknownFilters } from './use-unknown-filters.ts';
import { readArea } from '../routing/area.ts';
import { chosenCountryLabel, placeLabel } from './place-names.ts';

/** An area in plain words: its middle, to a tenth of a degree (about 10 km). */
function areaLabel(bbox: string): string {
  const area = readArea(bbox);
  if (!area) return bbox;
  const lat = (area.south + area.north) / 2;
  const lon = (area.west + area.east) / 2 + (area.west > area.east ? 180 : 0);
  const wrapped = lon > 180 ? lon - 360 : lon;
  const deg = (value: number, plus: string, minus: string) =>
    `${Math.abs(value).toFixed(1)}° ${value < 0 ? minus : plus}`;
  return `Around ${deg(lat, 'N', 'S')}, ${deg(wrapped, 'E', 'W')}`;
}

function Chip(props: { kind: string; label: string; clearTo: string; unknown?: boolean }) {
  const { kind, label, clearTo, unknown = false } = props;
  return (
    <li className={unknown ? 'chip chip--unknown' : 'chip'}>
      <span className="chip__kind">{kind}</span>
      <span className="chip__label">{label}</span>
      <Link className="chip__clear" to={clearTo} aria-label={`Clear ${kind.toLowerCase()} filter: ${label}`}>
        <CloseIcon />
      </Link>
    </li>
  );
}

/**
 * The filters in force, each with a × that removes just that one; one naming nothing the server
 * knows reads "Unknown album" (the page says so once, and offers to remove it).
 */
export function FilterChips({ filter, unknown }: { filter: AssetFilter; unknown?: UnknownFilters }) {
  // Names come from the detail endpoints: the chosen album may not be on a loaded sidebar page.
  const album = useQuery({ ...albumQueries.detail(filter.album ?? ''), enabled: Boolean(filter.album) });
  const person = useQuery({
    ...personQueries.detail(filter.person ?? ''),
    enabled: Boolean(filter.person),
  });
  const libraries = useQuery({ ...libraryQueries.list(), enabled: Boolean(filter.library) });
  const places = useQuery({ ...placeQueries.list(filter), enabled: Boolean(filter.country) });
  if (!filter.album && !filter.person && !filter.library && !filter.bbox && !filter.country) return null;
  const libraryName = libraries.data?.find((l) => l.id === filter.library)?.name;

  return (
    <ul className="chips" aria-label="Active filters">
      {filter.library ? (
        <Chip
          kind="Library"
          label={unknown?.library ? 'Unknown library' : (libraryName ?? '…')}
          clearTo={paths.grid(withFilter(filter, { library: null, album: null }))}
          unknown={unknown?.library}
        />
      ) : null}
      {filter.album ? (
        <Chip
          kind="Album"
          label={album.data?.name ?? (album.isError ? 'Unknown album' : '…')}
          clearTo={paths.grid(withFilter(filter, { album: null }))}
          unknown={unknown?.album}
        />
      ) : null}
      {filter.person ? (
        <Chip
          kind="Person"
          label={
            person.data
              ? person.data.name?.trim() || 'Unnamed person'
              : person.isError
                ? 'Unknown person'
                : '…'
          }
          clearTo={paths.grid(withFilter(filter, { person: null }))}
          unknown={unknown?.person}
        />
      ) : null}
      {filter.bbox ? (
        <Chip
          kind="Area"
          label={areaLabel(filter.bbox)}
          clearTo={paths.grid(withFilter(filter, { bbox: null }))}
        />
      ) : null}
      {filter.country ? (
        <Chip
          kind="Place"
          label={placeLabel(chosenCountryLabel(filter.country, places.data?.countries), filter.city)}
          clearTo={paths.grid(withFilter(filter, { country: null, city: null }))}
        />
      ) : null}
    </ul>
  );
}
