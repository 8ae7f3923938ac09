/**
 * The demo library's people and how to draw them: friendly flat figures with round heads, hair,
 * eyes and a smile, so a face detector (and a person) reads them as faces. Each named person keeps
 * one look across all their photos, so their face thumbnails look like the same person.
 */
import { type Rng, pick, between, chance } from './random.ts';
import { type Box, type Tint, n, shade, tinted } from './svg.ts';

export type HairStyle = 'short' | 'long' | 'bob' | 'bun' | 'curly' | 'buzz' | 'ponytail' | 'bald';

export interface Look {
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  shirt: string;
  pants: string;
  glasses?: boolean;
  beard?: boolean;
  /** Relative body size: adults vary a little. */
  height: number;
}

export type PersonId = 'ana' | 'rui' | 'mei' | 'tom' | 'priya' | 'jonas' | 'lena' | 'sam';

export interface CastMember {
  id: PersonId;
  name: string;
  /** Month and day (`MM-DD`): their birthday parties fill the Birthdays album. */
  birthday: string;
  look: Look;
}

export const CAST: Record<PersonId, CastMember> = {
  ana: {
    id: 'ana',
    name: 'Ana Ferreira',
    birthday: '03-14',
    look: {
      skin: '#e3aa82',
      hair: '#3b2417',
      hairStyle: 'long',
      shirt: '#e4574a',
      pants: '#2f3e5c',
      height: 0.97,
    },
  },
  rui: {
    id: 'rui',
    name: 'Rui Costa',
    birthday: '07-02',
    look: {
      skin: '#d19a6e',
      hair: '#1d1613',
      hairStyle: 'short',
      shirt: '#2c4f87',
      pants: '#3a3a3a',
      beard: true,
      height: 1.04,
    },
  },
  mei: {
    id: 'mei',
    name: 'Mei Tanaka',
    birthday: '11-09',
    look: {
      skin: '#f0c7a0',
      hair: '#15110f',
      hairStyle: 'bob',
      shirt: '#f2b632',
      pants: '#44546a',
      height: 0.94,
    },
  },
  tom: {
    id: 'tom',
    name: 'Tom Becker',
    birthday: '05-17',
    look: {
      skin: '#f4d3bd',
      hair: '#d9b25b',
      hairStyle: 'short',
      shirt: '#3f8f5a',
      pants: '#6b5a45',
      glasses: true,
      height: 1.05,
    },
  },
  priya: {
    id: 'priya',
    name: 'Priya Nair',
    birthday: '09-30',
    look: {
      skin: '#a86b45',
      hair: '#1a1210',
      hairStyle: 'ponytail',
      shirt: '#8e44ad',
      pants: '#2b2b2b',
      height: 0.95,
    },
  },
  jonas: {
    id: 'jonas',
    name: 'Jonas Weber',
    birthday: '08-05',
    look: {
      skin: '#f2c9ad',
      hair: '#b5532a',
      hairStyle: 'curly',
      shirt: '#5d7b93',
      pants: '#30343f',
      beard: true,
      height: 1.02,
    },
  },
  lena: {
    id: 'lena',
    name: 'Lena Kowalski',
    birthday: '01-21',
    look: {
      skin: '#f6d8c4',
      hair: '#e8c872',
      hairStyle: 'bun',
      shirt: '#a78bd4',
      pants: '#4a4a5a',
      height: 0.96,
    },
  },
  sam: {
    id: 'sam',
    name: 'Sam Okafor',
    birthday: '12-12',
    look: {
      skin: '#6e442a',
      hair: '#120d0b',
      hairStyle: 'buzz',
      shirt: '#f08a24',
      pants: '#23324a',
      glasses: true,
      height: 1.03,
    },
  },
};

export const PERSON_IDS = Object.keys(CAST) as PersonId[];

const SKINS = ['#f7dcc8', '#eebf9c', '#d9a07a', '#b67a52', '#8d5634', '#5e3a24'];
const HAIRS = ['#1a1412', '#3d2618', '#6b4428', '#a8743c', '#d8bc7a', '#8a8a8a'];
const SHIRTS = [
  '#c0392b',
  '#2980b9',
  '#27ae60',
  '#7f8c8d',
  '#16a085',
  '#d35400',
  '#34495e',
  '#e67e22',
  '#9b59b6',
  '#ecf0f1',
];
const STYLES: readonly HairStyle[] = ['short', 'long', 'bob', 'bun', 'curly', 'buzz', 'ponytail', 'bald'];

