/** Outdoor scenes without a city: mountains, waterfalls, coasts, forests, gardens, parks. */
import { type Rng, between, chance, intBetween, pick } from './random.ts';
import {
  type SceneContext,
  type SceneDrawing,
  flower,
  pine,
  ridge,
  roundTree,
  sky,
  snowyRidge,
  water,
} from './scene-kit.ts';
import { n, shade, tinted } from './svg.ts';

const MOUNTAIN_COLOURS: Record<
  string,
  { far: string; mid: string; near: string; meadow: string; snow: number }
> = {
  iceland: { far: '#8c99a6', mid: '#5d5a52', near: '#6f7b4a', meadow: '#7f8f4e', snow: 0.3 },
  alps: { far: '#9fb2c8', mid: '#6c7f96', near: '#4f7a45', meadow: '#78a950', snow: 0.55 },
  dolomites: { far: '#c9c5bd', mid: '#b0a89c', near: '#5f8f45', meadow: '#8bbd5a', snow: 0.15 },
  hills: { far: '#8fa6b8', mid: '#5c7f6a', near: '#4f7d3f', meadow: '#86b35a', snow: 0 },
};

export function mountains(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const c = MOUNTAIN_COLOURS[ctx.variant] ?? MOUNTAIN_COLOURS.alps!;
  const horizon = h * between(rng, 0.42, 0.55);
  const jag = ctx.variant === 'dolomites' ? h * 0.12 : ctx.variant === 'hills' ? 0 : h * 0.025;
  const amp = ctx.variant === 'hills' ? h * 0.06 : h * 0.16;
  let back = sky(ctx, horizon);
  back +=
    c.snow > 0
      ? snowyRidge(
          ctx,
          'snow1',
          horizon - amp * 0.4,
          amp * 1.3,
          jag,
          tinted(c.far, tint),
          horizon - amp * (1.6 - c.snow * 1.6),
        )
      : ridge(ctx, horizon - amp * 0.3, amp, jag, tinted(c.far, tint));
  back += ridge(ctx, horizon + h * 0.04, amp * 0.6, jag * 0.3, tinted(c.mid, tint));
  const lake = ctx.variant !== 'dolomites' && chance(rng, 0.4);
  if (lake) back += water(ctx, 'lake', horizon + h * 0.1, '#2f5f7a', '#7fa9c4', horizon + h * 0.22);
  back += ridge(ctx, horizon + h * (lake ? 0.24 : 0.17), h * 0.05, 0, tinted(c.near, tint));
  if (ctx.variant !== 'iceland') {
    for (let i = 0; i < 26; i++) {
      const x = rng() * w;
      back += pine(
        x,
        horizon + h * between(rng, 0.2, 0.3),
        h * between(rng, 0.06, 0.12),
        tinted(shade('#2f5a34', between(rng, -0.2, 0.1)), tint),
      );
    }
  }
  back += ridge(ctx, h * 0.8, h * 0.04, 0, tinted(c.meadow, tint));
  return { back, front: '', ground: h * 0.9 };
}

export function waterfall(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const tall = ctx.variant === 'tall';
  const top = h * (tall ? 0.16 : 0.36);
  const fallX = w * between(rng, 0.38, 0.6);
  const fallW = w * (tall ? 0.1 : 0.16);
  let back = sky(ctx, h * 0.5);
  const cliff = tinted('#3e4a3a', tint);
  back += `<path d="M0 ${n(top + h * 0.04)}Q${n(w * 0.25)} ${n(top - h * 0.03)} ${n(fallX)} ${n(top)}L${n(fallX + fallW)} ${n(top)}Q${n(w * 0.8)} ${n(top - h * 0.02)} ${w} ${n(top + h * 0.05)}L${w} ${h}L0 ${h}Z" fill="${cliff}"/>`;
  back += `<path d="M0 ${n(top + h * 0.04)}Q${n(w * 0.25)} ${n(top - h * 0.03)} ${n(fallX)} ${n(top)}L${n(fallX + fallW)} ${n(top)}Q${n(w * 0.8)} ${n(top - h * 0.02)} ${w} ${n(top + h * 0.05)}L${w} ${n(top + h * 0.09)}L0 ${n(top + h * 0.08)}Z" fill="${tinted('#6f8a45', tint)}"/>`;
  const pool = h * 0.72;
  back += `<rect x="${n(fallX)}" y="${n(top)}" width="${n(fallW)}" height="${n(pool - top)}" fill="${tinted('#eef4f6', tint)}"/>`;
  for (let i = 0; i < 14; i++) {
    const x = fallX + rng() * fallW;
    back += `<rect x="${n(x)}" y="${n(top)}" width="${n(between(rng, 3, 9))}" height="${n(pool - top)}" fill="${tinted('#b8cdd6', tint)}" opacity="0.6"/>`;
  }
  back += water(ctx, 'pool', pool, '#2c5466', '#9cc3cf');
  for (let i = 0; i < 9; i++) {
    back += `<ellipse cx="${n(fallX + fallW / 2 + between(rng, -1.4, 1.4) * fallW)}" cy="${n(pool + between(rng, -0.02, 0.03) * h)}" rx="${n(fallW * between(rng, 0.5, 1))}" ry="${n(h * 0.035)}" fill="#ffffff" opacity="0.55"/>`;
  }
  back += `<path d="M0 ${n(h * 0.86)}Q${n(w * 0.5)} ${n(h * 0.8)} ${w} ${n(h * 0.88)}L${w} ${h}L0 ${h}Z" fill="${tinted('#4d5a3a', tint)}"/>`;
  return { back, front: '', ground: h * 0.92 };
}

