import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { bindApi } from '../api/api-for-client.ts';
import { isRetriable, type ApiClient } from '../api/client.ts';
import { ConnectivityContext, type Connectivity } from '../api/connectivity.ts';
import { GridMemoryContext, type GridMemory } from '../gallery/grid-memory.ts';

/** The app's QueryClient: retry what the Gumnut SDKs retry (408/409/429/5xx/network), twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failures, error) => failures < 2 && isRetriable(error),
        retryDelay: (attempt) => Math.min(8_000, 500 * 2 ** attempt),
        // Photos don't change while a tab is in the background; refetching every list on focus
        // would re-download pages the person is scrolled deep into.
        refetchOnWindowFocus: false,
      },
    },
  });
}

/**
 * The app's per-page state, each an instance made by the caller (the browser entry or a test):
 * the QueryClient with its bound API client, the server's connectivity (the same instance the API
 * client reports to) and the grid's scroll memory. No module singleton holds any of them.
 */
export function AppProviders({
  api,
  queryClient,
  connectivity,
  gridMemory,
  children,
}: {
  api: ApiClient;
  queryClient: QueryClient;
  connectivity: Connectivity;
  gridMemory: GridMemory;
  children: ReactNode;
}) {
  // Idempotent: the same pair may be bound on every render.
  bindApi(queryClient, api);
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectivityContext value={connectivity}>
        <GridMemoryContext value={gridMemory}>{children}</GridMemoryContext>
      </ConnectivityContext>
    </QueryClientProvider>
  );
}
