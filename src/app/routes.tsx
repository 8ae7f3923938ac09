import { useLocation, useParams, useRoutes, type RouteObject } from 'react-router';
import { useFilter } from '../routing/use-filter.ts';
import { GalleryPage } from '../gallery/gallery-page.tsx';
import { AppShell } from './app-shell.tsx';
import { mapPage } from './lazy-map.ts';
import { viewerModule } from './lazy-viewer.tsx';
import { usePreloaded } from './preloadable.ts';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

/**
 * `/map`: the map page, in its own chunk (lazy-map.ts). Not React.lazy under Suspense: a new
 * boundary's fallback stays up for React's 300 ms reveal throttle however soon the chunk is in.
 */
function MapRoute() {
  const module = usePreloaded(mapPage);
  return module ? <module.MapPage /> : <p className="map-status">Loading the map…</p>;
}

/**
 * `/assets/:assetId`: read the params, render the viewer (its own chunk, lazy-viewer.ts). Like
 * the map, not React.lazy: a first click that finds the chunk still loading would wait out the
 * 300 ms reveal throttle; here the grid stays as it is until the viewer can show.
 */
function AssetRoute() {
  const { assetId = '' } = useParams();
  const filter = useFilter();
  const viewer = usePreloaded(viewerModule);
  return viewer ? <viewer.AssetViewer assetId={assetId} filter={filter} /> : null;
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