export function glacier(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const horizon = h * 0.5;
  let back = sky(ctx, horizon);
  back += snowyRidge(
    ctx,
    'snow1',
    horizon - h * 0.06,
    h * 0.12,
    h * 0.02,
    tinted('#6d7886', tint),
    horizon - h * 0.02,
  );
  back += `<path d="M${n(w * 0.2)} ${n(horizon + h * 0.06)}Q${n(w * 0.5)} ${n(horizon - h * 0.08)} ${n(w * 0.85)} ${n(horizon + h * 0.06)}Z" fill="${tinted('#dcebf3', tint)}"/>`;
  back += water(ctx, 'lagoon', horizon + h * 0.05, '#1f4e63', '#6b9db2');
  for (let i = 0; i < 9; i++) {
    const [x, y, s] = [rng() * w, horizon + h * between(rng, 0.08, 0.3), h * between(rng, 0.03, 0.09)];
    const ice = pick(rng, ['#f4fbff', '#cfe9f5', '#9fd3ea']);
    back += `<path d="M${n(x - s * 1.6)} ${n(y)}L${n(x - s * 0.7)} ${n(y - s)}L${n(x + s * 0.2)} ${n(y - s * 1.3)}L${n(x + s * 1.4)} ${n(y - s * 0.4)}L${n(x + s * 1.8)} ${n(y)}Z" fill="${tinted(ice, tint)}"/>`;
  }
  back += `<rect y="${n(h * 0.86)}" width="${w}" height="${n(h * 0.14)}" fill="${tinted('#23211f', tint)}"/>`;
  return { back, front: '', ground: h * 0.93 };
}

export function aurora(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const horizon = h * 0.68;
  let back = sky(ctx, horizon);
  back +=
    '<defs><linearGradient id="curtain" x1="0" y1="0" x2="0" y2="1"><stop offset="0%" stop-color="#b46bff" stop-opacity="0"/><stop offset="45%" stop-color="#5dffb0" stop-opacity="0.55"/><stop offset="100%" stop-color="#2fe08a" stop-opacity="0"/></linearGradient></defs>';
  // Curtains: thin rays along a wavy arc, brighter where the arc folds.
  for (let band = 0; band < 2; band++) {
    const [base, amp, phase, from, to] = [
      h * between(rng, 0.1, 0.28),
      h * between(rng, 0.05, 0.12),
      rng() * 6,
      between(rng, -0.1, 0.3),
      between(rng, 0.7, 1.1),
    ];
    for (let x = from * w; x < to * w; x += w * between(rng, 0.004, 0.012)) {
      const y = base + amp * Math.sin((x / w) * 5 + phase);
      const fold = 0.5 + 0.5 * Math.cos((x / w) * 5 + phase);
      back += `<rect x="${n(x)}" y="${n(y)}" width="${n(w * between(rng, 0.006, 0.016))}" height="${n(h * between(rng, 0.18, 0.36))}" fill="url(#curtain)" opacity="${n(0.25 + 0.6 * fold * rng())}"/>`;
    }
  }
  if (ctx.variant === 'sea') {
    back += water(ctx, 'sea', horizon, '#050d1a', '#1d3a4a', h * 0.86);
    back += `<rect y="${n(h * 0.86)}" width="${w}" height="${n(h * 0.14)}" fill="#0b0b0c"/>`;
  } else {
    back += ridge(ctx, horizon, h * 0.06, h * 0.01, tinted('#2b3036', tint));
    if (ctx.variant === 'town') {
      for (let i = 0; i < 12; i++) {
        const [x, bw, bh] = [rng() * w, w * 0.04, h * between(rng, 0.05, 0.09)];
        back += `<rect x="${n(x)}" y="${n(h * 0.86 - bh)}" width="${n(bw)}" height="${n(bh + h * 0.2)}" fill="#141820"/><rect x="${n(x + bw * 0.35)}" y="${n(h * 0.86 - bh * 0.7)}" width="${n(bw * 0.3)}" height="${n(bh * 0.25)}" fill="#ffcf6e"/>`;
      }
    }
    back += `<rect y="${n(h * 0.86)}" width="${w}" height="${n(h * 0.14)}" fill="#101316"/>`;
  }
  return { back, front: '', ground: null };
}