/** Someone in the background: a random look that no cast member has. */
export function strangerLook(rng: Rng): Look {
  const style = pick(rng, STYLES);
  return {
    skin: pick(rng, SKINS),
    hair: pick(rng, HAIRS),
    hairStyle: style,
    shirt: pick(rng, SHIRTS),
    pants: pick(rng, ['#2d2d2d', '#3c4a66', '#5b4b3a', '#6d6d6d']),
    glasses: chance(rng, 0.2),
    beard: (style === 'short' || style === 'buzz' || style === 'bald') && chance(rng, 0.3),
    height: between(rng, 0.92, 1.06),
  };
}

// Everything below is drawn in "head units": head radius 100, head centre at (0, 0).

const HAIR_BACK: Partial<Record<HairStyle, string>> = {
  long: 'M-112 -20C-135 110-128 250-95 300L95 300C128 250 135 110 112 -20Z',
  bob: 'M-114 -20C-128 60-122 110-100 128L100 128C122 110 128 60 114 -20Z',
  ponytail: 'M95 -60C175 -40 185 90 150 190C140 120 125 40 90 0Z',
};
const HAIR_FRONT: Partial<Record<HairStyle, string>> = {
  short:
    'M-102 -8C-112 -100-45 -132 4 -126C66 -126 112 -96 102 -8C92 -52 52 -76 -4 -72C-52 -68-88 -46-102 -8Z',
  buzz: 'M-98 -30C-96 -98-44 -116 0 -114C48 -116 96 -98 98 -30C82 -70 44 -84 0 -84C-44 -84-82 -70-98 -30Z',
  long: 'M-108 20C-116 -96-44 -130 0 -126C52 -130 116 -96 108 20C98 -40 62 -78 12 -80C-40 -72-92 -40-108 20Z',
  bob: 'M-112 40C-120 -96-44 -132 0 -128C52 -132 120 -96 112 40C100 -20 80 -50 30 -58C-10 -40-80 -46-112 40Z',
  bun: 'M-104 0C-112 -100-44 -128 0 -124C52 -128 112 -100 104 0C94 -48 60 -76 0 -78C-60 -76-94 -48-104 0Z',
  ponytail:
    'M-106 4C-114 -98-44 -128 0 -124C52 -128 114 -98 106 4C96 -48 60 -76 10 -78C-40 -72-92 -44-106 4Z',
};

function hairSvg(look: Look, color: string, layer: 'back' | 'front'): string {
  if (layer === 'back') {
    const back = HAIR_BACK[look.hairStyle];
    return back ? `<path d="${back}" fill="${color}"/>` : '';
  }
  if (look.hairStyle === 'curly') {
    const curls: string[] = [];
    for (let a = 190; a <= 350; a += 20) {
      const rad = (a * Math.PI) / 180;
      curls.push(
        `<circle cx="${n(Math.cos(rad) * 92)}" cy="${n(Math.sin(rad) * 100 - 8)}" r="36" fill="${color}"/>`,
      );
    }
    return curls.join('');
  }
  const front = HAIR_FRONT[look.hairStyle];
  const bun = look.hairStyle === 'bun' ? `<circle cx="0" cy="-128" r="46" fill="${color}"/>` : '';
  return front ? `${bun}<path d="${front}" fill="${color}"/>` : '';
}

