/**
 * Render the gallery against the REAL server, in process: the Hono app over an in-memory
 * SQLite database is installed as the API client's `fetch`. No hand-written mock of our API.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect, type ReactElement } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
  type RouteObject,
} from 'react-router';
import { onTestFinished } from 'vitest';
import { openDb, type Db } from '../../server/db/open-db.ts';
import { inProcessFetch, type BeforeRequest, type ServerKind } from './in-process-fetch.ts';
import { createApiClient } from '../api/client.ts';
import { createConnectivity } from '../api/connectivity.ts';
import { AppProviders } from '../app/providers.tsx';
import { AppRoutes, routes } from '../app/routes.tsx';
import { createGridMemory } from '../gallery/grid-memory.ts';

export interface RenderOptions {
  /** The URL to start at, e.g. `/?album=album_…`. */
  route?: string;
  /** The database the server reads; a fresh empty one when left out. */
  db?: Db;
  /** Awaited before each request reaches the server: lets a test hold a page in flight. */
  beforeRequest?: BeforeRequest;
  /** Our server (month counts: the timeline), or a 2025 one (no counts: the cursor-paged grid). */
  server?: ServerKind;
}

/** The memory router as tests drive it: where it is (`router.state.location`) and `navigate`. */
interface RouterProbe {
  state: { location: Location };
  navigate: (delta: number) => Promise<void>;
}

interface Seen {
  location: Location | null;
  navigate: NavigateFunction | null;
}

/** Reports where the router is after every render (layout effect: before a test's next line). */
function LocationProbe({ onRender }: { onRender: (location: Location, navigate: NavigateFunction) => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  useLayoutEffect(() => onRender(location, navigate));
  return null;
}

function setup(routeObjects: RouteObject[], options: RenderOptions) {
  const db = options.db ?? openDb(':memory:');
  const { fetch, requests } = inProcessFetch(db, options.beforeRequest, options.server);
  const connectivity = createConnectivity();
  const api = createApiClient({ baseUrl: '', fetch, connectivity });
  // A render is a page load: its own memory, backed by the (per-test) sessionStorage.
  const gridMemory = createGridMemory(sessionStorage);
  // Its pending write must not land in the next test's sessionStorage.
  onTestFinished(() => gridMemory.clear());
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const seen: Seen = { location: null, navigate: null };
  const router: RouterProbe = {
    get state() {
      if (!seen.location) throw new Error('the router has not rendered yet');
      return { location: seen.location };
    },
    navigate: async (delta) => {
      if (!seen.navigate) throw new Error('the router has not rendered yet');
      await seen.navigate(delta);
    },
  };
  const user = userEvent.setup();
  const result = render(
    <AppProviders api={api} queryClient={queryClient} connectivity={connectivity} gridMemory={gridMemory}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>
        <AppRoutes routeObjects={routeObjects} />
        <LocationProbe
          onRender={(location, navigate) => {
            seen.location = location;
            seen.navigate = navigate;
          }}
        />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, db, router, queryClient, requests, user, gridMemory };
}

/** The whole app (every route) at `route`. */
export function renderApp(options: RenderOptions = {}) {
  return setup(routes, options);
}

/** One component inside the providers and a memory router (so links and search params work). */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  return setup([{ path: '*', element: ui }], options);
}
