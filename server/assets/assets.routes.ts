import { Hono } from 'hono';
import { AssetImageQuery } from '../../contract/queries.ts';
import type { AppContext } from '../app-context.ts';
import { attachmentDisposition } from '../http/content-disposition.ts';
import { notFound } from '../http/errors.ts';
import { validateInclude } from '../http/include.ts';
import { validateQuery } from '../http/validate.ts';
import { thumbnailVersion } from '../media/content-version.ts';
import { sendFile } from '../media/send-file.ts';
import { sendImage } from '../media/send-image.ts';
import { AssetListQuery, LIST_PARAMS } from './asset-query.ts';
import { getAsset, getAssetRow, listAssets } from './assets.repo.ts';

export function assetRoutes(ctx: AppContext) {
  const { db, media } = ctx;
  return new Hono()
    .get('/', (c) => c.json(listAssets(db, validateQuery(c, AssetListQuery, LIST_PARAMS), ctx.urls)))
    .get('/:id', (c) => {
      validateInclude(c);
      const asset = getAsset(db, c.req.param('id'), ctx.urls);
      if (!asset) throw notFound('Asset not found');
      return c.json(asset);
    })
    .get('/:id/thumbnail', async (c) => {
      const { size } = validateQuery(c, AssetImageQuery);
      const row = getAssetRow(db, c.req.param('id'));
      if (!row) throw notFound('Asset not found');
      const { bytes, key } = await media.assetImage(row, size);
      // The URL carries the checksum's version: when it matches, the bytes can never change.
      const immutable = c.req.query('v') === thumbnailVersion(row.checksum);
      return sendImage(c, bytes, `"${key}"`, immutable);
    })
    .get('/:id/download', async (c) => {
      const row = getAssetRow(db, c.req.param('id'));
      if (!row) throw notFound('Asset not found');
      return sendFile(c, await media.original(row), {
        'Content-Type': row.mime_type,
        'Content-Disposition': attachmentDisposition(row.original_file_name),
        'Cache-Control': 'private, max-age=3600',
      });
    });
}
