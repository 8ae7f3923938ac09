/** Towns and landmarks: Lisbon's hills, bridges, a palace, skylines, a shrine under cherry trees. */
import { type Rng, between, chance, intBetween, pick } from './random.ts';
import { type SceneContext, type SceneDrawing, ridge, roundTree, sky, water } from './scene-kit.ts';
import { n, shade, tinted } from './svg.ts';

/**
 * Window patterns (one tile repeated across every facade): drawing each window as its own shape
 * would mean thousands of elements per skyline. At night a random subset of the tile is lit.
 */
function windowPatterns(ctx: SceneContext): string {
  const { rng, time } = ctx;
  let tile = '';
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 4; col++) {
      const lit = time === 'night' ? chance(rng, 0.45) : false;
      const fill = lit
        ? pick(rng, ['#ffd37a', '#ffe9a8', '#fff4d6'])
        : time === 'night'
          ? '#1a2238'
          : tinted('#9fb7cc', ctx.tint);
      tile += `<rect x="${col * 16 + 4}" y="${row * 22 + 5}" width="8" height="12" fill="${fill}"/>`;
    }
  }
  return `<defs><pattern id="win" width="64" height="88" patternUnits="userSpaceOnUse">${tile}</pattern></defs>`;
}

function building(ctx: SceneContext, x: number, top: number, bw: number, colour: string): string {
  return `<rect x="${n(x)}" y="${n(top)}" width="${n(bw)}" height="${n(ctx.h - top)}" fill="${tinted(colour, ctx.tint)}"/><rect x="${n(x + 6)}" y="${n(top + 10)}" width="${n(bw - 12)}" height="${n(ctx.h - top)}" fill="url(#win)"/>`;
}

export function hillsTown(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const lisbon = ctx.variant === 'lisbon';
  const horizon = h * between(rng, 0.38, 0.46);
  let back = sky(ctx, horizon) + windowPatterns(ctx);
  back += water(ctx, 'river', horizon, '#3a6f8f', '#8db8cf', horizon + h * 0.06);
  back += ridge(ctx, horizon + h * 0.06, h * 0.05, 0, tinted(lisbon ? '#8a9a6a' : '#6f7f78', tint));
  if (!lisbon) {
    // Hallgrímskirkja: the stepped concrete tower every Reykjavík photo has.
    const cx = w * between(rng, 0.3, 0.7);
    const church = tinted('#d9dadb', tint);
    [0.08, 0.06, 0.04].forEach((half, i) => {
      back += `<rect x="${n(cx - w * half)}" y="${n(horizon - h * (0.12 + i * 0.08))}" width="${n(w * half * 2)}" height="${n(h * 0.5)}" fill="${shade(church, -i * 0.05)}"/>`;
    });
    back += `<path d="M${n(cx - w * 0.02)} ${n(horizon - h * 0.28)}L${n(cx)} ${n(horizon - h * 0.36)}L${n(cx + w * 0.02)} ${n(horizon - h * 0.28)}Z" fill="${church}"/>`;
  }
  const walls = lisbon
    ? ['#f3d77a', '#f2b8a2', '#ffffff', '#9ec5e0', '#e8a25c', '#f6e7c8']
    : ['#ffffff', '#f2f2ee', '#dfe6ea'];
  const roofs = lisbon ? ['#c4552d', '#b5482a', '#d0683b'] : ['#c0392b', '#2d6da3', '#3f8f5a', '#4a4a4a'];
  // Rows of houses stepping down the hillside, nearer rows bigger; each with its own few windows.
  const rows = 6;
  const lit = (): string =>
    ctx.time === 'night' ? (chance(rng, 0.55) ? '#ffd37a' : '#1b2238') : tinted('#5d7890', tint);
  for (let r = 0; r < rows; r++) {
    const y0 = horizon + h * 0.05 + (r / rows) * h * 0.6;
    const size = h * (0.065 + r * 0.022);
    for (let x = -rng() * w * 0.05; x < w;) {
      const [bw, hh] = [size * between(rng, 0.9, 1.7), size * between(rng, 0.8, 1.3)];
      const y = y0 + size - hh + between(rng, -0.1, 0.1) * size;
      back += `<rect x="${n(x)}" y="${n(y)}" width="${n(bw)}" height="${n(hh + size * 0.4)}" fill="${tinted(pick(rng, walls), tint)}"/>`;
      back += `<path d="M${n(x - bw * 0.05)} ${n(y)}L${n(x + bw / 2)} ${n(y - hh * 0.3)}L${n(x + bw * 1.05)} ${n(y)}Z" fill="${tinted(pick(rng, roofs), tint)}"/>`;
      const cols = Math.max(1, Math.round(bw / size / 0.5));
      for (let c = 0; c < cols; c++) {
        for (const fy of [0.2, 0.58])
          back += `<rect x="${n(x + (bw * (c + 0.3)) / cols)}" y="${n(y + hh * fy)}" width="${n((bw * 0.4) / cols)}" height="${n(hh * 0.24)}" fill="${lit()}"/>`;
      }
      x += bw * between(rng, 1.0, 1.12);
    }
  }
  if (lisbon && chance(rng, 0.5)) {
    // The yellow tram.
    const tx = w * between(rng, 0.1, 0.6);
    const ty = h * 0.8;
    back += `<rect x="${n(tx)}" y="${n(ty)}" width="${n(w * 0.22)}" height="${n(h * 0.12)}" rx="${n(h * 0.015)}" fill="${tinted('#f4c430', tint)}"/><rect x="${n(tx)}" y="${n(ty + h * 0.085)}" width="${n(w * 0.22)}" height="${n(h * 0.035)}" fill="${tinted('#f6f1e4', tint)}"/>`;
    for (let i = 0; i < 5; i++)
      back += `<rect x="${n(tx + w * (0.01 + i * 0.042))}" y="${n(ty + h * 0.02)}" width="${n(w * 0.032)}" height="${n(h * 0.045)}" fill="${ctx.time === 'night' ? '#ffe3a0' : '#5e7f96'}"/>`;
  }
  back += `<rect y="${n(h * 0.93)}" width="${w}" height="${n(h * 0.07)}" fill="${tinted('#b9b2a6', tint)}"/>`;
  return { back, front: '', ground: h * 0.97 };
}

