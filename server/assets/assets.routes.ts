import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { AssetListQuery, ThumbnailQuery } from '../../contract/queries.ts';
import type { AppContext } from '../app-context.ts';
import { attachmentDisposition } from '../http/content-disposition.ts';
import { notFound } from '../http/errors.ts';
import { assetImageKey } from '../http/image-cache.ts';
import { sendImage } from '../http/send-image.ts';
import { validateQuery } from '../http/validate.ts';
import { thumbnailVersion } from '../http/urls.ts';
import { renderThumbnail } from '../indexer/thumbnails.ts';
import { isSyntheticLibrary } from '../libraries/libraries.repo.ts';
import { openableAssetFile, renderFromOriginal } from './asset-files.ts';
import { getAsset, getAssetRow, listAssets } from './assets.repo.ts';
import { renderSyntheticThumbnail } from './synthetic-image.ts';

export function assetRoutes(ctx: AppContext) {
  const { db } = ctx;
  return new Hono()
    .get('/', (c) => c.json(listAssets(db, validateQuery(c, AssetListQuery), ctx.urls)))
    .get('/:id', (c) => {
      const asset = getAsset(db, c.req.param('id'), ctx.urls);
      if (!asset) throw notFound('Asset not found');
      return c.json(asset);
    })
    .get('/:id/thumbnail', async (c) => {
      const { size } = validateQuery(c, ThumbnailQuery);
      const row = getAssetRow(db, c.req.param('id'));
      if (!row) throw notFound('Asset not found');
      const version = thumbnailVersion(row.checksum);
      const key = assetImageKey(row.id, row.checksum, size);
      const bytes = await ctx.images.get(key, () =>
        isSyntheticLibrary(db, row.library_id)
          ? renderSyntheticThumbnail(row, size)
          : renderFromOriginal(db, row, (file) => renderThumbnail(file, size)),
      );
      // The URL carries the checksum's version: when it matches, the bytes can never change.
      const immutable = c.req.query('v') === version;
      return sendImage(c, bytes, `"${key}"`, immutable);
    })
    .get('/:id/download', async (c) => {
      const row = getAssetRow(db, c.req.param('id'));
      if (!row) throw notFound('Asset not found');
      if (isSyntheticLibrary(db, row.library_id)) throw notFound('A synthetic asset has no original file to download');
      const { file, size } = await openableAssetFile(db, row);
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream;
      return new Response(body, {
        headers: {
          'Content-Type': row.mime_type,
          'Content-Length': String(size),
          'Content-Disposition': attachmentDisposition(row.original_file_name),
          'Cache-Control': 'private, max-age=3600',
        },
      });
    });
}
