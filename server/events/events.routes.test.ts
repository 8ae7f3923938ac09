import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexChanged, INDEX_CHANGED_EVENT, INDEX_EVENTS_PATH } from '../../contract/index-events.ts';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { deleteAsset } from '../indexer/index.repo.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createShell } from '../web/shell.ts';
import { eventRoutes } from './events.routes.ts';
import { createIndexPoller } from './index-poller.ts';

/** One Server-Sent Events feed read over real HTTP, frame by frame. */
interface Feed {
  status: number;
  contentType: string | null;
  /** The next `index-changed` event (or rejects after `ms`). */
  next(ms?: number): Promise<IndexChanged>;
  /** Comment lines seen so far (heartbeats). */
  comments(): number;
  /** The server ended the feed. */
  ended(): boolean;
  close(): void;
}

async function openFeed(url: string, headers: Record<string, string> = {}): Promise<Feed> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: IndexChanged[] = [];
  const waiting: (() => void)[] = [];
  let comments = 0;
  let ended = false;
  if (res.ok && res.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = frame.split('\n');
            if (lines.every((line) => line.startsWith(':'))) comments++;
            const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
            const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
            if (event === INDEX_CHANGED_EVENT && data) events.push(IndexChanged.parse(JSON.parse(data)));
            waiting.splice(0).forEach((wake) => wake());
          }
        }
        ended = true;
      } catch {
        // Closed by the test.
      }
    })();
  } else {
    await res.body?.cancel();
  }
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    async next(ms = 5000) {
      const deadline = Date.now() + ms;
      while (events.length === 0) {
        if (Date.now() > deadline) throw new Error('no index-changed event arrived');
        await new Promise<void>((wake) => {
          waiting.push(wake);
          setTimeout(wake, 100);
        });
      }
      return events.shift()!;
    },
    comments: () => comments,
    ended: () => ended,
    close: () => abort.abort(),
  };
}

function listen(
  fetchApp: (request: Request) => Response | Promise<Response>,
): Promise<ServerType & { url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: fetchApp, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(Object.assign(server, { url: `http://127.0.0.1:${info.port}` })),
    );
  });
}

const until = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((wake) => setTimeout(wake, 20));
  return check();
};

let dir: string;
let serverDb: Db;
let writerDb: Db;
const servers: ServerType[] = [];
const feeds: Feed[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cs-events-'));
  serverDb = openDb(path.join(dir, 'index.db'));
  // Another connection to the same file: what the CLI indexer in another process holds.
  writerDb = openDb(path.join(dir, 'index.db'));
});

afterEach(async () => {
  feeds.splice(0).forEach((feed) => feed.close());
  // Not waiting for the client's keep-alive connections to time out.
  await Promise.all(
    servers
      .splice(0)
      .map(
        (s) => new Promise((done) => (s.close(done), 'closeAllConnections' in s && s.closeAllConnections())),
      ),
  );
  serverDb.close();
  writerDb.close();
  await rm(dir, { recursive: true, force: true });
});

describe('GET /api/events', () => {
  it('sends the state on connecting, then an event when another connection writes the index', async () => {
    const server = await listen(createApp(serverDb).fetch);
    servers.push(server);
    const feed = await openFeed(`${server.url}${INDEX_EVENTS_PATH}`);
    feeds.push(feed);
    expect(feed.status).toBe(200);
    expect(feed.contentType).toMatch(/^text\/event-stream/);
    const first = await feed.next();
    expect(first.asset_count).toBe(0);

    const { assetIds } = seedLibrary(writerDb, { assets: 3 });
    const added = await feed.next();
    expect(added.asset_count).toBe(3);
    expect(added.generation).toBeGreaterThan(first.generation);

    deleteAsset(writerDb, assetIds[0]!);
    const removed = await feed.next();
    expect(removed).toMatchObject({ asset_count: 2 });
    expect(removed.generation).toBeGreaterThan(added.generation);
  });

  it('stops listening when the client goes, and the poller with it', async () => {
    const poller = createIndexPoller(serverDb, { intervalMs: 50 });
    const api = new Hono().route(
      '/events',
      eventRoutes({ db: serverDb } as never, { poller, heartbeatMs: 100 }),
    );
    const server = await listen(createShell(api).fetch);
    servers.push(server);
    const one = await openFeed(`${server.url}/api/events`);
    const two = await openFeed(`${server.url}/api/events`);
    await one.next();
    await two.next();
    expect(poller.listenerCount()).toBe(2);
    // Heartbeats keep a quiet feed open.
    expect(await until(() => one.comments() >= 2)).toBe(true);
    one.close();
    expect(await until(() => poller.listenerCount() === 1)).toBe(true);
    seedLibrary(writerDb, { assets: 1 });
    expect((await two.next()).asset_count).toBe(1);
    two.close();
    expect(await until(() => poller.listenerCount() === 0)).toBe(true);
  });

  it('ends every open feed when the poller closes (the server stops)', async () => {
    const poller = createIndexPoller(serverDb);
    const server = await listen(createApp(serverDb, { poller }).fetch);
    servers.push(server);
    const feed = await openFeed(`${server.url}/api/events`);
    feeds.push(feed);
    await feed.next();
    poller.close();
    expect(await until(() => feed.ended())).toBe(true);
    expect(poller.listenerCount()).toBe(0);
    expect((await openFeed(`${server.url}/api/events`)).status).toBe(503);
  });

  it('refuses a feed beyond the limit, and HEAD opens none', async () => {
    const poller = createIndexPoller(serverDb, { maxListeners: 1 });
    const api = new Hono().route('/events', eventRoutes({ db: serverDb } as never, { poller }));
    const server = await listen(createShell(api).fetch);
    servers.push(server);
    const head = await fetch(`${server.url}/api/events`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(poller.listenerCount()).toBe(0);
    const one = await openFeed(`${server.url}/api/events`);
    feeds.push(one);
    await one.next();
    const refused = await openFeed(`${server.url}/api/events`);
    expect(refused.status).toBe(503);
    expect(poller.listenerCount()).toBe(1);
  });

  it('needs the access key like the rest of the API', async () => {
    const key = 'a-long-enough-access-key';
    const server = await listen(createApp(serverDb, { accessKey: key }).fetch);
    servers.push(server);
    expect((await openFeed(`${server.url}/api/events`)).status).toBe(401);
    const feed = await openFeed(`${server.url}/api/events`, { authorization: `Bearer ${key}` });
    feeds.push(feed);
    expect(feed.status).toBe(200);
    expect((await feed.next()).generation).toBe(0);
  });
});
