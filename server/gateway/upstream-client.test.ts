import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { retryDelayMs, UpstreamClient, UpstreamError, type FetchFn } from './upstream-client.ts';

const KEY = 'apikey_unit_test_secret_0123456789';
const UP = 'https://api.example.test';
const CDN = 'https://cdn.example.test';

interface Call {
  url: string;
  authorization: string | null;
}

/** A scripted upstream: each call takes the next answer; delays are recorded, never waited. */
function scripted(answers: (Response | Error | 'hang' | ((url: string) => Response))[]) {
  const calls: Call[] = [];
  const delays: number[] = [];
  const fetchFn: FetchFn = (url, init) => {
    calls.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    const next = answers.shift();
    if (next === undefined) throw new Error(`unexpected call to ${url}`);
    if (next === 'hang') {
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(typeof next === 'function' ? next(url) : next);
  };
  const client = new UpstreamClient({
    baseUrl: UP,
    apiKey: KEY,
    fetch: fetchFn,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    random: () => 0,
    timeoutMs: 50,
  });
  return { client, calls, delays };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const allowAll = () => true;

describe('retryDelayMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['first retry', 0, null, 0, 500],
    ['second retry', 1, null, 0, 1000],
    ['capped at 8 s', 5, null, 0, 8000],
    ['jitter takes up to a quarter off', 1, null, 0.999, 1000 * (1 - 0.999 * 0.25)],
    ['Retry-After in seconds', 0, '3', 0, 3000],
    ['Retry-After 0', 0, '0', 0, 0],
    ['Retry-After as an HTTP date', 0, 'Thu, 01 Jan 2026 00:00:02 GMT', 0, 2000],
    ['Retry-After too long: not waited', 0, '120', 0, null],
    ['unreadable Retry-After: backoff', 1, 'soon', 0, 1000],
  ])('%s', (_name, retry, header, random, expected) => {
    expect(retryDelayMs(retry, header, () => random, now)).toBe(expected);
  });
});

describe('UpstreamClient.getJson', () => {
  it('sends the key as a Bearer token to the upstream and returns the body', async () => {
    const { client, calls } = scripted([json([{ id: 'lib_1' }])]);
    const reply = await client.getJson('/api/libraries', new URLSearchParams({ a: '1' }));
    expect(reply).toMatchObject({ status: 200, body: [{ id: 'lib_1' }] });
    expect(calls).toEqual([{ url: `${UP}/api/libraries?a=1`, authorization: `Bearer ${KEY}` }]);
  });

  it('retries 408, 409, 429 and 5xx twice with backoff, then succeeds', async () => {
    const { client, calls, delays } = scripted([json({}, 503), json({}, 429), json({ ok: 1 })]);
    expect((await client.getJson('/api/assets', new URLSearchParams())).body).toEqual({ ok: 1 });
    expect(calls).toHaveLength(3);
    expect(delays).toEqual([500, 1000]);
  });

  it.each([408, 409, 500, 502])('gives up on %i after two retries with a 502/504 message', async (status) => {
    const { client, calls } = scripted([json({}, status), json({}, status), json({}, status)]);
    const error = await client.getJson('/api/assets', new URLSearchParams()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).status).toBe(status === 408 ? 504 : 502);
    expect((error as UpstreamError).message).toMatch(new RegExp(`HTTP ${status}\\) after 3 attempts`));
    expect(calls).toHaveLength(3);
  });

  it('honours Retry-After on 429', async () => {
    const { client, delays } = scripted([json({}, 429, { 'retry-after': '2' }), json([])]);
    await client.getJson('/api/libraries', new URLSearchParams());
    expect(delays).toEqual([2000]);
  });

  it('does not sit out a long Retry-After: the caller is told, with the header', async () => {
    const { client, calls } = scripted([json({}, 429, { 'retry-after': '120' })]);
    const error = (await client
      .getJson('/api/libraries', new URLSearchParams())
      .catch((e: unknown) => e)) as UpstreamError;
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfter: '120' });
    expect(calls).toHaveLength(1);
  });

  it.each([401, 403])('%i means the key was refused: no retry', async (status) => {
    const { client, calls } = scripted([json({ detail: `bad header Bearer ${KEY}` }, status)]);
    const error = (await client
      .getJson('/api/libraries', new URLSearchParams())
      .catch((e: unknown) => e)) as UpstreamError;
    expect(error).toMatchObject({ kind: 'refused', status: 401, message: 'The Gumnut API key was refused' });
    expect(calls).toHaveLength(1);
  });

  it.each([404, 422, 400])('returns %i to the caller without retrying', async (status) => {
    const { client, calls } = scripted([json({ detail: 'x' }, status)]);
    expect((await client.getJson('/api/assets/x', new URLSearchParams())).status).toBe(status);
    expect(calls).toHaveLength(1);
  });

  it('retries a request that times out, then reports a 504', async () => {
    const { client, calls, delays } = scripted(['hang', 'hang', 'hang']);
    const error = (await client
      .getJson('/api/assets', new URLSearchParams())
      .catch((e: unknown) => e)) as UpstreamError;
    expect(error).toMatchObject({ kind: 'timeout', status: 504 });
    expect(error.message).toContain('did not answer within');
    expect(calls).toHaveLength(3);
    expect(delays).toEqual([500, 1000]);
  });

  it('reports an unreachable upstream by its origin and error code, never the key', async () => {
    const port = await closedPort();
    const client = new UpstreamClient({
      baseUrl: `http://127.0.0.1:${port}`,
      apiKey: KEY,
      maxRetries: 1,
      sleep: () => Promise.resolve(),
    });
    const error = (await client
      .getJson('/api/libraries', new URLSearchParams())
      .catch((e: unknown) => e)) as UpstreamError;
    expect(error).toMatchObject({ kind: 'unreachable', status: 502 });
    expect(error.message).toBe(`Could not reach the Gumnut API at http://127.0.0.1:${port} (ECONNREFUSED)`);
  });

  it('stops when the caller aborts, without retrying', async () => {
    const { client, calls } = scripted(['hang', 'hang']);
    const controller = new AbortController();
    const pending = client.getJson('/api/assets', new URLSearchParams(), controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(calls).toHaveLength(1);
  });
});

