import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { validateQuery } from '../http/validate.ts';
import { AssetCountsQuery, GeoClustersQuery, LIST_PARAMS, PlacesQuery } from './asset-query.ts';
import { listPlaces } from './places.repo.ts';
import { countAssetsByMonth, geoClusters } from './summaries.repo.ts';

/** `GET /api/assets/counts`, `/geo-clusters` and `/places` (mounted before the asset routes' `/:id`). */
export function assetSummaryRoutes({ db }: AppContext) {
  return new Hono()
    .get('/counts', (c) => {
      const { limit, ...filter } = validateQuery(c, AssetCountsQuery, LIST_PARAMS);
      return c.json(countAssetsByMonth(db, filter, limit));
    })
    .get('/geo-clusters', (c) => {
      const { cell_size, ...filter } = validateQuery(c, GeoClustersQuery, LIST_PARAMS);
      return c.json({ data: geoClusters(db, filter, cell_size) });
    })
    .get('/places', (c) => c.json(listPlaces(db, validateQuery(c, PlacesQuery, LIST_PARAMS))));
}

/** `GET /api/server/ping`: a cheap liveness answer for clients probing the server. */
export function serverRoutes() {
  return new Hono().get('/ping', (c) => c.json({ status: 'ok' }));
}
