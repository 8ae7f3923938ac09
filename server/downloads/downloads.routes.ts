import { Hono } from 'hono';
import { DOWNLOAD_LIST_PARAMS } from '../../contract/downloads.ts';
import type { AppContext } from '../app-context.ts';
import { attachmentDisposition } from '../http/content-disposition.ts';
import { notFound } from '../http/errors.ts';
import { validateQuery } from '../http/validate.ts';
import { DownloadZipParams, downloadSelectionOf } from './download-query.ts';
import { countDownload, downloadBatch, type DownloadCursor } from './downloads.repo.ts';
import { streamZip } from './zip-stream.ts';
import { zipFileName } from './zip-names.ts';

/** Rows read per step of a zip: the entries yazl holds ahead of the file it is writing. */
const BATCH = 200;

/** `GET /api/assets/download.zip` (ours): the selected originals as one streamed zip. */
export function downloadRoutes(ctx: AppContext) {
  const { db, media } = ctx;
  return new Hono().get('/download.zip', (c) => {
    const query = validateQuery(c, DownloadZipParams, DOWNLOAD_LIST_PARAMS);
    const selection = downloadSelectionOf(query);
    const count = countDownload(db, selection);
    if (count === 0) throw notFound('No photos match this download');
    let cursor: DownloadCursor | null = null;
    let done = false;
    const body = streamZip(media, () => {
      if (done) return [];
      const batch = downloadBatch(db, selection, cursor, BATCH);
      cursor = batch.cursor;
      done = cursor === null;
      return batch.rows;
    });
    const name = zipFileName(count, query.local_datetime_after?.wall, query.local_datetime_before?.wall);
    return new Response(body, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': attachmentDisposition(name),
        // Never stored: a zip is made afresh for each download.
        'Cache-Control': 'no-store',
        'X-Asset-Count': String(count),
      },
    });
  });
}
