/**
 * Requests to the upstream Gumnut API (or anything that speaks it), with the official SDKs' retry
 * rule: 408, 409, 429, ≥ 500, timeouts and connection errors are retried twice with exponential
 * backoff from 0.5 s to 8 s, honouring `Retry-After`. The API key is sent only to the upstream's
 * own origin: image hosts (CDNs) get no Authorization header, even across a redirect.
 */

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface RetryOptions {
  /** Retries after the first attempt (the SDKs' default is 2). */
  maxRetries?: number;
  /** Per attempt, until the response headers (JSON: until the whole body). */
  timeoutMs?: number;
  /** Injectable so tests don't wait: resolves after `ms`. */
  sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ n < 1, for jitter. */
  random?: () => number;
}

export interface UpstreamOptions extends RetryOptions {
  /** Base URL, e.g. `https://api.gumnut.ai`; paths like `/api/assets` are appended. */
  baseUrl: string;
  apiKey: string;
  fetch?: FetchFn;
}

export type UpstreamErrorKind =
  'refused' | 'timeout' | 'unreachable' | 'failed' | 'rate-limited' | 'forbidden-host';

/** A failure worth a clean message. Its text never contains the key or a response body. */
export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamErrorKind,
    message: string,
    readonly status?: number,
    readonly retryAfter?: string,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export interface JsonReply {
  status: number;
  body: unknown;
  headers: Headers;
}

const RETRIABLE = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;
/** A Retry-After longer than this is not waited out: the gallery is told instead. */
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_REDIRECTS = 5;
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * How long to wait before retry number `retry` (0 for the first retry): `Retry-After` (seconds or
 * an HTTP date) when the upstream sent a usable one, else 0.5 s × 2^retry capped at 8 s, minus up
 * to 25 % jitter (what the Stainless SDKs do). Returns null when Retry-After asks for too long.
 */
export function retryDelayMs(
  retry: number,
  retryAfter: string | null,
  random: () => number,
  now = Date.now(),
): number | null {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms) && ms > MAX_RETRY_AFTER_MS) return null;
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
  return base * (1 - random() * 0.25);
}

export class UpstreamClient {
  readonly baseUrl: string;
  readonly origin: string;
  private readonly apiKey: string;
  private readonly fetchFn: FetchFn;
  private readonly maxRetries: number;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(options: UpstreamOptions) {
    const base = new URL(options.baseUrl);
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
      throw new Error(`--upstream: not an http(s) URL: ${options.baseUrl}`);
    this.baseUrl = base.href.replace(/\/+$/, '');
    this.origin = base.origin;
    this.apiKey = options.apiKey;
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.maxRetries = options.maxRetries ?? 2;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** An upstream path (`/api/...`) or a URL the upstream handed out, made absolute. */
  resolve(pathOrUrl: string): string {
    return new URL(pathOrUrl, `${this.baseUrl}/`).href;
  }

  /**
   * GET JSON. 401/403 throw `refused`; retriable failures throw once retries are spent; any other
   * status (2xx, 404, 422…) is returned for the caller to map.
   */
  async getJson(path: string, query: URLSearchParams, signal?: AbortSignal): Promise<JsonReply> {
    const qs = query.toString();
    const url = `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`;
    const res = await this.send(url, { accept: 'application/json' }, signal, true);
    const text = await res.text();
    let body: unknown = undefined;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      if (res.ok)
        throw new UpstreamError('failed', 'The Gumnut API answered with something that is not JSON', 502);
    }
    return { status: res.status, body, headers: res.headers };
  }

  /**
   * GET an image (or an original) from a URL the upstream handed out, following redirects only to
   * `allowedHost` hosts. The response is returned unread, whatever its status, for streaming.
   */
  async getBinary(
    url: string,
    headers: Record<string, string>,
    allowedHost: (host: string) => boolean,
    signal?: AbortSignal,
  ): Promise<Response> {
    return this.send(url, { accept: 'image/*,*/*;q=0.8', ...headers }, signal, false, allowedHost);
  }

