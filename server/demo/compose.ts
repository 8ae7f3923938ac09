/**
 * One photo's full drawing: the scene, passers-by, the people the plan put in it, and the face
 * box of every face a detector would find, in pixels of the upright picture.
 */
import { CAST, type PersonId, drawPerson, strangerLook } from './people.ts';
import type { DemoShot } from './plan.ts';
import { type Rng, between, chance, deriveSeed, mulberry32 } from './random.ts';
import { drawScene, isIndoor, lightTint } from './scenes.ts';
import { type Box, type Tint, NO_TINT, n } from './svg.ts';

export interface DrawnFace {
  /** null for a stranger. */
  name: string | null;
  box: Box;
}

export interface ComposedShot {
  svg: string;
  faces: DrawnFace[];
}

/** Faces smaller than this (px wide) are left untagged, as a face detector would miss them. */
const MIN_FACE = 40;

function peopleTint(shot: DemoShot, land: Tint): Tint {
  if (isIndoor(shot.scene))
    return shot.time === 'night' || shot.time === 'sunset' ? { color: '#ff9a3d', amount: 0.08 } : NO_TINT;
  // People near the camera catch the flash or a street lamp: half the darkness of the scene.
  return { color: land.color, amount: land.amount * 0.5 };
}

/** Head positions and radius for the named people, left to right. */
function placePeople(
  shot: DemoShot,
  layout: Rng,
  pose: Rng,
): { id: PersonId; x: number; y: number; r: number }[] {
  const { width: w, height: h, people } = shot;
  const k = people.length;
  if (k === 0) return [];
  const short = Math.min(w, h);
  const r = k === 1 ? short * between(layout, 0.095, 0.125) : Math.min(short * 0.085, w / (k * 3.1));
  const spacing = r * between(layout, 2.6, 3);
  const span = spacing * (k - 1);
  const margin = r * 1.9;
  const centre = Math.min(
    w - margin - span / 2,
    Math.max(margin + span / 2, w * between(layout, 0.35, 0.65)),
  );
  const baseY = h * (h > w ? between(layout, 0.36, 0.48) : between(layout, 0.34, 0.44));
  return people.map((id, i) => ({
    // Within a burst the layout repeats and only the pose jitters: people shuffle a little.
    id,
    x: centre - span / 2 + i * spacing + between(pose, -0.12, 0.12) * r,
    y:
      baseY -
      (CAST[id].look.height - 1) * 8 * r +
      between(layout, -0.3, 0.3) * r +
      between(pose, -0.08, 0.08) * r,
    r,
  }));
}

export function composeShot(shot: DemoShot): ComposedShot {
  const { width: w, height: h } = shot;
  const land = isIndoor(shot.scene) ? NO_TINT : lightTint(shot.time, shot.weather);
  const scene = drawScene(shot.scene, {
    w,
    h,
    rng: mulberry32(shot.sceneSeed),
    time: shot.time,
    weather: shot.weather,
    variant: shot.variant,
    tint: land,
  });
  const layout = mulberry32(deriveSeed(shot.sceneSeed, 7));
  const pose = mulberry32(shot.poseSeed);
  const tint = peopleTint(shot, land);
  const faces: DrawnFace[] = [];
  let crowd = '';

  if (scene.ground !== null) {
    for (let i = 0; i < shot.strangers; i++) {
      const look = strangerLook(layout);
      const r = h * between(layout, 0.026, 0.042);
      const feet = scene.ground + between(layout, -0.03, 0.02) * h;
      const x = w * between(layout, 0.05, 0.95);
      const drawn = drawPerson(
        look,
        x,
        feet - 9.5 * r * look.height,
        r,
        { color: land.color, amount: land.amount * 0.8 },
        'closed',
      );
      crowd += drawn.svg;
      if (drawn.face.w >= MIN_FACE) faces.push({ name: null, box: drawn.face });
    }
  }

  let people = '';
  placePeople(shot, layout, pose).forEach(({ id, x, y, r }) => {
    const member = CAST[id];
    const drawn = drawPerson(member.look, x, y, r, tint, chance(pose, 0.55) ? 'open' : 'closed');
    people += drawn.svg;
    faces.push({ name: member.name, box: drawn.face });
  });

  // A soft vignette, as most lenses have: it makes flat drawings read as photographs.
  const vignette = `<defs><radialGradient id="vignette" cx="50%" cy="50%" r="75%"><stop offset="60%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#000" stop-opacity="0.28"/></radialGradient></defs><rect width="${w}" height="${h}" fill="url(#vignette)"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${n(w)} ${n(h)}">${scene.back}${crowd}${people}${scene.front}${vignette}</svg>`;
  return { svg, faces };
}
