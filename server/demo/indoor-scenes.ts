/** The family's living room, and the same room dressed up for a birthday. */
import { between, chance, intBetween, pick } from './random.ts';
import { type SceneContext, type SceneDrawing, roundTree, sky } from './scene-kit.ts';
import { n, shade } from './svg.ts';

/**
 * The room stays the same from photo to photo (it is the same home); only where the camera
 * stands moves things around. Lamps are on in the evening, the window shows the time of day.
 */
export function room(ctx: SceneContext): SceneDrawing {
  const { w, h, rng } = ctx;
  const evening = ctx.time === 'night' || ctx.time === 'sunset';
  const wall = evening ? '#d8c2a4' : '#ece0cc';
  const floorY = h * between(rng, 0.7, 0.78);
  let back = `<rect width="${w}" height="${h}" fill="${wall}"/>`;
  // Window: the sky of the moment, clipped to the frame, with a tree outside.
  const [wx, wy, ww, wh] = [w * between(rng, -0.05, 0.65), h * 0.12, w * 0.3, h * 0.42];
  back += `<clipPath id="window"><rect x="${n(wx)}" y="${n(wy)}" width="${n(ww)}" height="${n(wh)}"/></clipPath>`;
  back += `<g clip-path="url(#window)">${sky({ ...ctx, h: h * 0.6 }, wy + wh)}${roundTree(rng, wx + ww * 0.7, wy + wh * 1.1, wh * 0.9, ctx.time === 'night' ? '#1c2a22' : '#5a9346')}</g>`;
  back += `<rect x="${n(wx)}" y="${n(wy)}" width="${n(ww)}" height="${n(wh)}" fill="none" stroke="#ffffff" stroke-width="${n(w * 0.012)}"/><rect x="${n(wx + ww / 2 - 4)}" y="${n(wy)}" width="8" height="${n(wh)}" fill="#ffffff"/>`;
  back += `<rect x="${n(wx - w * 0.04)}" y="${n(wy - h * 0.03)}" width="${n(w * 0.05)}" height="${n(wh + h * 0.12)}" fill="#c96f4a" opacity="0.9"/>`;
  // Pictures on the wall.
  for (let i = 0; i < 3; i++) {
    const [px, py, pw] = [
      w * between(rng, 0, 0.9),
      h * between(rng, 0.1, 0.25),
      w * between(rng, 0.05, 0.09),
    ];
    if (px + pw > wx - w * 0.05 && px < wx + ww + w * 0.02) continue;
    back += `<rect x="${n(px)}" y="${n(py)}" width="${n(pw)}" height="${n(pw * 1.25)}" fill="#3a3a3a"/><rect x="${n(px + pw * 0.1)}" y="${n(py + pw * 0.1)}" width="${n(pw * 0.8)}" height="${n(pw * 1.05)}" fill="${pick(rng, ['#6fa8dc', '#e06666', '#93c47d', '#f6b26b'])}"/>`;
  }
  back += `<rect y="${n(floorY)}" width="${w}" height="${n(h - floorY)}" fill="#9c6b43"/>`;
  for (let y = floorY + h * 0.04; y < h; y += h * 0.05)
    back += `<rect y="${n(y)}" width="${w}" height="2" fill="#7d5434" opacity="0.6"/>`;
  // Sofa along the back wall.
  const sx = w * between(rng, -0.1, 0.4);
  const sofa = '#2f6f73';
  back += `<rect x="${n(sx)}" y="${n(floorY - h * 0.24)}" width="${n(w * 0.62)}" height="${n(h * 0.2)}" rx="${n(h * 0.03)}" fill="${shade(sofa, -0.1)}"/><rect x="${n(sx - w * 0.03)}" y="${n(floorY - h * 0.12)}" width="${n(w * 0.68)}" height="${n(h * 0.13)}" rx="${n(h * 0.03)}" fill="${sofa}"/>`;
  back += `<rect x="${n(sx + w * 0.08)}" y="${n(floorY - h * 0.2)}" width="${n(w * 0.09)}" height="${n(h * 0.09)}" rx="12" fill="#f2c14e"/>`;
  // Lamp and plant.
  const lx = sx + w * 0.66;
  back += `<rect x="${n(lx)}" y="${n(floorY - h * 0.42)}" width="6" height="${n(h * 0.42)}" fill="#444"/><path d="M${n(lx - w * 0.035)} ${n(floorY - h * 0.4)}L${n(lx + w * 0.038)} ${n(floorY - h * 0.4)}L${n(lx + w * 0.02)} ${n(floorY - h * 0.5)}L${n(lx - w * 0.017)} ${n(floorY - h * 0.5)}Z" fill="${evening ? '#ffe6a8' : '#efe6d3'}"/>`;
  if (evening)
    back += `<circle cx="${n(lx)}" cy="${n(floorY - h * 0.4)}" r="${n(h * 0.25)}" fill="#ffd88a" opacity="0.18"/>`;
  const plantX = chance(rng, 0.5) ? w * 0.05 : w * 0.9;
  back += `<path d="M${n(plantX - w * 0.03)} ${n(floorY + h * 0.05)}L${n(plantX + w * 0.03)} ${n(floorY + h * 0.05)}L${n(plantX + w * 0.025)} ${n(floorY - h * 0.03)}L${n(plantX - w * 0.025)} ${n(floorY - h * 0.03)}Z" fill="#b5643c"/>`;
  for (let i = 0; i < 9; i++)
    back += `<ellipse cx="${n(plantX + between(rng, -1, 1) * w * 0.04)}" cy="${n(floorY - h * between(rng, 0.06, 0.2))}" rx="${n(w * 0.012)}" ry="${n(h * 0.05)}" fill="${shade('#3f7d3a', between(rng, -0.15, 0.15))}" transform="rotate(${intBetween(rng, -40, 40)} ${n(plantX)} ${n(floorY - h * 0.03)})"/>`;
  if (evening) back += `<rect width="${w}" height="${h}" fill="#ff9a3d" opacity="0.08"/>`;
  return { back, front: '', ground: null };
}