  private async send(
    url: string,
    headers: Record<string, string>,
    outer: AbortSignal | undefined,
    bufferBody: boolean,
    allowedHost: (host: string) => boolean = (host) => host === new URL(this.origin).host,
  ): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      // The deadline covers the headers (JSON: the whole body) and is then lifted: a long download
      // streams for as long as it takes. The caller's signal (a browser gone) still aborts it.
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException('The upstream did not answer in time', 'TimeoutError'));
      }, this.timeoutMs);
      const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
      let res: Response;
      let finalUrl: string;
      try {
        ({ res, url: finalUrl } = await this.followRedirects(url, headers, signal, allowedHost));
        if (bufferBody) res = new Response(NULL_BODY.has(res.status) ? null : await res.arrayBuffer(), res);
      } catch (error) {
        if (outer?.aborted) throw error;
        if (error instanceof UpstreamError) throw error;
        const failure = timedOut
          ? new UpstreamError(
              'timeout',
              `The Gumnut API at ${this.origin} did not answer within ${this.timeoutMs / 1000} s`,
              504,
            )
          : new UpstreamError(
              'unreachable',
              `Could not reach the Gumnut API at ${this.origin}${causeCode(error)}`,
              502,
            );
        if (attempt >= this.maxRetries) throw failure;
        await this.sleep(retryDelayMs(attempt, null, this.random) ?? 0);
        continue;
      } finally {
        clearTimeout(timer);
      }
      if (res.status === 401 || res.status === 403) {
        await res.body?.cancel();
        // Only the upstream's own answer means the key; a CDN's 403 is a broken image link.
        if (new URL(finalUrl).origin === this.origin) {
          throw new UpstreamError('refused', 'The Gumnut API key was refused', 401);
        }
        throw new UpstreamError('failed', `The image host refused the request (HTTP ${res.status})`, 502);
      }
      if (!RETRIABLE(res.status)) return res;
      const retryAfter = res.headers.get('retry-after');
      const delay = attempt < this.maxRetries ? retryDelayMs(attempt, retryAfter, this.random) : null;
      if (delay === null) {
        if (res.status === 429) {
          await res.body?.cancel();
          throw new UpstreamError(
            'rate-limited',
            'The Gumnut API is limiting requests: try again shortly',
            429,
            retryAfter ?? undefined,
          );
        }
        if (!bufferBody) await res.body?.cancel();
        throw new UpstreamError(
          res.status === 504 || res.status === 408 ? 'timeout' : 'failed',
          `The Gumnut API failed (HTTP ${res.status}) after ${attempt + 1} attempt${attempt ? 's' : ''}`,
          res.status === 504 || res.status === 408 ? 504 : 502,
        );
      }
      await res.body?.cancel();
      await this.sleep(delay);
    }
  }

  /** fetch with `redirect: 'manual'`: each hop is checked, and the key goes to our upstream only. */
  private async followRedirects(
    url: string,
    headers: Record<string, string>,
    signal: AbortSignal,
    allowedHost: (host: string) => boolean,
  ): Promise<{ res: Response; url: string }> {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const target = new URL(current);
      if ((target.protocol !== 'https:' && target.protocol !== 'http:') || !allowedHost(target.host)) {
        throw new UpstreamError(
          'forbidden-host',
          `Refused to fetch an image from ${target.host}: not the Gumnut API or its image host`,
          502,
        );
      }
      const auth: Record<string, string> =
        target.origin === this.origin ? { authorization: `Bearer ${this.apiKey}` } : {};
      const res = await this.fetchFn(current, {
        headers: { ...headers, ...auth },
        redirect: 'manual',
        signal,
      });
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
      if (!location) return { res, url: current };
      await res.body?.cancel();
      current = new URL(location, current).href;
    }
    throw new UpstreamError('failed', 'Too many redirects from the Gumnut API', 502);
  }
}

/**
 * ` (ECONNREFUSED)` from undici's `fetch failed` cause, to make "unreachable" actionable; else the
 * cause's own words (fetch refuses some ports outright: "bad port").
 */
function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return ` (${cause.code})`;
  return typeof cause?.message === 'string' && cause.message.length < 80 ? ` (${cause.message})` : '';
}