function faceSvg(look: Look, tint: Tint, smile: 'open' | 'closed'): string {
  const skin = tinted(look.skin, tint);
  const ink = tinted('#2a1b14', tint);
  const parts = [
    `<ellipse cx="-98" cy="12" rx="18" ry="26" fill="${shade(skin, -0.08)}"/>`,
    `<ellipse cx="98" cy="12" rx="18" ry="26" fill="${shade(skin, -0.08)}"/>`,
    `<ellipse cx="0" cy="0" rx="100" ry="110" fill="${skin}"/>`,
  ];
  if (look.beard) {
    parts.push(
      `<path d="M-100 10C-100 105-55 124 0 124C55 124 100 105 100 10C86 56 52 50 0 52C-52 50-86 56-100 10Z" fill="${tinted(look.hair, tint)}" opacity="0.92"/>`,
    );
  }
  parts.push(
    `<circle cx="-56" cy="38" r="17" fill="#ff7b6b" opacity="0.22"/><circle cx="56" cy="38" r="17" fill="#ff7b6b" opacity="0.22"/>`,
    `<path d="M-52 -36Q-36 -48-20 -38M20 -38Q36 -48 52 -36" stroke="${tinted(shade(look.hair, -0.1), tint)}" stroke-width="8" fill="none" stroke-linecap="round"/>`,
    `<ellipse cx="-36" cy="-6" rx="11" ry="14" fill="${ink}"/><ellipse cx="36" cy="-6" rx="11" ry="14" fill="${ink}"/>`,
    `<circle cx="-32" cy="-11" r="4" fill="#ffffff"/><circle cx="40" cy="-11" r="4" fill="#ffffff"/>`,
    `<path d="M-5 22Q2 36 10 24" stroke="${shade(skin, -0.25)}" stroke-width="6" fill="none" stroke-linecap="round"/>`,
  );
  parts.push(
    smile === 'open'
      ? `<path d="M-36 52Q0 100 36 52Q0 64-36 52Z" fill="${tinted('#7b2d26', tint)}"/><path d="M-30 55Q0 64 30 55L27 63Q0 70-27 63Z" fill="#ffffff"/>`
      : `<path d="M-34 54Q0 84 34 54" stroke="${tinted('#8a3a2a', tint)}" stroke-width="8" fill="none" stroke-linecap="round"/>`,
  );
  if (look.glasses) {
    parts.push(
      `<g stroke="${tinted('#2b2b2b', tint)}" stroke-width="6" fill="#ffffff" fill-opacity="0.12"><circle cx="-37" cy="-6" r="27"/><circle cx="37" cy="-6" r="27"/><path d="M-10 -8Q0 -14 10 -8" fill="none"/></g>`,
    );
  }
  return parts.join('');
}

function bodySvg(look: Look, tint: Tint): string {
  const shirt = tinted(look.shirt, tint);
  const skin = tinted(look.skin, tint);
  const pants = tinted(look.pants, tint);
  return [
    `<ellipse cx="0" cy="935" rx="190" ry="34" fill="#000000" opacity="0.16"/>`,
    `<rect x="-108" y="560" width="100" height="360" rx="28" fill="${pants}"/>`,
    `<rect x="8" y="560" width="100" height="360" rx="28" fill="${pants}"/>`,
    `<ellipse cx="-62" cy="925" rx="60" ry="26" fill="${tinted('#2a2a2a', tint)}"/><ellipse cx="62" cy="925" rx="60" ry="26" fill="${tinted('#2a2a2a', tint)}"/>`,
    `<rect x="-30" y="80" width="60" height="85" fill="${shade(skin, -0.12)}"/>`,
    `<rect x="-178" y="195" width="56" height="330" rx="28" fill="${shade(shirt, -0.12)}"/>`,
    `<rect x="122" y="195" width="56" height="330" rx="28" fill="${shade(shirt, -0.12)}"/>`,
    `<circle cx="-150" cy="535" r="32" fill="${skin}"/><circle cx="150" cy="535" r="32" fill="${skin}"/>`,
    `<path d="M-138 600L-138 240Q-138 158-62 150L62 150Q138 158 138 240L138 600Z" fill="${shirt}"/>`,
    `<path d="M-40 150L0 205L40 150Z" fill="${shade(skin, -0.12)}"/>`,
  ].join('');
}

/** Where the face is, in head units: brows to chin, ear to ear (what a detector would box). */
const FACE_BOX = { cx: 0, cy: 8, w: 188, h: 216 };

/**
 * One person, head centre at (x, headY) with head radius r pixels. Returns the markup and the
 * face box in pixels of the same canvas.
 */
export function drawPerson(
  look: Look,
  x: number,
  headY: number,
  r: number,
  tint: Tint,
  smile: 'open' | 'closed',
): { svg: string; face: Box } {
  const s = r / 100;
  const hair = tinted(look.hair, tint);
  const svg =
    `<g transform="translate(${n(x)} ${n(headY)}) scale(${Math.round(s * 10000) / 10000})">` +
    hairSvg(look, hair, 'back') +
    bodySvg(look, tint) +
    faceSvg(look, tint, smile) +
    hairSvg(look, hair, 'front') +
    '</g>';
  return {
    svg,
    face: { cx: x + FACE_BOX.cx * s, cy: headY + FACE_BOX.cy * s, w: FACE_BOX.w * s, h: FACE_BOX.h * s },
  };
}