export function bridge(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const red = ctx.variant === 'red';
  const horizon = h * 0.5;
  let back = sky(ctx, horizon) + windowPatterns(ctx);
  if (red) back += ridge(ctx, horizon - h * 0.02, h * 0.03, 0, tinted('#7d8f6a', tint));
  else
    for (let x = 0; x < w; x += w * between(rng, 0.03, 0.06))
      back += building(
        ctx,
        x,
        horizon - h * between(rng, 0.05, 0.3),
        w * 0.045,
        pick(rng, ['#8b95a1', '#a7a9a3', '#6f7c8a']),
      );
  back += water(ctx, 'river', horizon, '#244e66', '#7aa6bd', h * 0.8);
  const colour = tinted(red ? '#c2402c' : '#b59f7f', tint);
  const deck = horizon + h * 0.08;
  const towers = [w * between(rng, 0.2, 0.3), w * between(rng, 0.7, 0.8)];
  const top = horizon - h * 0.3;
  const cable = tinted(red ? '#b13a28' : '#4b4b4b', tint);
  const [t0 = 0, t1 = 0] = towers;
  back += `<path d="M0 ${n(deck - h * 0.2)}Q${n(t0 * 0.6)} ${n(deck - h * 0.02)} ${n(t0)} ${n(top)}Q${n((t0 + t1) / 2)} ${n(deck + h * 0.15)} ${n(t1)} ${n(top)}Q${n(t1 + (w - t1) * 0.4)} ${n(deck - h * 0.02)} ${w} ${n(deck - h * 0.2)}" stroke="${cable}" stroke-width="${n(h * 0.006)}" fill="none"/>`;
  for (let x = 0; x < w; x += w / 60) {
    const between0 = x > t0 && x < t1;
    const u = between0 ? (x - t0) / (t1 - t0) : 0;
    const cy = top + 2 * u * (1 - u) * (deck + h * 0.15 - top); // on the main cable's curve
    if (between0)
      back += `<line x1="${n(x)}" y1="${n(cy)}" x2="${n(x)}" y2="${n(deck)}" stroke="${cable}" stroke-width="2" opacity="0.8"/>`;
  }
  back += `<rect y="${n(deck)}" width="${w}" height="${n(h * 0.025)}" fill="${colour}"/>`;
  for (const tx of towers) {
    const tw = w * 0.035;
    back += `<rect x="${n(tx - tw / 2)}" y="${n(top)}" width="${n(tw)}" height="${n(h * 0.8 - top)}" fill="${colour}"/>`;
    if (red)
      for (const f of [0.1, 0.45])
        back += `<rect x="${n(tx - tw)}" y="${n(top + (deck - top) * f)}" width="${n(tw * 2)}" height="${n(h * 0.015)}" fill="${colour}"/>`;
    else
      back += `<rect x="${n(tx - tw * 0.9)}" y="${n(top)}" width="${n(tw * 1.8)}" height="${n(h * 0.8 - top)}" fill="${colour}"/><path d="M${n(tx - tw * 0.55)} ${n(deck)}L${n(tx - tw * 0.55)} ${n(top + h * 0.06)}Q${n(tx - tw * 0.3)} ${n(top + h * 0.03)} ${n(tx - tw * 0.05)} ${n(top + h * 0.06)}L${n(tx - tw * 0.05)} ${n(deck)}ZM${n(tx + tw * 0.05)} ${n(deck)}L${n(tx + tw * 0.05)} ${n(top + h * 0.06)}Q${n(tx + tw * 0.3)} ${n(top + h * 0.03)} ${n(tx + tw * 0.55)} ${n(top + h * 0.06)}L${n(tx + tw * 0.55)} ${n(deck)}Z" fill="${tinted('#9fb5c8', tint)}" opacity="0.9"/>`;
  }
  back += `<rect y="${n(h * 0.8)}" width="${w}" height="${n(h * 0.2)}" fill="${tinted('#a7a196', tint)}"/><rect y="${n(h * 0.8)}" width="${w}" height="${n(h * 0.012)}" fill="${tinted('#5a5a5a', tint)}"/>`;
  return { back, front: '', ground: h * 0.93 };
}

