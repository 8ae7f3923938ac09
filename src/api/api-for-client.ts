/**
 * Which API client a QueryClient's queries use. Query functions receive their QueryClient
 * (`context.client`), so the API client rides on it instead of in the query key or a module
 * singleton: the app binds the browser's fetch, each test binds the in-process server.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from './client.ts';

const bound = new WeakMap<QueryClient, ApiClient>();

export function bindApi(queryClient: QueryClient, api: ApiClient): void {
  bound.set(queryClient, api);
}

export function apiOf(queryClient: QueryClient): ApiClient {
  const api = bound.get(queryClient);
  if (!api) throw new Error('No API client is bound to this QueryClient: call bindApi() first');
  return api;
}