export function coast(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const black = ctx.variant === 'black';
  const horizon = h * between(rng, 0.42, 0.52);
  let back = sky(ctx, horizon);
  back += water(ctx, 'sea', horizon, black ? '#2a4656' : '#1f7c94', black ? '#6f8894' : '#6cc3cf', h * 0.72);
  const left = chance(rng, 0.5);
  const cliff = tinted(black ? '#1f2124' : '#c98c4e', tint);
  const cx = left ? 0 : w;
  const dir = left ? 1 : -1;
  back += `<path d="M${cx} ${n(horizon - h * 0.18)}L${n(cx + dir * w * 0.18)} ${n(horizon - h * 0.15)}L${n(cx + dir * w * 0.28)} ${n(h * 0.75)}L${cx} ${n(h * 0.75)}Z" fill="${cliff}"/>`;
  if (black) {
    for (let i = 0; i < 3; i++) {
      const x = w * (left ? 0.55 + i * 0.09 : 0.25 + i * 0.09);
      const top = horizon - h * between(rng, 0.05, 0.16);
      back += `<path d="M${n(x - w * 0.025)} ${n(horizon + h * 0.05)}L${n(x - w * 0.012)} ${n(top)}L${n(x + w * 0.014)} ${n(top + h * 0.02)}L${n(x + w * 0.028)} ${n(horizon + h * 0.05)}Z" fill="${cliff}"/>`;
    }
  }
  back += `<path d="M0 ${n(h * 0.7)}Q${n(w * 0.3)} ${n(h * 0.68)} ${n(w * 0.6)} ${n(h * 0.72)}T${w} ${n(h * 0.7)}L${w} ${n(h * 0.74)}L0 ${n(h * 0.74)}Z" fill="#ffffff" opacity="0.7"/>`;
  back += `<rect y="${n(h * 0.735)}" width="${w}" height="${n(h * 0.27)}" fill="${tinted(black ? '#26262a' : '#e8cf9a', tint)}"/>`;
  return { back, front: '', ground: h * 0.9 };
}

export function forest(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const horizon = h * 0.45;
  let back = sky(ctx, horizon);
  back += ridge(ctx, horizon, h * 0.05, 0, tinted('#7b95a3', tint));
  if (ctx.variant === 'sandstone') {
    for (let i = 0; i < 7; i++) {
      const [x, pw, top] = [rng() * w, w * between(rng, 0.04, 0.09), horizon - h * between(rng, 0.0, 0.2)];
      back += `<rect x="${n(x)}" y="${n(top)}" width="${n(pw)}" height="${n(h - top)}" rx="${n(pw * 0.3)}" fill="${tinted(shade('#c9a577', between(rng, -0.15, 0.05)), tint)}"/>`;
      back += pine(x + pw / 2, top + h * 0.01, h * 0.06, tinted('#2d5730', tint));
    }
  }
  back += ridge(ctx, horizon + h * 0.12, h * 0.04, 0, tinted('#3f6b3a', tint));
  const trees = ctx.variant === 'green' ? 12 : 22;
  for (let i = 0; i < trees; i++) {
    const [x, y] = [rng() * w, horizon + h * between(rng, 0.15, 0.45)];
    const ht = h * between(rng, 0.18, 0.32) * (y / h + 0.3);
    back +=
      ctx.variant === 'green'
        ? roundTree(rng, x, y, ht * 1.4, tinted('#4b7f3a', tint))
        : pine(x, y, ht * 1.5, tinted(shade('#24502f', between(rng, -0.15, 0.1)), tint));
  }
  back += `<path d="M${n(w * 0.42)} ${n(horizon + h * 0.3)}L${n(w * 0.58)} ${n(horizon + h * 0.3)}L${n(w * 0.85)} ${h}L${n(w * 0.15)} ${h}Z" fill="${tinted('#a98a5e', tint)}"/>`;
  return { back, front: '', ground: h * 0.9 };
}

