/**
 * The local server's live feed (`GET /api/events`, contract/index-events.ts) in the browser: one
 * EventSource while the page is visible, told when the index changed so the gallery can refetch
 * what it shows. A server without the feed (the gateway, a Gumnut server) refuses the first
 * connection, and the gallery simply doesn't live-update: nothing polls instead.
 *
 * Hidden pages close their feed: each feed holds one of the six connections a browser allows per
 * server over HTTP/1.1, and a person with several gallery tabs would otherwise starve the photos.
 */
import type { QueryClient } from '@tanstack/react-query';
import { IndexChanged, INDEX_CHANGED_EVENT, INDEX_EVENTS_PATH } from '../../contract/index-events.ts';
import { ApiError } from './client.ts';
import { albumQueries, assetQueries, personQueries, placeQueries } from './queries.ts';
import { libraryQueries } from './library-queries.ts';

/**
 * When a state arrived: first on the page's first feed, first after the page came back into view,
 * first after a dropped connection was made again, or any later one on an open feed.
 */
export type FeedMoment = 'opened' | 'resumed' | 'reconnected' | 'live';

/**
 * Whether a state from the feed means the gallery must refetch: after a dropped connection always
 * once (the server may have restarted over another index); else when the generation moved. The
 * page's very first state describes what the page has just loaded.
 */
export function needsRefetch(last: IndexChanged | null, next: IndexChanged, moment: FeedMoment): boolean {
  if (moment === 'reconnected') return true;
  if (moment === 'opened' || last === null) return false;
  return last.generation !== next.generation;
}

/** Wait before reconnecting attempt `attempt` (0-based): 1 s doubling to 30 s. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}

export interface IndexFeedOptions {
  /** Where the API is: '' for the same origin. */
  baseUrl: string;
  /** The index changed (or may have, after a drop): refetch what shows the library. */
  onChange: (state: IndexChanged) => void;
  /** The browser's own by default; absent (jsdom, old browsers): no feed. */
  EventSource?: typeof EventSource;
  document?: Document;
}

function parseJson(data: unknown): unknown {
  try {
    return JSON.parse(String(data));
  } catch {
    return null;
  }
}

/** Follow the feed until the returned function is called. */
export function followIndexFeed(options: IndexFeedOptions): () => void {
  const Source = options.EventSource ?? globalThis.EventSource;
  const doc = options.document ?? globalThis.document;
  if (typeof Source !== 'function' || !doc) return () => {};
  const url = `${options.baseUrl.replace(/\/$/, '')}${INDEX_EVENTS_PATH}`;
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: IndexChanged | null = null;
  let everOpened = false;
  let attempt = 0;
  let stopped = false;

  const close = () => {
    source?.close();
    source = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const connect = (moment: FeedMoment) => {
    close();
    if (stopped || doc.visibilityState === 'hidden') return;
    const feed = new Source(url);
    source = feed;
    let pending = moment;
    feed.onopen = () => {
      everOpened = true;
      attempt = 0;
    };
    feed.addEventListener(INDEX_CHANGED_EVENT, (event) => {
      const parsed = IndexChanged.safeParse(parseJson(event.data));
      if (!parsed.success) return;
      const refetch = needsRefetch(last, parsed.data, pending);
      last = parsed.data;
      pending = 'live';
      if (refetch) options.onChange(parsed.data);
    });
    feed.onerror = () => {
      // CLOSED: the server answered, but not with a feed (404 on the gateway, 401, 503).
      const refused = feed.readyState === Source.CLOSED;
      close();
      if (refused && !everOpened) {
        stopped = true;
        return;
      }
      // Reconnected by us, with backoff, rather than by the browser every few seconds. A feed
      // that never opened opens late, after the page went without the server a while (or after
      // its first photos: use-index-events.ts): what the page loaded may be old by then.
      timer = setTimeout(() => connect('reconnected'), reconnectDelayMs(attempt++));
    };
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') close();
    else if (!source && timer === null) connect(last === null ? 'opened' : 'resumed');
  };
  doc.addEventListener('visibilitychange', onVisibility);
  connect('opened');
  return () => {
    stopped = true;
    doc.removeEventListener('visibilitychange', onVisibility);
    close();
  };
}

/** Least time between two refetches of the whole view: the indexer commits file by file. */
export const REFRESH_GAP_MS = 1500;

/**
 * Refetch what shows the library: month counts, the loaded sections and pages, the sidebar lists
 * (places too: a new photo may bring a new country; one that failed while the server was away),
 * open details (inactive ones refetch when next shown). A photo open in the viewer that is gone
 * now loses the copy it was showing, so the viewer says it was removed rather than keep it.
 */
export async function refreshLibraryQueries(queryClient: QueryClient): Promise<void> {
  await Promise.all(
    [
      assetQueries.all(),
      albumQueries.all(),
      personQueries.all(),
      placeQueries.all(),
      libraryQueries.all(),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
  for (const query of queryClient.getQueryCache().findAll({ queryKey: assetQueries.details() })) {
    const { status, error, data } = query.state;
    if (status === 'error' && error instanceof ApiError && error.status === 404 && data !== undefined)
      await queryClient.resetQueries({ queryKey: query.queryKey, exact: true });
  }
}