describe('UpstreamClient.getBinary', () => {
  const image = (bytes = 'img') => new Response(bytes, { headers: { 'content-type': 'image/webp' } });
  const redirect = (to: string) => new Response(null, { status: 302, headers: { location: to } });

  it('never sends the key to a CDN', async () => {
    const { client, calls } = scripted([image()]);
    await client.getBinary(`${CDN}/t.webp?sig=1`, {}, allowAll);
    expect(calls).toEqual([{ url: `${CDN}/t.webp?sig=1`, authorization: null }]);
  });

  it('follows a redirect from the upstream to an allowed CDN, dropping the key on the way', async () => {
    const { client, calls } = scripted([redirect(`${CDN}/signed?x=1`), image('bytes')]);
    const res = await client.getBinary(
      `${UP}/api/assets/a/thumbnail`,
      {},
      (host) => host === 'api.example.test' || host === 'cdn.example.test',
    );
    expect(await res.text()).toBe('bytes');
    expect(calls.map((c) => c.authorization)).toEqual([`Bearer ${KEY}`, null]);
  });

  it('refuses a redirect to a host the upstream never named', async () => {
    const { client, calls } = scripted([redirect('http://169.254.169.254/latest/meta-data')]);
    const error = (await client
      .getBinary(`${UP}/api/assets/a/thumbnail`, {}, (h) => h === 'api.example.test')
      .catch((e: unknown) => e)) as UpstreamError;
    expect(error).toMatchObject({ kind: 'forbidden-host', status: 502 });
    expect(calls).toHaveLength(1);
  });

  it('refuses a non-http URL outright', async () => {
    const { client, calls } = scripted([]);
    await expect(client.getBinary('file:///etc/passwd', {}, allowAll)).rejects.toMatchObject({
      kind: 'forbidden-host',
    });
    expect(calls).toHaveLength(0);
  });

  it("a CDN's 403 is a failed image, not a refused key", async () => {
    const { client } = scripted([new Response('denied', { status: 403 })]);
    await expect(client.getBinary(`${CDN}/t.webp`, {}, allowAll)).rejects.toMatchObject({
      kind: 'failed',
      status: 502,
    });
  });

  it('the deadline covers the headers only: a download may stream for longer', async () => {
    const slowBody: FetchFn = (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        async start(stream) {
          init?.signal?.addEventListener('abort', () => stream.error(new Error('aborted mid-body')));
          await new Promise((resolve) => setTimeout(resolve, 150));
          stream.enqueue(new TextEncoder().encode('all of it'));
          stream.close();
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'video/mp4' } }));
    };
    const client = new UpstreamClient({ baseUrl: UP, apiKey: KEY, fetch: slowBody, timeoutMs: 50 });
    const res = await client.getBinary(`${CDN}/movie.mp4`, {}, allowAll);
    expect(await res.text()).toBe('all of it');
  });

  it('returns a 404 unread for the caller to map', async () => {
    const { client } = scripted([new Response('nope', { status: 404 })]);
    expect((await client.getBinary(`${CDN}/t.webp`, {}, allowAll)).status).toBe(404);
  });
});

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