export function fuji(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const horizon = h * 0.6;
  const [peak, base] = [w * between(rng, 0.4, 0.6), h * 0.18];
  let back = sky(ctx, horizon);
  const cone = (dx: number): string => `${n(peak + dx * w * 0.5)} ${n(horizon)}`;
  back += `<path d="M${cone(-1)}L${n(peak - w * 0.06)} ${n(base)}L${n(peak + w * 0.06)} ${n(base)}L${cone(1)}Z" fill="${tinted('#56708f', tint)}"/>`;
  back += `<path d="M${n(peak - w * 0.06)} ${n(base)}L${n(peak + w * 0.06)} ${n(base)}L${n(peak + w * 0.17)} ${n(base + h * 0.15)}L${n(peak + w * 0.1)} ${n(base + h * 0.12)}L${n(peak + w * 0.04)} ${n(base + h * 0.17)}L${n(peak - w * 0.03)} ${n(base + h * 0.12)}L${n(peak - w * 0.1)} ${n(base + h * 0.16)}L${n(peak - w * 0.17)} ${n(base + h * 0.15)}Z" fill="${tinted('#f6f8fb', tint)}"/>`;
  back += ridge(ctx, horizon - h * 0.02, h * 0.03, 0, tinted('#3f6a4a', tint));
  back += water(ctx, 'lake', horizon + h * 0.03, '#2a5a78', '#8fb5cf', h * 0.85);
  back += `<rect y="${n(h * 0.85)}" width="${w}" height="${n(h * 0.15)}" fill="${tinted('#6d8f4a', tint)}"/>`;
  // A cherry branch reaching into the frame from one side.
  const [side, dir] = chance(rng, 0.5) ? [0, 1] : [w, -1];
  const tipX = side + dir * w * 0.3;
  back += `<path d="M${side} ${n(h * 0.05)}Q${n(side + dir * w * 0.15)} ${n(h * 0.12)} ${n(tipX)} ${n(h * 0.22)}" stroke="${tinted('#4a3228', tint)}" stroke-width="${n(h * 0.018)}" fill="none"/>`;
  for (let i = 0; i < 26; i++) {
    const u = rng();
    back += `<circle cx="${n(side + dir * u * w * 0.3 + between(rng, -1, 1) * h * 0.05)}" cy="${n(h * (0.05 + 0.17 * u * u) + between(rng, -1, 1) * h * 0.05)}" r="${n(h * between(rng, 0.02, 0.045))}" fill="${tinted(pick(rng, ['#f7c6d6', '#f3b1c6', '#fbdde7']), tint)}"/>`;
  }
  return { back, front: '', ground: h * 0.93 };
}

function lawnAndFence(ctx: SceneContext, horizon: number): string {
  const { w, h, rng, tint } = ctx;
  let out = `<rect y="${n(horizon)}" width="${w}" height="${n(h - horizon)}" fill="${tinted('#6fae4c', tint)}"/>`;
  const plank = w / 40;
  for (let x = 0; x < w; x += plank * 1.15) {
    out += `<rect x="${n(x)}" y="${n(horizon - h * 0.12)}" width="${n(plank)}" height="${n(h * 0.14)}" fill="${tinted('#c89a63', tint)}"/>`;
  }
  out += `<rect y="${n(horizon - h * 0.08)}" width="${w}" height="${n(h * 0.015)}" fill="${tinted('#a57946', tint)}"/>`;
  for (let i = 0; i < 40; i++) {
    const x = rng() * w;
    out += flower(
      x,
      horizon + h * between(rng, -0.02, 0.05),
      h * between(rng, 0.01, 0.018),
      tinted(pick(rng, ['#e84a5f', '#ffb7c5', '#f9d423', '#ffffff', '#9b59b6', '#ff7f50']), tint),
    );
  }
  return out;
}

