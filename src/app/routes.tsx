import { lazy, Suspense } from 'react';
import { Link, useParams, useRouteError, type RouteObject } from 'react-router';
import { useFilter } from '../routing/use-filter.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { GalleryPage } from '../gallery/gallery-page.tsx';
import { AppShell } from './app-shell.tsx';
import { LazyAssetViewer } from './lazy-viewer.tsx';
import { paths } from '../routing/paths.ts';

// The map's code and outlines load only when someone opens it (its own chunk).
const MapPage = lazy(() => import('../map/map-page.tsx').then((module) => ({ default: module.MapPage })));

/** `/map`: the map page, in its own chunk. */
function MapRoute() {
  return (
    <Suspense fallback={<p className="map-status">Loading the map…</p>}>
      <MapPage />
    </Suspense>
  );
}

/** `/assets/:assetId`: read the params, render the viewer. */
function AssetRoute() {
  const { assetId = '' } = useParams();
  const filter = useFilter();
  return (
    <Suspense fallback={null}>
      <LazyAssetViewer assetId={assetId} filter={filter} />
    </Suspense>
  );
}

/** A render error anywhere: say what happened, offer the way home rather than a blank page. */
function RouteError() {
  const error = useRouteError();
  return (
    <div className="app app--error">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
      <Link className="button button--quiet" to={paths.grid()}>
        Back to all photos
      </Link>
    </div>
  );
}

/**
 * The route tree, shared by the browser router and the tests' memory router. The shell frames
 * every page; the gallery page is a pathless layout whose children (the grid alone, or the
 * viewer over it) keep the grid mounted. The map is a page beside it.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        element: <GalleryPage />,
        children: [
          { index: true, element: null },
          { path: 'assets/:assetId', element: <AssetRoute /> },
          // An unknown path shows the grid, as the home page does.
          { path: '*', element: null },
        ],
      },
      { path: 'map', element: <MapRoute /> },
    ],
  },
];