export function castle(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const horizon = h * 0.55;
  let back = sky(ctx, horizon);
  back += ridge(ctx, horizon - h * 0.05, h * 0.08, 0, tinted('#3f6d3a', tint));
  const cx = w * between(rng, 0.35, 0.65);
  const base = horizon - h * 0.12;
  const block = (x: number, y: number, bw: number, bh: number, colour: string): string => {
    let out = `<rect x="${n(x)}" y="${n(y)}" width="${n(bw)}" height="${n(bh)}" fill="${tinted(colour, tint)}"/>`;
    for (let k = 0; k < bw / (w * 0.012); k += 2)
      out += `<rect x="${n(x + k * w * 0.012)}" y="${n(y - h * 0.015)}" width="${n(w * 0.012)}" height="${n(h * 0.016)}" fill="${tinted(colour, tint)}"/>`;
    return out;
  };
  back += block(cx - w * 0.16, base - h * 0.1, w * 0.18, h * 0.14, '#c65b5b');
  back += block(cx + w * 0.02, base - h * 0.08, w * 0.14, h * 0.12, '#8fa3bf');
  back += block(cx - w * 0.03, base - h * 0.22, w * 0.06, h * 0.26, '#f2c744');
  back += `<ellipse cx="${n(cx)}" cy="${n(base - h * 0.22)}" rx="${n(w * 0.033)}" ry="${n(h * 0.05)}" fill="${tinted('#e0b43a', tint)}"/>`;
  // The park's trees stay below the palace: it sits on the hilltop, above the forest.
  for (let i = 0; i < 16; i++)
    back += roundTree(
      rng,
      rng() * w,
      horizon + h * between(rng, 0.15, 0.45),
      h * between(rng, 0.2, 0.3),
      tinted('#3e6e34', tint),
    );
  return { back, front: '', ground: h * 0.92 };
}

