/**
 * The ONE place the gallery calls `fetch`. Every response is checked (`res.ok`), parsed with the
 * contract's zod schema, and every failure becomes an {@link ApiError} carrying the HTTP status and
 * the server's own message, so the UI can say what the server said rather than "request failed".
 */
import type { z } from 'zod/mini';
import { errorMessageOf } from '../../contract/errors.ts';
import type { Connectivity } from './connectivity.ts';

/** The subset of `fetch` the client needs; tests install the in-process server here. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiConfig {
  /** Prefix for every path: '' for same origin (the Vite proxy or the local server itself). */
  baseUrl: string;
  fetch: FetchLike;
  /** Told when the server stops and starts answering, so failed images can load again. */
  connectivity?: Connectivity;
}

export type ApiErrorKind = 'http' | 'network' | 'contract';

/** A failed API call: `status` is the HTTP status (0 when the server was never reached). */
export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;
  readonly body: unknown;

  constructor(
    message: string,
    options: { status: number; kind: ApiErrorKind; body?: unknown; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.status = options.status;
    this.kind = options.kind;
    this.body = options.body;
  }
}

export type QueryParams = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
}

export interface ApiClient {
  readonly baseUrl: string;
  /** GET `path` and parse the JSON body with `schema`. */
  get<S extends z.ZodMiniType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
}

/** `path?query` with empty values left out, so optional filters never reach the server as `x=`. */
export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `${baseUrl.replace(/\/$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createApiClient(config: ApiConfig): ApiClient {
  return {
    baseUrl: config.baseUrl,
    async get(path, schema, options = {}) {
      const url = buildUrl(config.baseUrl, path, options.query);
      let res: Response;
      try {
        res = await config.fetch(url, { headers: { accept: 'application/json' }, signal: options.signal });
      } catch (cause) {
        if (options.signal?.aborted) throw cause;
        config.connectivity?.reportUnreachable();
        throw new ApiError('Could not reach the photo server. Is it running?', {
          status: 0,
          kind: 'network',
          cause,
        });
      }
      if (res.status < 500) config.connectivity?.reportReachable();
      const body = await readJson(res);
      if (!res.ok) {
        const message =
          errorMessageOf(body) ?? (`${res.status} ${res.statusText}`.trim() || 'Request failed');
        throw new ApiError(message, { status: res.status, kind: 'http', body });
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : '';
        throw new ApiError(`The server's answer to ${path} did not match the API contract (${where})`, {
          status: res.status,
          kind: 'contract',
          body,
          cause: parsed.error,
        });
      }
      return parsed.data;
    },
  };
}

/** The local server's answer when its access key is required and this browser hasn't signed in. */
export function needsSignIn(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && /not authenticated/i.test(error.message);
}

/** What to tell a person about a failed call. 401/403 mean the key, whatever the body says. */
export function describeError(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError) {
    if (needsSignIn(error)) {
      return {
        title: 'Sign in to see the photos',
        message: 'This gallery needs its access key: your session has ended or was never started.',
      };
    }
    if (error.status === 401 || error.status === 403) {
      return {
        title: 'The API key was refused',
        message: `The server answered ${error.status}: ${error.message}. Check the API key the gallery's server uses.`,
      };
    }
    if (error.kind === 'network') return { title: 'Cannot reach the server', message: error.message };
    if (error.status === 404) return { title: 'Not found', message: error.message };
    return { title: `Something went wrong (${error.status})`, message: error.message };
  }
  return { title: 'Something went wrong', message: error instanceof Error ? error.message : String(error) };
}

/** The SDKs' retry rule: 408, 409, 429 and 5xx are worth another try; nothing else is. */
export function isRetriable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'network') return true;
  return [408, 409, 429].includes(error.status) || error.status >= 500;
}
