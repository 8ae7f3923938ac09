import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { countryParamOf, type CountryPlace } from '../../contract/places.ts';
import { ApiError } from '../api/client.ts';
import { placeQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { withFilter } from '../routing/filter-params.ts';
import { paths } from '../routing/paths.ts';
import { chosenCountryLabel, countryLabel } from './place-names.ts';
import { ItemCount, renderListState, SidebarSection } from './sidebar-parts.tsx';
import './place-list.css';

/** Countries shown before "Show all": most people's photos are in a handful. */
const FIRST_COUNTRIES = 6;

/** A server without our places endpoint (the gateway, another Gumnut server) answers these. */
const noPlacesHere = (error: unknown) =>
  error instanceof ApiError && error.kind === 'http' && [404, 405, 422, 501].includes(error.status);

/**
 * Countries and their cities under the other filters (library, album, person, area), with counts;
 * each a filter. A country opens to its cities; the chosen country and city stay pinned on top with
 * their counts (0 when nothing matches the other filters), so a choice never vanishes.
 */
export function PlaceList({ filter, onNavigate }: { filter: AssetFilter; onNavigate?: () => void }) {
  const query = useQuery(placeQueries.list(filter));
  const [open, setOpen] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const countries = query.data?.countries ?? [];
  const chosen = filter.country ? countries.find((c) => countryParamOf(c) === filter.country) : undefined;

  if (query.isError && noPlacesHere(query.error)) {
    return (
      <SidebarSection id="places-heading" title="Places">
        <p className="sidebar__muted">
          Places need this app’s own photo server: the one you are connected to doesn’t say where photos were
          taken.
        </p>
      </SidebarSection>
    );
  }
  const state = renderListState({
    pending: query.isPending,
    error: query.isError ? query.error : null,
    empty: countries.length === 0 && !filter.country,
    emptyText: 'No photos with a place',
    onRetry: () => void query.refetch(),
  });

  const to = (country: string | null, city: string | null) =>
    paths.grid(withFilter(filter, { country, city }));
  const cityItems = (country: CountryPlace) => {
    const param = countryParamOf(country);
    return country.cities
      .filter((city) => !(filter.country === param && city.city === filter.city))
      .map((city) => (
        <li key={city.city}>
          <Link className="sidebar__item sidebar__item--city" to={to(param, city.city)} onClick={onNavigate}>
            <span className="sidebar__name">{city.city}</span>
            <ItemCount count={city.asset_count} />
          </Link>
        </li>
      ));
  };
  const rest = countries.filter((c) => c !== chosen);
  const shown = showAll ? rest : rest.slice(0, FIRST_COUNTRIES);

  const pinned = filter.country ? (
    <li>
      <Link
        className="sidebar__item sidebar__item--pinned"
        to={to(filter.city ? filter.country : null, null)}
        aria-current={filter.city ? undefined : 'true'}
        onClick={onNavigate}
      >
        <span className="sidebar__name">{chosenCountryLabel(filter.country, countries)}</span>
        <ItemCount count={chosen?.asset_count ?? 0} />
      </Link>
      <ul className="sidebar__list sidebar__list--cities">
        {filter.city ? (
          <li>
            <Link
              className="sidebar__item sidebar__item--city sidebar__item--pinned"
              to={to(filter.country, null)}
              aria-current="true"
              onClick={onNavigate}
            >
              <span className="sidebar__name">{filter.city}</span>
              <ItemCount count={chosen?.cities.find((c) => c.city === filter.city)?.asset_count ?? 0} />
            </Link>
          </li>
        ) : null}
        {chosen ? cityItems(chosen) : null}
      </ul>
    </li>
  ) : null;

  return (
    <SidebarSection id="places-heading" title="Places">
      {state ?? (
        <ul className="sidebar__list">
          {pinned}
          {shown.map((country) => {
            const param = countryParamOf(country);
            const name = countryLabel(country.country_code, country.country);
            const expanded = open === param;
            const citiesId = `places-cities-${param.replace(/[^A-Za-z0-9]/g, '_')}`;
            return (
              <li key={param}>
                <div className="sidebar__row">
                  <Link className="sidebar__item" to={to(param, null)} onClick={onNavigate}>
                    <span className="sidebar__name">{name}</span>
                    <ItemCount count={country.asset_count} />
                  </Link>
                  {country.cities.length > 0 ? (
                    <button
                      type="button"
                      className="sidebar__expand"
                      aria-expanded={expanded}
                      aria-controls={citiesId}
                      aria-label={`Cities in ${name}`}
                      onClick={() => setOpen(expanded ? null : param)}
                    >
                      <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                    </button>
                  ) : null}
                </div>
                {expanded ? (
                  <ul id={citiesId} className="sidebar__list sidebar__list--cities">
                    {cityItems(country)}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {!showAll && rest.length > FIRST_COUNTRIES ? (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {rest.length} countries
        </button>
      ) : null}
    </SidebarSection>
  );
}