function landmark(ctx: SceneContext, x: number, ground: number): string {
  const { h, tint } = ctx;
  if (ctx.variant === 'tokyo') {
    // Tokyo Tower: a red and white lattice cone with its observation deck.
    const red = tinted('#e04a2f', tint);
    const top = ground - h * 0.62;
    return `<path d="M${n(x - h * 0.12)} ${n(ground)}L${n(x - h * 0.012)} ${n(top)}L${n(x + h * 0.012)} ${n(top)}L${n(x + h * 0.12)} ${n(ground)}L${n(x + h * 0.08)} ${n(ground)}L${n(x)} ${n(ground - h * 0.2)}L${n(x - h * 0.08)} ${n(ground)}Z" fill="${red}"/><rect x="${n(x - h * 0.05)}" y="${n(ground - h * 0.3)}" width="${n(h * 0.1)}" height="${n(h * 0.03)}" fill="${tinted('#f4f4f4', tint)}"/><rect x="${n(x - h * 0.025)}" y="${n(ground - h * 0.48)}" width="${n(h * 0.05)}" height="${n(h * 0.02)}" fill="${tinted('#f4f4f4', tint)}"/>`;
  }
  if (ctx.variant === 'ny') {
    const stone = tinted('#b8ad9a', tint);
    return (
      [0.16, 0.12, 0.08, 0.05, 0.025]
        .map(
          (half, i) =>
            `<rect x="${n(x - h * half * 0.6)}" y="${n(ground - h * (0.35 + i * 0.06))}" width="${n(h * half * 1.2)}" height="${n(h * 0.8)}" fill="${stone}"/>`,
        )
        .join('') +
      `<rect x="${n(x - 2)}" y="${n(ground - h * 0.72)}" width="4" height="${n(h * 0.1)}" fill="${stone}"/><rect x="${n(x - h * 0.05)}" y="${n(ground - h * 0.35)}" width="${n(h * 0.1)}" height="${n(h * 0.35)}" fill="url(#win)"/>`
    );
  }
  // Berlin's Fernsehturm: a needle with its silver ball and red-white antenna.
  const grey = tinted('#c9cdd2', tint);
  const ball = ground - h * 0.5;
  return `<rect x="${n(x - h * 0.012)}" y="${n(ball)}" width="${n(h * 0.024)}" height="${n(h * 0.5)}" fill="${grey}"/><circle cx="${n(x)}" cy="${n(ball)}" r="${n(h * 0.045)}" fill="${tinted('#dfe3e8', tint)}"/><rect x="${n(x - h * 0.046)}" y="${n(ball - h * 0.004)}" width="${n(h * 0.092)}" height="${n(h * 0.01)}" fill="${tinted('#7a8896', tint)}"/><rect x="${n(x - 3)}" y="${n(ball - h * 0.17)}" width="6" height="${n(h * 0.13)}" fill="${tinted('#d94b3a', tint)}"/><rect x="${n(x - 3)}" y="${n(ball - h * 0.13)}" width="6" height="${n(h * 0.025)}" fill="#ffffff"/>`;
}

export function skyline(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const ground = h * 0.78;
  let back = sky(ctx, ground) + windowPatterns(ctx);
  const palette =
    ctx.variant === 'berlin'
      ? ['#e7d8c3', '#c9b8a6', '#f0e4cf', '#d1c9bd']
      : ctx.variant === 'ny'
        ? ['#8d8579', '#a49c8f', '#6f7883', '#b8b2a5']
        : ['#a9b6c4', '#d4dbe2', '#8e9aa8', '#c1c9cf'];
  const tall = ctx.variant === 'berlin' ? 0.22 : 0.5;
  const drawRow = (scale: number, shadeBy: number): void => {
    for (let x = -rng() * 40; x < w;) {
      const bw = w * between(rng, 0.05, 0.1);
      back += building(
        ctx,
        x,
        ground - h * tall * scale * between(rng, 0.35, 1),
        bw,
        shade(pick(rng, palette), shadeBy),
      );
      x += bw + w * between(rng, 0, 0.015);
    }
  };
  drawRow(1, -0.12);
  back += landmark(ctx, w * between(rng, 0.2, 0.8), ground);
  drawRow(0.45, 0);
  if (ctx.variant === 'tokyo' && ctx.time === 'night') {
    for (let i = 0; i < 14; i++)
      back += `<rect x="${n(rng() * w)}" y="${n(ground - h * between(rng, 0.05, 0.25))}" width="${n(w * 0.015)}" height="${n(h * between(rng, 0.05, 0.12))}" fill="${pick(rng, ['#ff4fa3', '#3ff0ff', '#ffe14f', '#ff6b3d'])}"/>`;
  }
  back += `<rect y="${n(ground)}" width="${w}" height="${n(h - ground)}" fill="${tinted('#6d6f73', tint)}"/><rect y="${n(ground + h * 0.09)}" width="${w}" height="${n(h * 0.13)}" fill="${tinted('#a8a49c', tint)}"/>`;
  for (let x = rng() * 80; x < w; x += 160)
    back += `<rect x="${n(x)}" y="${n(ground + h * 0.045)}" width="70" height="6" fill="${tinted('#e8e2c8', tint)}"/>`;
  if (ctx.variant === 'ny' && ctx.time !== 'night' && chance(rng, 0.7)) {
    const tx = rng() * w * 0.8;
    back += `<rect x="${n(tx)}" y="${n(ground + h * 0.01)}" width="${n(w * 0.12)}" height="${n(h * 0.06)}" rx="10" fill="${tinted('#f7c325', tint)}"/><rect x="${n(tx + w * 0.02)}" y="${n(ground - h * 0.02)}" width="${n(w * 0.07)}" height="${n(h * 0.035)}" rx="6" fill="${tinted('#f7c325', tint)}"/><circle cx="${n(tx + w * 0.025)}" cy="${n(ground + h * 0.07)}" r="${n(h * 0.015)}" fill="#222"/><circle cx="${n(tx + w * 0.095)}" cy="${n(ground + h * 0.07)}" r="${n(h * 0.015)}" fill="#222"/>`;
  }
  return { back, front: '', ground: h * 0.96 };
}

