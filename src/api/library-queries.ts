/**
 * The libraries list: a bare array, a plain query (queries.ts holds the paged ones). Apart so
 * the asset and sidebar factories stay one readable file each.
 */
import { queryOptions } from '@tanstack/react-query';
import { apiOf } from './api-for-client.ts';
import { listLibraries } from './endpoints.ts';

export const libraryQueries = {
  all: () => ['libraries'] as const,
  list: () =>
    queryOptions({
      queryKey: [...libraryQueries.all(), 'list'] as const,
      queryFn: ({ client, signal }) => listLibraries(apiOf(client), signal),
      // Libraries change when someone adds a folder, not while browsing.
      staleTime: 5 * 60_000,
    }),
};
