/**
 * What the local server and the gateway share around their API: security headers, the access
 * guard, a read-only `/api`, the gallery on the same origin, and FastAPI-style JSON errors. Each
 * builds its own API sub-app and hands it in; what differs between them is an option here.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { installAccess } from '../auth/sign-in.routes.ts';
import { compressResponses } from '../http/compress.ts';
import { httpErrorOf } from '../http/errors.ts';
import { securityHeaders, serveGallery } from './serve-gallery.ts';

/** Send a JSON body: `c.json`, or the gateway's, which takes its API key out of every answer. */
export type SendJson = (
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route's context, whatever its path
  c: Context<any, any, any>,
  body: unknown,
  status?: ContentfulStatusCode,
  headers?: Record<string, string>,
) => Response;

export interface ShellOptions {
  /** The built gallery to serve on the same origin; none when null (API only). */
  galleryDir?: string | null;
  /**
   * When set, every request (API, images, gallery) needs this key: as `Authorization: Bearer KEY`
   * or through the session cookie `/sign-in` sets. None when null: for a server on loopback only.
   */
  accessKey?: string | null;
  /** Called with unexpected errors (they answer 500 without a stack trace). */
  onError?: (error: unknown) => void;
  /** How every JSON answer is sent, the shell's own (404, 405, errors) included. */
  sendJson?: SendJson;
  /**
   * The answer to an error only this server has (the gateway's upstream failures), or null for
   * one it doesn't know. Asked after domain and HTTP errors, before an error counts as unexpected.
   */
  answerError?: (c: Context, error: unknown) => Response | null;
}

const sendWithCJson: SendJson = (c, body, status = 200, headers = {}) => c.json(body, status, headers);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any API sub-app, whatever its routes
export function createShell(api: Hono<any, any, any>, options: ShellOptions = {}): Hono {
  const send = options.sendJson ?? sendWithCJson;
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', compressResponses());
  if (options.accessKey) installAccess(app, options.accessKey);
  app.use('/api/*', async (c, next) => {
    // A read-only API: anything but GET/HEAD is refused, as FastAPI words it.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return send(c, { detail: 'Method Not Allowed' }, 405, { Allow: 'GET, HEAD' });
    }
    return next();
  });
  app.route('/api', api);
  // After the API: an unknown /api path finds no file and falls through to the JSON 404.
  if (options.galleryDir) serveGallery(app, options.galleryDir);
  app.notFound((c) => send(c, { detail: 'Not Found' }, 404));
  app.onError((error, c) => {
    const http = httpErrorOf(error);
    if (http) return send(c, { detail: http.detail }, http.status);
    const own = options.answerError?.(c, error);
    if (own) return own;
    options.onError?.(error);
    return send(c, { detail: 'Internal Server Error' }, 500);
  });
  return app;
}
