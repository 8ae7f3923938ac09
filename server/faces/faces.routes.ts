import { Hono } from 'hono';
import { FaceListQuery } from '../../contract/queries.ts';
import type { AppContext } from '../app-context.ts';
import { renderFromOriginal } from '../assets/asset-files.ts';
import { getAssetRow } from '../assets/assets.repo.ts';
import { renderSyntheticFaceCrop } from '../assets/synthetic-image.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { sendImage } from '../http/send-image.ts';
import { thumbnailVersion } from '../http/urls.ts';
import { validateQuery } from '../http/validate.ts';
import { renderFaceCrop } from '../indexer/thumbnails.ts';
import { isSyntheticLibrary } from '../libraries/libraries.repo.ts';
import { getFace, getFaceRow, listFaces } from './faces.repo.ts';

export function faceRoutes(ctx: AppContext) {
  const { db } = ctx;
  return new Hono()
    .get('/', (c) => c.json(listFaces(db, validateQuery(c, FaceListQuery), ctx.urls)))
    .get('/:id', (c) => {
      const face = getFace(db, c.req.param('id'), ctx.urls);
      if (!face) throw notFound('Face not found');
      return c.json(face);
    })
    .get('/:id/thumbnail', async (c) => {
      const face = getFaceRow(db, c.req.param('id'));
      const asset = face ? getAssetRow(db, face.asset_id) : undefined;
      if (!face || !asset) throw notFound('Face not found');
      const key = `${face.id}-face-${thumbnailVersion(asset.checksum)}-${face.x}-${face.y}-${face.w}-${face.h}`;
      const { width, height } = asset;
      if (width === null || height === null) throw new HttpError(422, 'This photo cannot be rendered');
      const bytes = await ctx.images.get(key, () =>
        isSyntheticLibrary(db, asset.library_id)
          ? renderSyntheticFaceCrop(face)
          : renderFromOriginal(db, asset, (file) => renderFaceCrop(file, face, width, height)),
      );
      return sendImage(c, bytes, `"${key}"`, false);
    });
}
