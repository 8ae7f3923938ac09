/**
 * The demo library's cameras: what their EXIF says (make/model/lens strings as the real devices
 * write them), when each could have taken a photo, and how each would expose a given scene.
 */
import type { TimeOfDay, Weather } from './calendar.ts';
import type { SceneKind } from './places.ts';
import { type Rng, between, chooseWeighted, pick } from './random.ts';

export interface Lens {
  make?: string;
  model?: string;
  /** Real focal range in mm (equal ends for a phone module or a prime). */
  focal: readonly [number, number];
  /** Widest aperture; phones can't stop down. */
  maxAperture: number;
  /** Multiply by this for the 35 mm equivalent. */
  crop: number;
}

export type CameraId =
  'iphone12' | 'iphone15pro' | 'pixel8' | 'galaxyS23' | 'eosR6' | 'z6ii' | 'a7iv' | 'xt5';

export interface Camera {
  id: CameraId;
  make: string;
  model: string;
  software: string;
  kind: 'phone' | 'ilc';
  /** Long side / short side of the sensor's frame. */
  aspect: number;
  /** First day the device was sold (YYYY-MM-DD): no photo predates its camera. */
  since: string;
  /** Last day we still used it, when it was replaced. */
  until?: string;
  /** The first lens is the one on the camera most of the time. */
  lenses: readonly [Lens, ...Lens[]];
  baseIso: number;
}

const PHONE_SIZE = 4 / 3;
const ILC_SIZE = 3 / 2;

// A table: one camera per row reads better than prettier's one field per line.
// prettier-ignore
export const CAMERAS: Record<CameraId, Camera> = {
  // The phone before the iPhone 15 Pro: 2021–2022 photos need a phone that existed then.
  iphone12: {
    id: 'iphone12', make: 'Apple', model: 'iPhone 12', software: '15.4.1', kind: 'phone',
    aspect: PHONE_SIZE, since: '2020-10-23', until: '2023-09-30', baseIso: 32,
    lenses: [
      { make: 'Apple', model: 'iPhone 12 back dual wide camera 4.2mm f/1.6', focal: [4.2, 4.2], maxAperture: 1.6, crop: 26 / 4.2 },
      { make: 'Apple', model: 'iPhone 12 back dual wide camera 1.55mm f/2.4', focal: [1.55, 1.55], maxAperture: 2.4, crop: 13 / 1.55 },
    ],
  },
  iphone15pro: {
    id: 'iphone15pro', make: 'Apple', model: 'iPhone 15 Pro', software: '17.4.1', kind: 'phone',
    aspect: PHONE_SIZE, since: '2023-09-22', baseIso: 50,
    lenses: [
      { make: 'Apple', model: 'iPhone 15 Pro back triple camera 6.765mm f/1.78', focal: [6.765, 6.765], maxAperture: 1.78, crop: 24 / 6.765 },
      { make: 'Apple', model: 'iPhone 15 Pro back triple camera 2.22mm f/2.2', focal: [2.22, 2.22], maxAperture: 2.2, crop: 13 / 2.22 },
    ],
  },
  pixel8: {
    id: 'pixel8', make: 'Google', model: 'Pixel 8', software: 'HDR+ 1.0.641377693zd', kind: 'phone',
    aspect: PHONE_SIZE, since: '2023-10-12', baseIso: 50,
    lenses: [
      { make: 'Google', model: 'Pixel 8 back camera 6.90 mm f/1.68', focal: [6.9, 6.9], maxAperture: 1.68, crop: 25 / 6.9 },
      { make: 'Google', model: 'Pixel 8 back camera 2.02 mm f/2.2', focal: [2.02, 2.02], maxAperture: 2.2, crop: 13 / 2.02 },
    ],
  },
  // Samsung writes its model code, not the marketing name, and no lens model at all.
  galaxyS23: {
    id: 'galaxyS23', make: 'samsung', model: 'SM-S911B', software: 'S911BXXU3BWK5', kind: 'phone',
    aspect: PHONE_SIZE, since: '2023-02-17', baseIso: 50,
    lenses: [{ focal: [5.4, 5.4], maxAperture: 1.8, crop: 24 / 5.4 }],
  },
  eosR6: {
    id: 'eosR6', make: 'Canon', model: 'Canon EOS R6', software: 'Firmware Version 1.8.1', kind: 'ilc',
    aspect: ILC_SIZE, since: '2020-08-27', baseIso: 100,
    lenses: [{ model: 'RF24-105mm F4 L IS USM', focal: [24, 105], maxAperture: 4, crop: 1 }],
  },
  z6ii: {
    id: 'z6ii', make: 'NIKON CORPORATION', model: 'NIKON Z 6_2', software: 'Ver.01.60', kind: 'ilc',
    aspect: ILC_SIZE, since: '2020-11-05', baseIso: 100,
    lenses: [{ make: 'Nikon', model: 'NIKKOR Z 24-70mm f/4 S', focal: [24, 70], maxAperture: 4, crop: 1 }],
  },
  a7iv: {
    id: 'a7iv', make: 'SONY', model: 'ILCE-7M4', software: 'ILCE-7M4 v2.00', kind: 'ilc',
    aspect: ILC_SIZE, since: '2021-12-17', baseIso: 100,
    lenses: [{ model: 'FE 35mm F1.8', focal: [35, 35], maxAperture: 1.8, crop: 1 }],
  },
  xt5: {
    id: 'xt5', make: 'FUJIFILM', model: 'X-T5', software: 'Digital Camera X-T5 Ver2.00', kind: 'ilc',
    aspect: ILC_SIZE, since: '2022-11-17', baseIso: 125,
    lenses: [{ make: 'FUJIFILM', model: 'XF16-55mmF2.8 R LM WR', focal: [16, 55], maxAperture: 2.8, crop: 1.5 }],
  },
};

