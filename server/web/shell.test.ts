import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { InvalidParameterError, NotFoundError } from '../errors.ts';
import { HttpError } from '../http/errors.ts';
import { createShell, type SendJson } from './shell.ts';

class OwnError extends Error {}

/** An API whose routes throw each kind of error the shell must answer. */
const api = new Hono()
  .get('/ok', (c) => c.json({ ok: true }))
  .get('/http', () => {
    throw new HttpError(502, 'upstream said no');
  })
  .get('/missing', () => {
    throw new NotFoundError('Album not found');
  })
  .get('/cursor', () => {
    throw new InvalidParameterError('starting_after_id', 'Unknown starting_after_id', 'x');
  })
  .get('/own', () => {
    throw new OwnError('mine');
  })
  .get('/crash', () => {
    throw new Error('secret stack detail');
  });

async function answer(app: Hono, url: string, init?: RequestInit) {
  const res = await app.request(url, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('the shell around an API', () => {
  it('mounts the API read-only under /api, with security headers on every answer', async () => {
    const app = createShell(api);
    const ok = await answer(app, '/api/ok');
    expect(ok).toMatchObject({ status: 200, text: '{"ok":true}' });
    expect(ok.headers.get('x-frame-options')).toBe('DENY');
    const post = await answer(app, '/api/ok', { method: 'POST' });
    expect(post).toMatchObject({ status: 405, text: '{"detail":"Method Not Allowed"}' });
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(await answer(app, '/api/nowhere')).toMatchObject({ status: 404, text: '{"detail":"Not Found"}' });
  });

  it('answers HTTP and domain errors as FastAPI would, anything else as a 500 without its message', async () => {
    const reported: unknown[] = [];
    const app = createShell(api, { onError: (e) => reported.push(e) });
    expect(await answer(app, '/api/http')).toMatchObject({
      status: 502,
      text: '{"detail":"upstream said no"}',
    });
    expect(await answer(app, '/api/missing')).toMatchObject({
      status: 404,
      text: '{"detail":"Album not found"}',
    });
    const cursor = await answer(app, '/api/cursor');
    expect(cursor.status).toBe(422);
    expect(JSON.parse(cursor.text)).toEqual({
      detail: [
        {
          loc: ['query', 'starting_after_id'],
          msg: 'Unknown starting_after_id',
          type: 'value_error',
          input: 'x',
        },
      ],
    });
    expect(reported).toEqual([]);
    expect(await answer(app, '/api/crash')).toMatchObject({
      status: 500,
      text: '{"detail":"Internal Server Error"}',
    });
    expect(reported).toHaveLength(1);
  });

  it("lets a server answer its own errors and send every JSON body its own way (the gateway's hooks)", async () => {
    const reported: unknown[] = [];
    const sendJson: SendJson = (c, body, status = 200, headers = {}) =>
      c.body(JSON.stringify({ sent: body }), status, { ...headers, 'Content-Type': 'application/json' });
    const app = createShell(api, {
      sendJson,
      onError: (e) => reported.push(e),
      answerError: (c, error) => (error instanceof OwnError ? sendJson(c, { detail: 'own' }, 504) : null),
    });
    expect(await answer(app, '/api/own')).toMatchObject({ status: 504, text: '{"sent":{"detail":"own"}}' });
    expect(await answer(app, '/api/missing')).toMatchObject({
      status: 404,
      text: '{"sent":{"detail":"Album not found"}}',
    });
    expect(await answer(app, '/api/nowhere')).toMatchObject({
      status: 404,
      text: '{"sent":{"detail":"Not Found"}}',
    });
    const post = await answer(app, '/api/ok', { method: 'DELETE' });
    expect(post).toMatchObject({ status: 405, text: '{"sent":{"detail":"Method Not Allowed"}}' });
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(await answer(app, '/api/crash')).toMatchObject({
      status: 500,
      text: '{"sent":{"detail":"Internal Server Error"}}',
    });
    expect(reported).toHaveLength(1);
  });

  it('puts the access guard in front of the API when given a key', async () => {
    const key = 'k'.repeat(32);
    const app = createShell(api, { accessKey: key });
    expect((await answer(app, '/api/ok')).status).toBe(401);
    expect(await answer(app, '/api/ok', { headers: { Authorization: `Bearer ${key}` } })).toMatchObject({
      status: 200,
    });
  });
});
