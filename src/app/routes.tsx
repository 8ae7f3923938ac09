import { lazy, Suspense } from 'react';
import { useLocation, useParams, useRoutes, type RouteObject } from 'react-router';
import { useFilter } from '../routing/use-filter.ts';
import { GalleryPage } from '../gallery/gallery-page.tsx';
import { AppShell } from './app-shell.tsx';
import { LazyAssetViewer } from './lazy-viewer.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

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

/**
 * The route tree, shared by the browser router and the tests' memory router. Declarative routing
 * (`useRoutes` under `BrowserRouter`), not a data router: the gallery loads its data with TanStack
 * Query, and the data router's loaders, actions and fetchers cost ~16 KB gzip of the first script. The shell frames
 * every page; the gallery page is a pathless layout whose children (the grid alone, or the
 * viewer over it) keep the grid mounted. The map is a page beside it.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
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

/** The routes under whichever router the caller chose, with the render-error page around them. */
export function AppRoutes({ routeObjects = routes }: { routeObjects?: RouteObject[] }) {
  const location = useLocation();
  const element = useRoutes(routeObjects);
  return <RouteErrorBoundary resetKey={location.key}>{element}</RouteErrorBoundary>;
}