/** The cameras that existed (and were still ours) on a given day, `YYYY-MM-DD`. */
export function camerasOn(day: string, wanted: readonly CameraId[]): CameraId[] {
  return wanted.filter((id) => {
    const c = CAMERAS[id];
    return c.since <= day && (c.until === undefined || day <= c.until);
  });
}

/** How the scene is lit: EV at ISO 100 of a correct exposure. */
export type Light = 'sun' | 'soft' | 'golden' | 'dusk' | 'overcast' | 'indoor' | 'night-city' | 'night-sky';
const LIGHT_EV: Record<Light, number> = {
  sun: 15,
  soft: 13.5,
  golden: 12,
  dusk: 9.5,
  overcast: 12.5,
  indoor: 6.5,
  'night-city': 4,
  'night-sky': -4,
};

/** The light a scene is lit by, for the meter. */
export function lightFor(scene: SceneKind, time: TimeOfDay, weather: Weather): Light {
  if (scene === 'room' || scene === 'party') return 'indoor';
  if (time === 'night') return scene === 'aurora' ? 'night-sky' : 'night-city';
  if (time === 'sunset') return 'dusk';
  if (time === 'dawn' || time === 'golden') return 'golden';
  return weather === 'clear' ? 'sun' : weather === 'cloudy' ? 'soft' : 'overcast';
}

/** What the photographer was after: it decides the aperture and how long they could hold still. */
export type Intent = 'landscape' | 'people' | 'closeup';

export interface Exposure {
  lens: Lens;
  exposureTime: number;
  fNumber: number;
  iso: number;
  focalLength: number;
  focalLengthIn35mmFormat: number;
  exposureBias: number;
}

// The nominal values on the dials (1/125, not 2^-7): EXIF stores what the camera displays.
const SHUTTER = [
  ...[
    8000, 6400, 5000, 4000, 3200, 2500, 2000, 1600, 1250, 1000, 800, 640, 500, 400, 320, 250, 200, 160, 125,
  ],
  ...[100, 80, 60, 50, 40, 30, 25, 20, 15, 13, 10, 8, 6, 5, 4, 3],
]
  .map((d) => 1 / d)
  .concat([0.4, 0.5, 0.6, 0.8, 1, 1.3, 1.6, 2, 2.5, 3.2, 4, 5, 6, 8, 10, 13, 15]);
const ISO = [
  32, 40, 50, 64, 80, 100, 125, 160, 200, 250, 320, 400, 500, 640, 800, 1000, 1250, 1600, 2000, 2500, 3200,
  4000, 5000, 6400,
];
const APERTURES = [1.8, 2, 2.2, 2.5, 2.8, 3.2, 3.5, 4, 4.5, 5, 5.6, 6.3, 7.1, 8, 9, 10, 11];

