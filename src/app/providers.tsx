import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { bindApi } from '../api/api-for-client.ts';
import { isRetriable, type ApiClient } from '../api/client.ts';

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

export function AppProviders({
  api,
  queryClient,
  children,
}: {
  api: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  // Idempotent: the same pair may be bound on every render.
  bindApi(queryClient, api);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