export function party(ctx: SceneContext): SceneDrawing {
  const { w, h, rng } = ctx;
  const base = room(ctx);
  let back = base.back;
  const colours = ['#e74c3c', '#f1c40f', '#3498db', '#2ecc71', '#9b59b6', '#ff7eb3'];
  // Bunting across the top.
  let flags = `<path d="M0 ${n(h * 0.05)}Q${n(w / 2)} ${n(h * 0.14)} ${w} ${n(h * 0.05)}" stroke="#555" stroke-width="3" fill="none"/>`;
  for (let i = 0; i < 14; i++) {
    const u = (i + 0.5) / 14;
    const [x, y] = [u * w, h * 0.05 + h * 0.09 * 4 * u * (1 - u)];
    flags += `<path d="M${n(x - w * 0.022)} ${n(y)}L${n(x + w * 0.022)} ${n(y)}L${n(x)} ${n(y + h * 0.07)}Z" fill="${colours[i % colours.length]}"/>`;
  }
  back += flags;
  for (let i = 0; i < intBetween(rng, 5, 9); i++) {
    const [bx, by, br] = [rng() * w, h * between(rng, 0.12, 0.45), h * between(rng, 0.035, 0.055)];
    back += `<path d="M${n(bx)} ${n(by + br * 1.2)}Q${n(bx + br)} ${n(by + br * 3)} ${n(bx)} ${n(by + br * 5)}" stroke="#777" stroke-width="2" fill="none"/><ellipse cx="${n(bx)}" cy="${n(by)}" rx="${n(br)}" ry="${n(br * 1.2)}" fill="${pick(rng, colours)}"/><ellipse cx="${n(bx - br * 0.35)}" cy="${n(by - br * 0.4)}" rx="${n(br * 0.2)}" ry="${n(br * 0.3)}" fill="#ffffff" opacity="0.5"/>`;
  }
  // Table with the cake, in front of everyone.
  const top = h * 0.8;
  const cx = w * between(rng, 0.35, 0.65);
  let front = `<rect y="${n(top)}" width="${w}" height="${n(h - top)}" fill="#f4f1ea"/><rect y="${n(top)}" width="${w}" height="${n(h * 0.02)}" fill="#d9d2c3"/>`;
  const [cw, ch] = [h * 0.26, h * 0.12];
  front += `<ellipse cx="${n(cx)}" cy="${n(top + h * 0.01)}" rx="${n(cw * 0.65)}" ry="${n(h * 0.025)}" fill="#ffffff" stroke="#ccc"/>`;
  front += `<rect x="${n(cx - cw / 2)}" y="${n(top - ch)}" width="${n(cw)}" height="${n(ch)}" rx="8" fill="#f7d9e3"/><path d="M${n(cx - cw / 2)} ${n(top - ch + 10)}Q${n(cx - cw / 4)} ${n(top - ch + 30)} ${n(cx)} ${n(top - ch + 10)}T${n(cx + cw / 2)} ${n(top - ch + 10)}L${n(cx + cw / 2)} ${n(top - ch)}L${n(cx - cw / 2)} ${n(top - ch)}Z" fill="#ffffff"/>`;
  for (let i = 0; i < intBetween(rng, 3, 6); i++) {
    const x = cx - cw * 0.35 + (i * cw * 0.7) / 5;
    front += `<rect x="${n(x - 3)}" y="${n(top - ch - h * 0.05)}" width="6" height="${n(h * 0.05)}" fill="${pick(rng, colours)}"/><ellipse cx="${n(x)}" cy="${n(top - ch - h * 0.06)}" rx="5" ry="10" fill="#ffb52e"/><circle cx="${n(x)}" cy="${n(top - ch - h * 0.06)}" r="18" fill="#ffd36b" opacity="0.35"/>`;
  }
  return { back, front, ground: null };
}