export function garden(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const horizon = h * 0.5;
  let back = sky(ctx, horizon - h * 0.1);
  back += roundTree(rng, w * between(rng, 0.1, 0.9), horizon - h * 0.05, h * 0.55, tinted('#4f8a3c', tint));
  back += lawnAndFence(ctx, horizon);
  return { back, front: '', ground: h * 0.9 };
}

export function flowers(ctx: SceneContext): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  let back = `<rect width="${w}" height="${h}" fill="${tinted('#5f9a48', tint)}"/>`;
  for (let i = 0; i < 14; i++) {
    back += `<circle cx="${n(rng() * w)}" cy="${n(rng() * h)}" r="${n(h * between(rng, 0.1, 0.25))}" fill="${tinted(shade('#5f9a48', between(rng, -0.25, 0.2)), tint)}" opacity="0.7"/>`;
  }
  const petal = pick(rng, ['#e84a5f', '#ffb7c5', '#f9d423', '#ffffff', '#9b59b6', '#ff8c42']);
  const count = intBetween(rng, 4, 8);
  for (let i = 0; i < count; i++) {
    const [x, y, r] = [rng() * w, h * between(rng, 0.2, 0.85), h * between(rng, 0.07, 0.16)];
    back += `<path d="M${n(x)} ${n(y)}Q${n(x + r * 0.4)} ${n(y + h * 0.3)} ${n(x + r * 0.1)} ${h}" stroke="${tinted('#3d6b2c', tint)}" stroke-width="${n(r * 0.12)}" fill="none"/>`;
    back += `<ellipse cx="${n(x + r * 0.5)}" cy="${n(y + r * 1.6)}" rx="${n(r * 0.6)}" ry="${n(r * 0.22)}" fill="${tinted('#4a8a36', tint)}" transform="rotate(-30 ${n(x + r * 0.5)} ${n(y + r * 1.6)})"/>`;
    back += flower(x, y, r, tinted(shade(petal, between(rng, -0.1, 0.15)), tint), tinted('#f2b705', tint));
  }
  return { back, front: '', ground: null };
}

const PARK_LEAVES: Record<string, readonly string[]> = {
  autumn: ['#d9622b', '#e8a33c', '#c0392b', '#f1c40f', '#b5651d'],
  blossom: ['#f7c6d6', '#f3b1c6', '#fbdde7', '#f5a8c0'],
  summer: ['#4f8a3c', '#5fa04a', '#3e7a34'],
};

export function park(ctx: SceneContext, skylineBehind?: (rng: Rng, horizon: number) => string): SceneDrawing {
  const { w, h, rng, tint } = ctx;
  const horizon = h * 0.5;
  let back = sky(ctx, horizon);
  if (skylineBehind) back += skylineBehind(rng, horizon);
  const leaves = PARK_LEAVES[ctx.variant] ?? PARK_LEAVES.summer!;
  back += `<rect y="${n(horizon)}" width="${w}" height="${n(h - horizon)}" fill="${tinted(ctx.variant === 'autumn' ? '#8fa448' : '#6caa4a', tint)}"/>`;
  for (let i = 0; i < 16; i++) {
    const y = horizon + h * between(rng, 0.0, 0.12);
    back += roundTree(
      rng,
      rng() * w,
      y,
      h * between(rng, 0.3, 0.5),
      tinted(pick(rng, leaves), tint),
      tinted('#4b3626', tint),
    );
  }
  back += `<path d="M${n(w * 0.3)} ${h}C${n(w * 0.45)} ${n(h * 0.8)} ${n(w * 0.7)} ${n(h * 0.7)} ${n(w * 0.62)} ${n(horizon + h * 0.1)}L${n(w * 0.66)} ${n(horizon + h * 0.1)}C${n(w * 0.8)} ${n(h * 0.7)} ${n(w * 0.7)} ${n(h * 0.85)} ${n(w * 0.7)} ${h}Z" fill="${tinted('#cdbb98', tint)}"/>`;
  for (let i = 0; i < (ctx.variant === 'autumn' ? 80 : 0); i++) {
    back += `<circle cx="${n(rng() * w)}" cy="${n(horizon + rng() * (h - horizon))}" r="${n(between(rng, 3, 6))}" fill="${tinted(pick(rng, leaves), tint)}"/>`;
  }
  return { back, front: '', ground: h * 0.85 };
}
