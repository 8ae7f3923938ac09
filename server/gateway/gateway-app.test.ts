/**
 * The gateway's own behaviour, in process, over the local server (2025 shape) as its upstream:
 * what it sends, paging across a capped limit, and every failure the gallery can be shown, none
 * of which may carry the API key.
 */
import { describe, expect, it } from 'vitest';
import { AlbumPage, AssetList, AssetPage, FacePage, PersonPage } from '../../contract/entities.ts';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createGatewayApp } from './gateway-app.ts';
import type { FetchFn } from './upstream-client.ts';

const KEY = 'apikey_gateway_unit_secret_987654321';
const UP = 'https://upstream.test';

const db = openDb(':memory:');
const seeded = seedLibrary(db, { assets: 260, albums: 3, people: 4 });
const local = createApp(db);

interface Harness {
  sent: string[];
  /** The Authorization header of each upstream request. */
  auth: (string | null)[];
  delays: number[];
  gateway: ReturnType<typeof createGatewayApp>;
}

/** The gateway over `local`, with `intercept` answering instead when it returns a Response. */
function harness(
  intercept: (url: URL) => Response | Promise<Response> | 'hang' | null = () => null,
  timeoutMs = 1000,
): Harness {
  const sent: string[] = [];
  const auth: (string | null)[] = [];
  const delays: number[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    const u = new URL(url);
    sent.push(u.pathname + u.search);
    auth.push(new Headers(init?.headers).get('authorization'));
    const answer = await intercept(u);
    if (answer === 'hang') {
      return new Promise((_r, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    return answer ?? local.request(u.pathname + u.search, init);
  };
  const gateway = createGatewayApp({
    upstream: UP,
    apiKey: KEY,
    fetch: fetchFn,
    retry: {
      sleep: (ms) => {
        delays.push(ms);
        return Promise.resolve();
      },
      random: () => 0,
      timeoutMs,
    },
  });
  return { sent, auth, delays, gateway };
}

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
/** An upstream that refuses `limit` above `max` as FastAPI does; `withCtx` says whether it names the maximum. */
const capLimit = (max: number, withCtx: boolean) => (url: URL) => {
  const limit = Number(url.searchParams.get('limit') ?? 0);
  if (limit <= max) return null;
  return json(
    {
      detail: [
        {
          type: 'less_than_equal',
          loc: ['query', 'limit'],
          msg: `Input should be less than or equal to ${max}`,
          input: String(limit),
          ...(withCtx ? { ctx: { le: max } } : {}),
        },
      ],
    },
    422,
  );
};

async function get(h: Harness, url: string, init?: RequestInit) {
  const res = await h.gateway.request(url, init);
  const text = await res.text();
  expect(text).not.toContain(KEY);
  for (const [, value] of res.headers) expect(value).not.toContain(KEY);
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

describe('what the gateway asks the upstream', () => {
  it('adds include= to assets, name_filter=all to people, and only the filters the gallery gave', async () => {
    const h = harness();
    await get(h, `/api/assets?limit=5&album_id=${seeded.albumIds[0]}&sneaky=1&include=nothing`);
    await get(h, `/api/people?limit=5&asset_id=${seeded.assetIds[0]}`);
    expect(h.sent).toEqual([
      `/api/assets?album_id=${seeded.albumIds[0]}&include=metadata%2Cfaces%2Cpeople%2Cfile_data%2Cvariants&limit=5`,
      `/api/people?asset_id=${seeded.assetIds[0]}&name_filter=all&limit=5`,
    ]);
  });

  it('sends person_id and person_ids until it knows the shape; a 2025 upstream then gets person_id only', async () => {
    const h = harness();
    const person = seeded.personIds[1]!;
    await get(h, `/api/assets?person_id=${person}&limit=2`);
    await get(h, `/api/assets?person_id=${person}&limit=2`);
    const params = h.sent.map((s) => new URLSearchParams(s.split('?')[1]));
    expect([params[0]!.get('person_id'), params[0]!.get('person_ids')]).toEqual([person, person]);
    expect([params[1]!.get('person_id'), params[1]!.get('person_ids')]).toEqual([person, null]);
  });

  it('the key goes to the upstream as a Bearer token, and not to an image host it names', async () => {
    const h = harness((url) =>
      url.host === 'cdn.test'
        ? new Response('img', { headers: { 'content-type': 'image/webp' } })
        : url.pathname === '/api/assets/asset_abs'
          ? json({ id: 'asset_abs', checksum: 'x', thumbnail_url: 'https://cdn.test/t.webp?sig=1' }, 200)
          : null,
    );
    await get(h, '/api/libraries');
    const asset = (await get(h, '/api/assets/asset_abs')).body as { thumbnail_url: string };
    expect((await h.gateway.request(asset.thumbnail_url)).status).toBe(200);
    expect(h.sent.slice(-1)).toEqual(['/t.webp?sig=1&size=thumbnail']);
    expect(h.auth).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`, null]);
  });
});

describe('pages', () => {
  it.each([
    ['names its maximum (ctx.le)', true],
    ['does not name it (200 assumed)', false],
  ])('an upstream that caps limit at 100 and %s still gives exact pages', async (_name, withCtx) => {
    const h = harness(capLimit(100, withCtx));
    const direct = AssetPage.parse(await (await local.request('/api/assets?limit=250')).json());
    const page = AssetPage.parse((await get(h, '/api/assets?limit=250')).body);
    expect(page.data.map((a) => a.id)).toEqual(direct.data.map((a) => a.id));
    expect(page.has_more).toBe(true);
    const rest = AssetPage.parse(
      (await get(h, `/api/assets?limit=250&starting_after_id=${page.data.at(-1)!.id}`)).body,
    );
    expect(rest.data.map((a) => a.id)).toEqual(seeded.assetIds.slice(250));
    expect(rest.has_more).toBe(false);
    // Without ctx.le: 200 is tried, refused too, then halved to 100.
    expect(h.gateway.pages.limitMax).toBe(100);
  });

  it('an upstream that silently returns short pages is asked again until the page is full', async () => {
    const h = harness(async (url) => {
      const res = await local.request(url.pathname + url.search.replace(/limit=\d+/, 'limit=30'));
      return res;
    });
    const page = AssetPage.parse((await get(h, '/api/assets?limit=100')).body);
    expect(page.data.map((a) => a.id)).toEqual(seeded.assetIds.slice(0, 100));
    expect(page.has_more).toBe(true);
    expect(h.sent).toHaveLength(4);
  });

  it('albums, people and faces page through the gateway like the local server', async () => {
    const h = harness();
    for (const [url, schema] of [
      ['/api/albums?limit=2', AlbumPage],
      ['/api/people?limit=3', PersonPage],
      ['/api/faces?limit=7', FacePage],
    ] as const) {
      const through = schema.parse((await get(h, url)).body);
      const direct = schema.parse(await (await local.request(url)).json());
      expect(through.data.map((x) => x.id)).toEqual(direct.data.map((x) => x.id));
      expect(through.has_more).toBe(direct.has_more);
    }
  });

  it('GET /api/albums/{id}/assets answers the bare array of the album', async () => {
    const h = harness(capLimit(200, true));
    const list = AssetList.parse((await get(h, `/api/albums/${seeded.albumIds[0]}/assets`)).body);
    const direct = AssetPage.parse(
      await (await local.request(`/api/assets?album_id=${seeded.albumIds[0]}&limit=1000`)).json(),
    );
    expect(list.map((a) => a.id)).toEqual(direct.data.map((a) => a.id));
  });
});

describe('failures the gallery is shown', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    '%s answers 405 without reaching the upstream',
    async (method) => {
      const h = harness();
      const res = await get(h, '/api/assets', { method });
      expect(res).toMatchObject({ status: 405, body: { detail: 'Method Not Allowed' } });
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(h.sent).toEqual([]);
    },
  );

  it.each([401, 403])('an upstream %i is a 401 "key refused", whatever the upstream said', async (status) => {
    const h = harness(() => json({ detail: `Invalid header: Authorization: Bearer ${KEY}` }, status));
    expect(await get(h, '/api/assets')).toMatchObject({
      status: 401,
      body: { detail: 'The Gumnut API key was refused' },
    });
    expect(await get(h, '/api/assets/asset_x/thumbnail')).toMatchObject({ status: 401 });
  });

  it('an upstream error body that echoes the key is passed on with the key taken out', async () => {
    const h = harness(() =>
      json({ detail: `Bad request with Authorization: Bearer ${KEY} and ${KEY}` }, 400),
    );
    const res = await get(h, '/api/albums');
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('Bad request with Authorization: Bearer [redacted] and [redacted]');
  });

  it('404 and 422 keep the upstream’s words', async () => {
    const h = harness();
    expect(await get(h, '/api/assets/asset_doesNotExist2222222222')).toMatchObject({
      status: 404,
      body: { detail: 'Asset not found' },
    });
    const bad = await get(h, '/api/assets?starting_after_id=asset_doesNotExist2222222222');
    expect(bad).toMatchObject({ status: 422, body: { detail: [{ loc: ['query', 'starting_after_id'] }] } });
  });

  it('5xx is retried twice with backoff, then a 502 that says so', async () => {
    const h = harness(() => json({ detail: 'boom' }, 503));
    const res = await get(h, '/api/assets');
    expect(res).toMatchObject({
      status: 502,
      body: { detail: 'The Gumnut API failed (HTTP 503) after 3 attempts' },
    });
    expect(h.sent).toHaveLength(3);
    expect(h.delays).toEqual([500, 1000]);
  });

  it('a 5xx that recovers is invisible to the gallery', async () => {
    let failures = 2;
    const h = harness(() => (failures-- > 0 ? json({}, 502) : null));
    expect((await get(h, '/api/libraries')).status).toBe(200);
  });

  it('429 waits out Retry-After; a long one is handed to the gallery', async () => {
    let once = true;
    const short = harness(() => (once ? ((once = false), json({}, 429, { 'retry-after': '1' })) : null));
    expect((await get(short, '/api/libraries')).status).toBe(200);
    expect(short.delays).toEqual([1000]);
    const long = harness(() => json({}, 429, { 'retry-after': '300' }));
    const res = await get(long, '/api/libraries');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('300');
  });

  it('a timeout is retried, then a 504', async () => {
    const h = harness(() => 'hang', 30);
    expect(await get(h, '/api/libraries')).toMatchObject({
      status: 504,
      body: { detail: expect.stringContaining('did not answer') },
    });
    expect(h.sent).toHaveLength(3);
  });

  it('an unreachable upstream is a 502 naming it', async () => {
    const h = harness(() =>
      Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })),
    );
    expect(await get(h, '/api/libraries')).toMatchObject({
      status: 502,
      body: { detail: `Could not reach the Gumnut API at ${UP} (ECONNREFUSED)` },
    });
  });

  it('an upstream that answers HTML where JSON belongs is a 502, not a crash', async () => {
    const h = harness(
      () =>
        new Response('<html>proxy error</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    expect((await get(h, '/api/libraries')).status).toBe(502);
  });

  it('an image the upstream serves as HTML is refused', async () => {
    const h = harness((url) =>
      url.pathname.endsWith('/thumbnail')
        ? new Response('<script>x</script>', { headers: { 'content-type': 'text/html' } })
        : null,
    );
    const page = AssetPage.parse((await get(h, '/api/assets?limit=1')).body);
    expect((await get(h, page.data[0]!.thumbnail_url!)).status).toBe(502);
  });

  it('an upstream asset its schema refuses is still listed, from the fields that parse, and logged once', async () => {
    const errors: unknown[] = [];
    const gateway = createGatewayApp({
      upstream: UP,
      apiKey: KEY,
      onError: (error) => errors.push(error),
      fetch: async (url, init) => {
        const u = new URL(url);
        const res = await local.request(u.pathname + u.search, init);
        if (u.pathname !== '/api/assets') return res;
        const page = (await res.json()) as { data: Record<string, unknown>[] };
        page.data[1]!.width = 'wide';
        page.data[2]!.width = 'tall';
        return json(page, 200);
      },
    });
    const direct = AssetPage.parse(await (await local.request('/api/assets?limit=3')).json());
    const page = AssetPage.parse(await (await gateway.request('/api/assets?limit=3')).json());
    expect(page.data.map((a) => a.id)).toEqual(direct.data.map((a) => a.id));
    expect(page.data[1]).toMatchObject({
      width: null,
      height: direct.data[1]!.height,
      checksum: direct.data[1]!.checksum,
    });
    expect(page.data[1]!.thumbnail_url).toMatch(/^\/api\/assets\//);
    expect(errors.map(String)).toEqual([
      expect.stringContaining(`Upstream asset ${direct.data[1]!.id} does not match its schema (width:`),
    ]);
  });

  it('unknown /api paths are 404 without asking the upstream', async () => {
    const h = harness();
    expect(await get(h, '/api/nothing/here')).toMatchObject({ status: 404, body: { detail: 'Not Found' } });
    expect(h.sent).toEqual([]);
  });
});

describe('a gateway served beyond loopback, with its own access key', () => {
  const ACCESS = 'gateway-access-key-for-the-lan-42';
  const sent: (string | null)[] = [];
  const gateway = createGatewayApp({
    upstream: UP,
    apiKey: KEY,
    accessKey: ACCESS,
    fetch: (url, init) => {
      sent.push(new Headers(init?.headers).get('authorization'));
      const u = new URL(url);
      return Promise.resolve(local.request(u.pathname + u.search, init));
    },
  });

  it('refuses a browser without the access key, before asking the upstream', async () => {
    const res = await gateway.request('/api/libraries');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ detail: 'Not authenticated' });
    expect((await gateway.request('/')).headers.get('location')).toBe('/sign-in');
    expect(sent).toEqual([]);
  });

  it('serves one that has it, and sends the upstream the API key, never the access key', async () => {
    const res = await gateway.request('/api/libraries', { headers: { authorization: `Bearer ${ACCESS}` } });
    expect(res.status).toBe(200);
    expect(sent).toEqual([`Bearer ${KEY}`]);
  });
});