/**
 * Slowest shutter before the meter raises ISO: a tripod for the aurora, phones' night mode in the
 * city, otherwise fast enough for steady hands and people who don't quite stand still.
 */
const SLOWEST = {
  phone: { 'night-sky': 3, 'night-city': 1 / 15, other: 1 / 50 },
  ilc: { 'night-sky': 10, 'night-city': 1 / 30, other: 1 / 60 },
} as const;

/** The value on a camera's dial nearest to x, compared in stops. */
const snap = (x: number, scale: readonly number[]): number =>
  scale.reduce((best, v) => (Math.abs(Math.log2(v / x)) < Math.abs(Math.log2(best / x)) ? v : best));

/**
 * Expose a shot the way the camera's meter would: pick an aperture for the intent, then the
 * shutter for the light, and only raise ISO when the shutter would get too slow to hand-hold
 * (or, for the aurora, too slow even on a tripod).
 */
export function exposeShot(camera: Camera, light: Light, intent: Intent, rng: Rng): Exposure {
  const lens =
    camera.kind === 'phone' && intent === 'landscape' && rng() < 0.25
      ? (camera.lenses[1] ?? camera.lenses[0])
      : camera.lenses[0];
  const [fMin, fMax] = lens.focal;
  const zoomed =
    intent === 'people'
      ? between(rng, 0.4, 1)
      : intent === 'closeup'
        ? between(rng, 0.6, 1)
        : between(rng, 0, 0.5);
  // Zooms report whole millimetres; phone modules report their exact focal length.
  const focalLength = fMin === fMax ? fMin : Math.round(fMin + (fMax - fMin) * zoomed);

  let fNumber = lens.maxAperture;
  if (camera.kind === 'ilc' && light !== 'night-sky' && light !== 'night-city') {
    const wanted =
      intent === 'landscape'
        ? pick(rng, [5.6, 8, 8, 11])
        : intent === 'people'
          ? pick(rng, [2.8, 4, 5.6])
          : pick(rng, [4, 5.6]);
    fNumber = light === 'indoor' ? lens.maxAperture : Math.max(lens.maxAperture, snap(wanted, APERTURES));
  }

  const ev = LIGHT_EV[light] + between(rng, -0.5, 0.5);
  const slowest = SLOWEST[camera.kind][light === 'night-sky' || light === 'night-city' ? light : 'other'];
  let iso = camera.baseIso;
  let t = (fNumber * fNumber) / 2 ** ev / (iso / 100);
  if (t > slowest) {
    iso = Math.min(6400, (iso * t) / slowest);
    t = slowest;
  }
  // Phones rarely get their exposure dialled; at dusk people pull it down to keep the colours.
  const exposureBias =
    camera.kind === 'phone'
      ? chooseWeighted(rng, [0, -1 / 3, 1 / 3], [8, 1, 1])
      : light === 'golden' || light === 'dusk'
        ? chooseWeighted(rng, [-2 / 3, -1 / 3, 0], [3, 3, 2])
        : chooseWeighted(rng, [0, -1 / 3, 1 / 3, 2 / 3, -1], [10, 3, 2, 2, 1]);
  return {
    lens,
    exposureTime: snap(t, SHUTTER),
    fNumber,
    iso: snap(iso, ISO),
    focalLength,
    focalLengthIn35mmFormat: Math.round(focalLength * lens.crop),
    exposureBias,
  };
}

/** The file name the device would have given the photo (counters are per camera). */
export function fileNameFor(camera: Camera, counter: number, local: string, subSec: string): string {
  const n4 = String(counter % 10000).padStart(4, '0');
  const stamp = local.replace(/[-:]/g, '').replace('T', '_'); // 20231025_143005
  switch (camera.id) {
    case 'iphone12':
    case 'iphone15pro':
    case 'eosR6':
      return `IMG_${n4}.JPG`;
    case 'pixel8':
      return `PXL_${stamp}${subSec.padEnd(3, '0')}.jpg`;
    case 'galaxyS23':
      return `${stamp}.jpg`;
    case 'z6ii':
      return `DSC_${n4}.JPG`;
    case 'a7iv':
      return `DSC${String(counter % 100000).padStart(5, '0')}.JPG`;
    case 'xt5':
      return `DSCF${n4}.JPG`;
  }
}
