/**
 * Scene drawing: one function per kind of place, chosen by the plan. Each returns what lies
 * behind the people and what stands in front of them; compose.ts puts the people in between.
 */
import type { SceneKind } from './places.ts';
import { bridge, castle, hillsTown, parkSkyline, shrine, skyline } from './city-scenes.ts';
import { party, room } from './indoor-scenes.ts';
import {
  aurora,
  coast,
  flowers,
  forest,
  fuji,
  garden,
  glacier,
  mountains,
  park,
  waterfall,
} from './nature-scenes.ts';
import type { SceneContext, SceneDrawing } from './scene-kit.ts';

export type { SceneContext, SceneDrawing } from './scene-kit.ts';
export { lightTint } from './scene-kit.ts';

/** Whether a scene is indoors: no sky tint on people, no passers-by. */
export const isIndoor = (kind: SceneKind): boolean => kind === 'room' || kind === 'party';

export function drawScene(kind: SceneKind, ctx: SceneContext): SceneDrawing {
  switch (kind) {
    case 'hills-town':
      return hillsTown(ctx);
    case 'bridge':
      return bridge(ctx);
    case 'castle':
      return castle(ctx);
    case 'skyline':
      return skyline(ctx);
    case 'shrine':
      return shrine(ctx);
    case 'park':
      return park(ctx, ctx.variant === 'autumn' ? parkSkyline({ ...ctx, variant: 'ny' }) : undefined);
    case 'mountains':
      return mountains(ctx);
    case 'waterfall':
      return waterfall(ctx);
    case 'glacier':
      return glacier(ctx);
    case 'aurora':
      return aurora(ctx);
    case 'coast':
      return coast(ctx);
    case 'forest':
      return forest(ctx);
    case 'fuji':
      return fuji(ctx);
    case 'garden':
      return garden(ctx);
    case 'flowers':
      return flowers(ctx);
    case 'room':
      return room(ctx);
    case 'party':
      return party(ctx);
  }
}
