/**
 * Images through our origin. The gallery only ever sees `/api/assets/{id}/thumbnail?v=…` (and the
 * face / person / download equivalents); which upstream or CDN URL that stands for is kept here,
 * learned from the JSON the gateway relayed. A URL is never taken from the request: an id the
 * registry doesn't know is looked up at the upstream (`resolveMissing`), and hosts are limited to
 * the upstream's own and those it named in its image URLs.
 */
import type { Context } from 'hono';
import type { ImageSize } from '../../contract/constants.ts';
import { attachmentDisposition } from '../http/content-disposition.ts';
import { HttpError } from '../http/errors.ts';
import type { ImageKind, ImageSource, ImageVariant } from './shape-2026.ts';
import { UpstreamError, type UpstreamClient } from './upstream-client.ts';

/** Enough for a long browsing session; an evicted entry costs one upstream lookup, not an error. */
const MAX_ENTRIES = 20_000;
const DEFAULT_CACHE = 'private, max-age=86400';
/** Request headers passed on: revalidation for every image, ranges for originals. */
const CONDITIONAL = ['if-none-match'];
const RANGE = ['range', 'if-range'];
/** Answer headers passed back: validators for every image, the range's for originals. */
const VALIDATORS = ['etag', 'last-modified'];
const RANGE_REPLY = ['accept-ranges', 'content-range'];

export class ImageRegistry {
  private readonly entries = new Map<string, ImageSource>();
  private readonly hosts = new Set<string>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Keys already looked up at the upstream with every variant: a size they lack is really absent. */
  private readonly complete = new Set<string>();

  constructor(
    upstreamHost: string,
    private readonly resolveMissing: (kind: ImageKind, id: string) => Promise<void>,
    extraHosts: readonly string[] = [],
  ) {
    this.hosts.add(upstreamHost);
    for (const host of extraHosts) this.hosts.add(host);
  }

  /** Remember where `kind:id`'s images are, and allow the hosts they live on. */
  remember(kind: ImageKind, id: string, source: ImageSource): void {
    const key = `${kind}:${id}`;
    const known = this.entries.get(key);
    // A lean 2026 list carries only the thumbnail: never forget a bigger variant learned earlier.
    const merged: ImageSource =
      known && !source.sized ? { ...source, variants: { ...known.variants, ...source.variants } } : source;
    this.entries.delete(key);
    this.entries.set(key, merged);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    if (this.complete.size > MAX_ENTRIES) this.complete.clear();
    for (const url of [merged.sized, ...Object.values(merged.variants)])
      if (url) this.hosts.add(new URL(url).host);
  }

  isAllowedHost = (host: string): boolean => this.hosts.has(host);

  /** The source of `kind:id`, asking the upstream once when unknown or lacking `variant`. */
  async lookup(kind: ImageKind, id: string, variant: ImageVariant): Promise<ImageSource | undefined> {
    const key = `${kind}:${id}`;
    const known = this.entries.get(key);
    if (known && (known.sized || known.variants[variant] || this.complete.has(key))) return known;
    let work = this.pending.get(key);
    if (!work) {
      work = this.resolveMissing(kind, id)
        .then(() => void this.complete.add(key))
        .finally(() => this.pending.delete(key));
      this.pending.set(key, work);
    }
    await work;
    return this.entries.get(key);
  }
}

/**
 * The upstream URL for one size: a 2025 endpoint gets `size=` (`small`, which 2025 doesn't name,
 * asks its next size up), a 2026 source has one URL per size.
 */
export function upstreamImageUrl(source: ImageSource, variant: ImageVariant): string | null {
  if (variant === 'original') return source.variants.original ?? null;
  if (source.sized) {
    const url = new URL(source.sized);
    url.searchParams.set('size', variant === 'small' ? 'preview' : variant);
    return url.href;
  }
  return source.variants[variant] ?? null;
}

/** Shared caches must not keep a private photo; the upstream's max-age and validators are kept. */
export function privateCacheControl(upstream: string | null): string {
  if (!upstream) return DEFAULT_CACHE;
  const directives = upstream
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d && !/^(public|private|s-maxage=.*)$/i.test(d));
  if (directives.some((d) => /^(no-store|no-cache)$/i.test(d))) return ['private', ...directives].join(', ');
  return directives.some((d) => /^max-age=/i.test(d)) ? ['private', ...directives].join(', ') : DEFAULT_CACHE;
}

export interface ServeImageArgs {
  kind: ImageKind;
  id: string;
  variant: ImageVariant;
  /** `size` as the gallery asked, for error messages. */
  size?: ImageSize;
}

/** Stream `kind:id`'s image from wherever the upstream keeps it. */
export async function serveImage(
  c: Context,
  upstream: UpstreamClient,
  registry: ImageRegistry,
  args: ServeImageArgs,
): Promise<Response> {
  const { kind, id, variant } = args;
  const source = await registry.lookup(kind, id, variant);
  const url = source ? upstreamImageUrl(source, variant) : null;
  if (!source || !url)
    throw new HttpError(
      404,
      variant === 'original' ? 'This asset has no original to download' : 'No such image',
    );

  // An original may be a video: a `<video>` seeks with Range, answered by the upstream itself so
  // the gateway never holds the file (the body is streamed through as it arrives).
  const forwarded = variant === 'original' ? [...CONDITIONAL, ...RANGE] : CONDITIONAL;
  const asked: Record<string, string> = {};
  for (const name of forwarded) {
    const value = c.req.header(name);
    if (value) asked[name] = value;
  }
  const res = await upstream.getBinary(url, asked, registry.isAllowedHost, c.req.raw.signal);

  const headers = new Headers({ 'Cache-Control': privateCacheControl(res.headers.get('cache-control')) });
  const kept = variant === 'original' ? [...VALIDATORS, ...RANGE_REPLY] : VALIDATORS;
  for (const name of kept) {
    const value = res.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (res.status === 304) return new Response(null, { status: 304, headers });
  if (res.status === 416 && variant === 'original') {
    await res.body?.cancel();
    // An empty body goes out with `Content-Length: 0`, as a CDN sends it (a null one is sent as an
    // empty chunked body: also complete, the connection stays usable either way).
    return new Response(new Uint8Array(0), { status: 416, headers });
  }
  if (!res.ok) {
    await res.body?.cancel();
    if (res.status === 404 || res.status === 410)
      throw new HttpError(404, 'The Gumnut API has no such image');
    throw new UpstreamError('failed', `The image host answered HTTP ${res.status}`, 502);
  }
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  // Thumbnails are shown inline: only an image may be. A download is saved, never rendered.
  if (variant !== 'original' && !/^image\//i.test(type)) {
    await res.body?.cancel();
    throw new UpstreamError(
      'failed',
      `The image host answered ${type.split(';')[0]} instead of an image`,
      502,
    );
  }
  headers.set('Content-Type', type);
  const length = res.headers.get('content-length');
  if (length) headers.set('Content-Length', length);
  if (variant === 'original') {
    headers.set(
      'Content-Disposition',
      source.fileName ? attachmentDisposition(source.fileName) : 'attachment',
    );
    headers.set('Cache-Control', 'private, max-age=3600');
  }
  const partial = variant === 'original' && res.status === 206;
  return new Response(res.body, { status: partial ? 206 : 200, headers });
}
