/**
 * What the 2026 stand-in (upstream-2026.ts) serves beyond the 2025 resources: the summaries
 * (`/api/assets/counts` without our `aspect_ratio_sum`, `/api/assets/geo-clusters`,
 * `/api/server/ping`), taken from the local server, and videos, which the local server doesn't
 * index: a video is an asset record with `duration`, `*_image` stills and an `original` on the CDN
 * that answers `Range` as a CDN does (206 + `Content-Range`, 416 past the end) and streams its
 * bytes in chunks, optionally holding back all but the first until `release` resolves (to show a
 * gateway relays a video as it arrives instead of reading it whole first).
 */
import type { Context, Hono } from 'hono';
import type { z } from 'zod/mini';
import type * as api2026 from '../../../contract/entities-2026.ts';
import { parseByteRange } from '../../media/byte-range.ts';

export interface StandInVideo {
  id: string;
  bytes: Uint8Array;
  /** When set, only the first chunk is sent before it resolves. */
  release?: Promise<void>;
}

/** Bytes per chunk of a streamed video. */
export const VIDEO_CHUNK = 64 * 1024;

type Raw = Record<string, unknown>;
type Variant = z.input<typeof api2026.AssetVariant>;

/** The summaries, forwarded to the local server with the query as given. */
export function mountSummaries(api: Hono, local: (pathAndQuery: string) => Promise<Response>) {
  const forward = async (c: Context, strip: (body: Raw) => Raw) => {
    const url = new URL(c.req.url);
    const res = await local(url.pathname + url.search);
    const body = (await res.json()) as Raw;
    return c.json(res.ok ? strip(body) : body, res.status as 200);
  };
  api.get('/api/assets/counts', (c) =>
    forward(c, (body) => ({
      ...body,
      // Ours only: a 2026 server has no aspect ratio sums.
      data: (body.data as Raw[]).map(({ aspect_ratio_sum: _ours, ...bucket }) => bucket),
    })),
  );
  api.get('/api/assets/geo-clusters', (c) => forward(c, (body) => body));
  api.get('/api/server/ping', (c) => forward(c, (body) => body));
}

/** A video's 2026 asset record, its images and clip on `cdnUrl`. */
export function videoAsset(
  video: StandInVideo,
  cdnUrl: (p: string) => string,
): z.input<typeof api2026.Asset> {
  const still = (name: string, width: number): Variant => ({
    url: cdnUrl(`/v1/asset/${video.id}/${name}`),
    mimetype: 'image/webp',
    width,
  });
  return {
    id: video.id,
    created_at: '2025-07-01T10:00:00Z',
    updated_at: '2025-07-01T10:00:00Z',
    local_datetime: '2025-07-01T12:00:00+02:00',
    mime_type: 'video/mp4',
    original_file_name: 'clip.mp4',
    kind: 'original',
    current_version_id: 'asset_version_clip',
    file_size_bytes: video.bytes.length,
    width: 1920,
    height: 1080,
    thumbhash: 'HBkSHYSIeHiPiHh8eJd4eTN0EEQG',
    duration: 12.5,
    stack_id: null,
    trashed_at: null,
    description: null,
    asset_urls: {
      thumbnail_image: still('thumbnail', 360),
      preview_image: still('preview', 1440),
      original: { url: cdnUrl(`/v1/video/${video.id}/original`), mimetype: 'video/mp4', width: null },
    },
    metadata: null,
    file_data: null,
    faces: [],
    people: [],
    metrics: null,
  };
}

/** The CDN's answer for a video's clip: the whole of it, or the one range asked for. */
export function videoResponse(c: Context, video: StandInVideo): Response {
  const size = video.bytes.length;
  const range = parseByteRange(c.req.header('range'), size);
  const headers: Record<string, string> = {
    'Content-Type': 'video/mp4',
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: '"clip-1"',
  };
  if (range === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const part = video.bytes.subarray(start, end + 1);
  headers['Content-Length'] = String(part.length);
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset > 0 && video.release) await video.release;
      if (offset >= part.length) return controller.close();
      controller.enqueue(part.slice(offset, offset + VIDEO_CHUNK));
      offset += VIDEO_CHUNK;
    },
  });
  return new Response(body, { status: range ? 206 : 200, headers });
}
