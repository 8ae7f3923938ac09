import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { bindApi } from './api/api-for-client.ts';
import { createApiClient } from './api/client.ts';
import { createConnectivity } from './api/connectivity.ts';
import { firstScreenReady, primeFirstScreen } from './app/first-screen.ts';
import { AppProviders, createQueryClient } from './app/providers.tsx';
import { AppRoutes } from './app/routes.tsx';
import { createGridMemory, sessionStorageOrNull } from './gallery/grid-memory.ts';
import { warmOnIntent } from './gallery/warm-on-intent.ts';
import { applyTheme, initialTheme } from './ui/use-theme.ts';
import './styles.css';
// In the order the one stylesheet had: the cascade is the same.
import './app/app-frame.css';
import './ui/controls.css';
import './ui/states.css';
import './ui/modal.css';

// Before the first paint, so a light-theme visitor never sees a dark flash (no inline script:
// the page is served under a CSP that forbids them).
applyTheme(initialTheme());

const connectivity = createConnectivity();
const api = createApiClient({ baseUrl: '', fetch: (input, init) => fetch(input, init), connectivity });
const gridMemory = createGridMemory(sessionStorageOrNull());
const queryClient = createQueryClient();
bindApi(queryClient, api);
// A first render without data would be thrown away a few renders later; a moment's wait for
// what the HTML preloaded makes the first commit the first screenful (first-screen.ts).
const FIRST_SCREEN_WAIT_MS = 250;
const firstScreen = firstScreenReady(primeFirstScreen(queryClient, window.location), FIRST_SCREEN_WAIT_MS);

warmOnIntent(document, queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
void firstScreen.then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders api={api} queryClient={queryClient} connectivity={connectivity} gridMemory={gridMemory}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </StrictMode>,
    ),
  ),
);
