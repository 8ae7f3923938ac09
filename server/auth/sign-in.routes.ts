import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import {
  createSessions,
  keysMatch,
  requireAccess,
  safeReturnPath,
  SESSION_COOKIE,
  SESSION_MAX_AGE,
  SIGN_IN_PATH,
  type Sessions,
} from './access.ts';
import { renderSignInPage } from './sign-in-page.ts';

/** How long a wrong key waits for its answer: guessing gets slow, a typo barely notices. */
export const FAILED_SIGN_IN_DELAY_MS = 400;

const NO_STORE = { 'Cache-Control': 'no-store' };

/** `GET /sign-in` (the form) and `POST /sign-in` (check the key, set the session cookie). */
export function signInRoutes(key: string, sessions: Sessions) {
  return new Hono()
    .get(SIGN_IN_PATH, (c) => {
      const next = safeReturnPath(c.req.query('next'));
      // Already signed in (a bookmark, the back button): straight on.
      if (sessions.isValid(getCookie(c, SESSION_COOKIE))) return c.redirect(next, 303);
      return c.html(renderSignInPage({ next }), 200, NO_STORE);
    })
    .post(
      SIGN_IN_PATH,
      // The form is two short fields; anything bigger is not a sign-in.
      bodyLimit({ maxSize: 8 * 1024, onError: (c) => c.json({ detail: 'Request body too large' }, 413) }),
      async (c) => {
        const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
        const next = safeReturnPath(form.next);
        const given = typeof form.key === 'string' ? form.key : '';
        if (!keysMatch(given, key)) {
          await new Promise((resolve) => setTimeout(resolve, FAILED_SIGN_IN_DELAY_MS));
          const page = renderSignInPage({ next, error: 'That key was not accepted.' });
          return c.html(page, 401, NO_STORE);
        }
        setCookie(c, SESSION_COOKIE, sessions.issue(), {
          httpOnly: true,
          sameSite: 'Strict',
          path: '/',
          maxAge: SESSION_MAX_AGE,
          // Secure only over https: on a plain-http LAN address the browser would drop the cookie.
          secure: new URL(c.req.url).protocol === 'https:',
        });
        return c.redirect(next, 303);
      },
    );
}

/**
 * Everything access control adds to an app, in the order it must run: the sign-in page first,
 * then the guard in front of every other route. Call before mounting anything else.
 */
export function installAccess(app: Hono, key: string): void {
  const sessions = createSessions(key);
  const guard: MiddlewareHandler = requireAccess(key, sessions);
  app.use('*', guard);
  app.route('/', signInRoutes(key, sessions));
}