export function shrine(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const horizon = h * 0.62;
  let back = sky(ctx, horizon);
  // A five-storey pagoda behind the gate.
  const px = w * between(rng, 0.15, 0.35);
  for (let i = 0; i < 5; i++) {
    const y = horizon - h * (0.08 + i * 0.08);
    const half = w * (0.07 - i * 0.008);
    back += `<rect x="${n(px - half * 0.55)}" y="${n(y)}" width="${n(half * 1.1)}" height="${n(h * 0.06)}" fill="${tinted('#b8432f', tint)}"/><path d="M${n(px - half)} ${n(y)}Q${n(px)} ${n(y - h * 0.04)} ${n(px + half)} ${n(y)}Z" fill="${tinted('#3d3f46', tint)}"/>`;
  }
  back += `<rect y="${n(horizon)}" width="${w}" height="${n(h - horizon)}" fill="${tinted('#d8cfbf', tint)}"/>`;
  const gx = w * between(rng, 0.5, 0.75);
  const red = tinted('#d8412f', tint);
  const gw = w * 0.3;
  const top = horizon - h * 0.42;
  back += `<rect x="${n(gx - gw * 0.38)}" y="${n(top)}" width="${n(w * 0.025)}" height="${n(horizon + h * 0.1 - top)}" fill="${red}"/><rect x="${n(gx + gw * 0.38 - w * 0.025)}" y="${n(top)}" width="${n(w * 0.025)}" height="${n(horizon + h * 0.1 - top)}" fill="${red}"/>`;
  back += `<path d="M${n(gx - gw * 0.6)} ${n(top - h * 0.04)}Q${n(gx)} ${n(top)} ${n(gx + gw * 0.6)} ${n(top - h * 0.04)}L${n(gx + gw * 0.55)} ${n(top + h * 0.03)}Q${n(gx)} ${n(top + h * 0.05)} ${n(gx - gw * 0.55)} ${n(top + h * 0.03)}Z" fill="${tinted('#2a2a2a', tint)}"/>`;
  back += `<rect x="${n(gx - gw * 0.5)}" y="${n(top + h * 0.03)}" width="${n(gw)}" height="${n(h * 0.03)}" fill="${red}"/><rect x="${n(gx - gw * 0.46)}" y="${n(top + h * 0.12)}" width="${n(gw * 0.92)}" height="${n(h * 0.025)}" fill="${red}"/>`;
  const blossoms = ['#f7c6d6', '#f3b1c6', '#fbdde7', '#f5a8c0'];
  for (let i = 0; i < intBetween(rng, 5, 8); i++) {
    back += roundTree(
      rng,
      rng() * w,
      horizon + h * between(rng, -0.02, 0.08),
      h * between(rng, 0.4, 0.6),
      tinted(pick(rng, blossoms), tint),
      tinted('#5a4035', tint),
    );
  }
  return { back, front: '', ground: h * 0.92 };
}

/** The skyline peeking over Central Park's trees. */
export function parkSkyline(ctx: SceneContext): (rng: Rng, horizon: number) => string {
  return (rng, horizon) => {
    let out = windowPatterns(ctx);
    for (let x = 0; x < ctx.w; x += ctx.w * between(rng, 0.05, 0.08))
      out += building(
        { ...ctx, h: horizon + ctx.h * 0.05 },
        x,
        horizon - ctx.h * between(rng, 0.08, 0.3),
        ctx.w * 0.05,
        pick(rng, ['#8d8579', '#a49c8f', '#6f7883']),
      );
    return out;
  };
}
