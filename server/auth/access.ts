/**
 * Access control for a server reachable from other machines. One shared access key; a caller
 * proves it knows the key either on every request (`Authorization: Bearer KEY`, for scripts and
 * for a gateway using this server as its upstream) or once, on the sign-in page, which then sets
 * a session cookie (for the gallery: an `<img>` can't send a header, a cookie it sends by itself).
 *
 * The cookie never holds the key: it is a random session id with its issue time, signed with an
 * HMAC whose secret derives from the key. So sessions survive a restart, every session ends when
 * the key changes, and a leaked cookie doesn't leak the key.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'contact_sheet_session';
/** How long a sign-in lasts, in seconds. */
export const SESSION_MAX_AGE = 30 * 24 * 3600;
export const SIGN_IN_PATH = '/sign-in';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether `given` is the key, in time that doesn't depend on how much of it matched: both sides
 * are hashed first, so the comparison is over equal lengths and leaks not even the key's length.
 */
export function keysMatch(given: string, key: string): boolean {
  return timingSafeEqual(sha256(given), sha256(key));
}

/** Signed session tokens: `v1.<random id>.<issued, unix seconds>.<HMAC>`. */
export interface Sessions {
  issue(now?: number): string;
  isValid(token: string | undefined, now?: number): boolean;
}

export function createSessions(key: string): Sessions {
  const secret = createHmac('sha256', key).update('contact-sheet session cookie v1').digest();
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest();
  return {
    issue(now = Date.now()) {
      const payload = `v1.${randomBytes(24).toString('base64url')}.${Math.floor(now / 1000)}`;
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    isValid(token, now = Date.now()) {
      const match = token ? /^(v1\.[A-Za-z0-9_-]{32}\.(\d{1,12}))\.([A-Za-z0-9_-]{43})$/.exec(token) : null;
      if (!match) return false;
      const [, payload, issued, signature] = match;
      // Compared as text, not as decoded bytes: the last base64url character carries two unused
      // bits, so decoding would accept four spellings of one signature.
      const expected = Buffer.from(mac(payload!).toString('base64url'));
      if (!timingSafeEqual(Buffer.from(signature!), expected)) return false;
      const age = now / 1000 - Number(issued);
      return age >= -60 && age <= SESSION_MAX_AGE;
    },
  };
}

/** The Bearer token of a request, if it sent one: the rest of the header, so a key may hold spaces. */
function bearerToken(c: Context): string | null {
  const header = c.req.header('Authorization');
  const match = header ? /^Bearer +(.*?)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
}

/**
 * A path and query to come back to after signing in, if it is one of ours: it must start with a
 * single `/` (not `//evil.example` nor `/\evil.example`, which browsers treat as other hosts) and
 * hold only printable ASCII (a header can't carry anything else). Anything else is `/`.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  return /^\/(?![/\\])[\x21-\x5b\x5d-\x7e]*$/.test(value) && !value.startsWith(SIGN_IN_PATH) ? value : '/';
}

/**
 * The guard: a request carrying the key or a valid session goes on; any other request to the API
 * answers 401 as FastAPI's HTTPBearer does, and a page load is sent to the sign-in page.
 */
export function requireAccess(key: string, sessions: Sessions): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path === SIGN_IN_PATH) return next();
    const token = bearerToken(c);
    if (token !== null ? keysMatch(token, key) : sessions.isValid(getCookie(c, SESSION_COOKIE)))
      return next();
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
      const challenge = token !== null ? 'Bearer error="invalid_token"' : 'Bearer';
      return c.json({ detail: 'Not authenticated' }, 401, { 'WWW-Authenticate': challenge });
    }
    const url = new URL(c.req.url);
    const back = safeReturnPath(url.pathname + url.search);
    const query = back === '/' ? '' : `?next=${encodeURIComponent(back)}`;
    return c.redirect(`${SIGN_IN_PATH}${query}`, 303);
  };
}
