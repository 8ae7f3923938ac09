import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShell } from '../web/shell.ts';
import { chooseCoding, compressResponses, isCompressibleType, varyOnEncoding } from './compress.ts';

describe('chooseCoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0', null],
    ['deflate', null],
    ['gzip;q=0', null],
  ] as const)('%s → %s', (header, expected) => {
    expect(chooseCoding(header)).toBe(expected);
  });
});

describe('isCompressibleType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=UTF-8', true],
    ['text/html; charset=UTF-8', true],
    ['text/javascript; charset=utf-8', true],
    ['text/css', true],
    ['image/svg+xml', true],
    ['application/problem+json', true],
    ['text/event-stream', false],
    ['text/event-stream; charset=utf-8', false],
    ['image/jpeg', false],
    ['image/webp', false],
    ['video/mp4', false],
    ['application/zip', false],
    ['application/octet-stream', false],
    [null, false],
  ] as const)('%s → %s', (type, expected) => {
    expect(isCompressibleType(type)).toBe(expected);
  });
});

describe('varyOnEncoding', () => {
  it.each([
    [null, 'Accept-Encoding'],
    ['Origin', 'Origin, Accept-Encoding'],
    ['accept-encoding', 'accept-encoding'],
    ['*', '*'],
  ] as const)('%s → %s', (before, after) => {
    const headers = new Headers(before ? { Vary: before } : {});
    varyOnEncoding(headers);
    expect(headers.get('Vary')).toBe(after);
  });
});

/** An API with a large JSON answer, a small one, a JPEG, a byte range and an event stream. */
const json = { data: Array.from({ length: 200 }, (_, i) => ({ id: `asset_${i}`, name: `IMG_${i}.JPG` })) };
const jpeg = Buffer.alloc(8000, 7);
const api = new Hono()
  .get('/big', (c) => c.json(json))
  .get('/small', (c) => c.json({ ok: true }))
  .get('/photo', (c) => c.body(new Uint8Array(jpeg), 200, { 'Content-Type': 'image/jpeg' }))
  .get('/range', (c) =>
    c.body(JSON.stringify(json).slice(0, 2000), 206, {
      'Content-Type': 'application/json',
      'Content-Range': 'bytes 0-1999/9000',
    }),
  )
  .get('/events', (c) => {
    c.header('Content-Type', 'text/event-stream');
    return stream(c, async (s) => {
      await s.write(`data: ${'first '.repeat(300)}\n\n`);
      // The stream stays open: a compressor would hold the first event back until it ends.
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await s.write('data: second\n\n');
    });
  });

let server: ServerType;
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: createShell(api).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET over real HTTP, the body exactly as sent (node's fetch would decode it). */
function get(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed answers over HTTP', () => {
  it('sends JSON as brotli or gzip as the client accepts, identity otherwise, always with Vary', async () => {
    const text = JSON.stringify(json);
    const br = await get('/api/big', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(text.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(text);

    const gz = await get('/api/big', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(text);

    const plain = await get('/api/big');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(text);

    const refused = await get('/api/big', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(text);
  });

  it('leaves small answers, images and byte ranges as they are', async () => {
    const all = { 'Accept-Encoding': 'gzip, br' };
    const small = await get('/api/small', all);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('{"ok":true}');
    const photo = await get('/api/photo', all);
    expect(photo.headers['content-encoding']).toBeUndefined();
    expect(photo.headers['vary']).toBeUndefined();
    expect(photo.body.equals(jpeg)).toBe(true);
    const range = await get('/api/range', all);
    expect(range.status).toBe(206);
    expect(range.headers['content-encoding']).toBeUndefined();
    expect(range.body.length).toBe(2000);
  });

  it('streams an event stream: the first event arrives while the stream is still open', async () => {
    const started = Date.now();
    const first = await new Promise<{ encoding: string | undefined; text: string; ms: number }>(
      (resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/api/events', headers: { 'Accept-Encoding': 'gzip, br' } },
          (res) => {
            res.once('data', (chunk: Buffer) => {
              resolve({
                encoding: res.headers['content-encoding'],
                text: chunk.toString(),
                ms: Date.now() - started,
              });
              req.destroy();
            });
          },
        );
        req.on('error', reject);
        req.end();
      },
    );
    expect(first.encoding).toBeUndefined();
    expect(first.text).toMatch(/^data: first/);
    expect(first.ms).toBeLessThan(4000);
  });
});

describe('an answer sent as it is', () => {
  it('is passed on without its body being read (a lightweight Response stays lightweight)', async () => {
    // @hono/node-server's Response turns into a full one (~3 ms per API page) when its body is
    // touched; a client that accepts no coding must not pay for that.
    class BodyWatched extends Response {
      override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
        throw new Error('the body was read');
      }
    }
    const app = new Hono();
    app.use('*', compressResponses());
    app.get('/page', () => {
      const text = JSON.stringify({ data: 'x'.repeat(4096) });
      return new BodyWatched(text, { headers: { 'Content-Type': 'application/json' } });
    });
    const res = await app.request('/page');
    expect(res.status).toBe(200);
    expect(res.headers.get('Vary')).toBe('Accept-Encoding');
  });
});
