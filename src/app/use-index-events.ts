import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiOf } from '../api/api-for-client.ts';
import { followIndexFeed, refreshLibraryQueries, REFRESH_GAP_MS } from '../api/index-events.ts';
import { useAfterFirstPhotos } from '../ui/first-photos.ts';

/**
 * While the gallery is open, follow the server's live feed (api/index-events.ts) and refetch what
 * shows the library when the index changes. Refetches run one at a time, at most one per
 * REFRESH_GAP_MS: while a folder is being indexed, changes come every second, and the requests
 * of one refetch must not pile onto the next. The feed holds one of the browser's six connections
 * to the server for good: on the first load it opens after the timeline's first photos.
 */
export function useIndexEvents(): void {
  const queryClient = useQueryClient();
  const ready = useAfterFirstPhotos();
  useEffect(() => {
    if (!ready) return undefined;
    let running = false;
    let again = false;
    let stopped = false;
    const pause = () => new Promise((wake) => setTimeout(wake, REFRESH_GAP_MS));
    const refresh = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          await refreshLibraryQueries(queryClient);
          await pause();
        } while (again && !stopped);
      } finally {
        running = false;
      }
    };
    const unfollow = followIndexFeed({
      baseUrl: apiOf(queryClient).baseUrl,
      onChange: () => void refresh(),
    });
    return () => {
      stopped = true;
      unfollow();
    };
  }, [queryClient, ready]);
}
