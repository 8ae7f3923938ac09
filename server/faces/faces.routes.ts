import { Hono } from 'hono';
import { FaceListQuery } from '../../contract/queries.ts';
import type { AppContext } from '../app-context.ts';
import { getAssetRow } from '../assets/assets.repo.ts';
import { notFound } from '../http/errors.ts';
import { validateInclude } from '../http/include.ts';
import { validateQuery } from '../http/validate.ts';
import { sendImage } from '../media/send-image.ts';
import { getFace, getFaceRow, listFaces } from './faces.repo.ts';

export function faceRoutes(ctx: AppContext) {
  const { db, media } = ctx;
  return new Hono()
    .get('/', (c) => {
      const query = validateQuery(c, FaceListQuery);
      validateInclude(c);
      return c.json(listFaces(db, query, ctx.urls));
    })
    .get('/:id', (c) => {
      const face = getFace(db, c.req.param('id'), ctx.urls);
      if (!face) throw notFound('Face not found');
      return c.json(face);
    })
    .get('/:id/thumbnail', async (c) => {
      const face = getFaceRow(db, c.req.param('id'));
      const asset = face ? getAssetRow(db, face.asset_id) : undefined;
      if (!face || !asset) throw notFound('Face not found');
      const { bytes, key } = await media.faceCrop(face, asset);
      return sendImage(c, bytes, `"${key}"`, false);
    });
}
