/**
 * What the gallery is told when the upstream fails, and the guarantee that the API key is in none
 * of it: every JSON body the gateway sends goes through `redactingJson`, which removes the key
 * (and anything shaped like a Bearer credential) from every string, whatever its origin: an
 * upstream error that echoes the request's headers, a caption, an exception message.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ErrorBody, errorMessageOf, type ValidationIssue } from '../../contract/errors.ts';
import { HttpError } from '../http/errors.ts';
import { isObj } from './shape-2026-parse.ts';
import { UpstreamError, type JsonReply } from './upstream-client.ts';

export const KEY_REFUSED = 'The Gumnut API key was refused';
const REDACTED = '[redacted]';

/** A string with `secret` and Bearer / `apikey_…` credentials taken out. */
export function redact(text: string, secret: string): string {
  let out = secret ? text.split(secret).join(REDACTED) : text;
  out = out
    .replace(/\b(Bearer\s+)[^\s"',;]+/gi, `$1${REDACTED}`)
    .replace(/\bapikey_[A-Za-z0-9_-]+/g, REDACTED);
  return out;
}

/** `c.json` for the gateway: the key cannot leave in a body, whatever the body holds. */
export function redactingJson(secret: string) {
  return (
    // Hono's default generics: any route's context, whatever its path.
    c: Context,
    body: unknown,
    status: ContentfulStatusCode = 200,
    headers: Record<string, string> = {},
  ): Response => {
    const text = JSON.stringify(body, (_key, value: unknown) =>
      typeof value === 'string' && (value.includes(secret) || /bearer|apikey_/i.test(value))
        ? redact(value, secret)
        : value,
    );
    return c.body(text, status, { ...headers, 'Content-Type': 'application/json' });
  };
}

/** The 422 issue on `limit`, when that is what the upstream refused; its `ctx.le` is its maximum. */
export function limitIssueOf(body: unknown): { max: number | null } | null {
  if (!isObj(body) || !Array.isArray(body.detail)) return null;
  for (const issue of body.detail as unknown[]) {
    if (!isObj(issue) || !Array.isArray(issue.loc) || issue.loc[issue.loc.length - 1] !== 'limit') continue;
    const ctx = isObj(issue.ctx) ? issue.ctx : {};
    const le = typeof ctx.le === 'number' ? ctx.le : typeof ctx.lt === 'number' ? ctx.lt - 1 : null;
    return { max: le !== null && Number.isInteger(le) && le >= 1 ? le : null };
  }
  return null;
}

/** FastAPI issues reduced to the contract's fields (no `url`, no `ctx` the gallery won't read). */
function issuesOf(body: unknown): ValidationIssue[] | null {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success || typeof parsed.data.detail === 'string') return null;
  return parsed.data.detail.map(({ loc, msg, type, input }) => ({ loc, msg, type, input }));
}

/**
 * A non-2xx upstream reply as the error to answer. 404 and 422 keep the upstream's words (the
 * gallery shows them); anything else is a 502 that says what the upstream answered.
 */
export function replyError(reply: JsonReply): HttpError {
  const message = errorMessageOf(reply.body);
  if (reply.status === 404) return new HttpError(404, message ?? 'Not Found');
  if (reply.status === 422)
    return new HttpError(422, issuesOf(reply.body) ?? message ?? 'Unprocessable Entity');
  if (reply.status === 400) return new HttpError(400, message ?? 'Bad Request');
  const said = message ? `: ${message}` : '';
  return new HttpError(502, `The Gumnut API answered HTTP ${reply.status}${said}`);
}

/**
 * The gallery-facing answer to an error only the gateway has: the upstream failing, or the browser
 * going away. Null for any other: the shell (web/shell.ts) answers HTTP and domain errors, and
 * anything else as a 500.
 */
export function upstreamErrorResponse(
  c: Context,
  error: unknown,
  send: ReturnType<typeof redactingJson>,
): Response | null {
  if (error instanceof UpstreamError) {
    if (error.kind === 'refused') return send(c, { detail: KEY_REFUSED }, 401);
    if (error.kind === 'rate-limited') {
      return send(
        c,
        { detail: error.message },
        429,
        error.retryAfter ? { 'Retry-After': error.retryAfter } : {},
      );
    }
    return send(c, { detail: error.message }, error.kind === 'timeout' ? 504 : 502);
  }
  // A browser that went away aborts our upstream request: nobody is left to answer.
  if (c.req.raw.signal.aborted) return send(c, { detail: 'Client Closed Request' }, 400);
  return null;
}
