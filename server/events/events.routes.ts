/**
 * `GET /api/events`: the live feed (contract/index-events.ts) as Server-Sent Events. Each feed
 * listens to the app's one poller; a comment line every HEARTBEAT_MS keeps proxies and the
 * browser from taking a quiet feed for a dead one; a client that goes away is unsubscribed.
 */
import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { INDEX_CHANGED_EVENT, type IndexChanged } from '../../contract/index-events.ts';
import type { AppContext } from '../app-context.ts';
import { createIndexPoller, type IndexPoller, type IndexPollerOptions } from './index-poller.ts';

export const HEARTBEAT_MS = 25_000;

export interface EventRouteOptions extends IndexPollerOptions {
  /** The poller to listen to; one of its own over `ctx.db` by default. */
  poller?: IndexPoller;
  heartbeatMs?: number;
}

export function eventRoutes({ db }: AppContext, options: EventRouteOptions = {}) {
  const poller = options.poller ?? createIndexPoller(db, options);
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  return new Hono().get('/', (c) => {
    const headers = { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' };
    // HEAD: Hono would run the stream and drop its body unread, leaving the listener behind.
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    let feed: SSEStreamingApi | null = null;
    let sending = Promise.resolve();
    // Written one after another, so a heartbeat never lands inside an event.
    const send = (write: (stream: SSEStreamingApi) => Promise<unknown>) => {
      const stream = feed;
      if (stream) sending = sending.then(() => write(stream)).then(() => undefined);
    };
    const sendState = (state: IndexChanged) =>
      send((stream) =>
        stream.writeSSE({
          event: INDEX_CHANGED_EVENT,
          id: String(state.generation),
          data: JSON.stringify(state),
        }),
      );
    let end = () => {};
    const unsubscribe = poller.subscribe({ changed: sendState, end: () => end() });
    if (!unsubscribe) {
      return c.json({ detail: 'Too many live feeds are open; try again later.' }, 503, {
        'Retry-After': '60',
      });
    }
    return streamSSE(c, async (stream) => {
      feed = stream;
      const gone = new Promise<void>((resolve) => {
        end = resolve;
        stream.onAbort(resolve);
        c.req.raw.signal.addEventListener('abort', () => resolve());
      });
      const heartbeat = setInterval(() => send((s) => s.write(': keep-alive\n\n')), heartbeatMs);
      try {
        sendState(poller.current());
        await gone;
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    });
  });
}
