/**
 * Images for synthetic libraries (the benchmarks' generated databases, `bench/synth.ts`), whose
 * assets have no files: a gradient coloured by the season and the asset's id, with the date
 * written on it, drawn as raw pixels and encoded to WebP by sharp. Cheap on purpose: the
 * benchmarks measure the server and the gallery, not a decoder. Deterministic, so the image cache
 * and ETags behave as they do for real photos.
 */
import sharp from 'sharp';
import { THUMBNAIL_EDGE, type ImageSize } from '../../contract/constants.ts';
import type { AssetRow, FaceRow } from '../../server/db/rows.ts';
import { FACE_CROP_EDGE } from '../../server/media/render-image.ts';

// 3×5 digits, dash and colon: bit 2 is the left column.
const GLYPHS: Record<string, number[]> = {
  '0': [7, 5, 5, 5, 7],
  '1': [2, 6, 2, 2, 7],
  '2': [7, 1, 7, 4, 7],
  '3': [7, 1, 7, 1, 7],
  '4': [5, 5, 7, 1, 1],
  '5': [7, 4, 7, 1, 7],
  '6': [7, 4, 7, 5, 7],
  '7': [7, 1, 1, 1, 1],
  '8': [7, 5, 7, 5, 7],
  '9': [7, 5, 7, 1, 7],
  '-': [0, 0, 7, 0, 0],
  ':': [0, 2, 0, 2, 0],
  ' ': [0, 0, 0, 0, 0],
};

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** Top-to-bottom gradient with a sideways tint: sky-ish above, ground-ish below. */
function gradient(width: number, height: number, seed: number, month: number): Buffer {
  const season = [210, 200, 120, 100, 90, 50, 40, 30, 25, 20, 220, 215][month - 1] ?? 180;
  const top = hsl((season + (seed % 40)) % 360, 0.55, 0.62);
  const bottom = hsl((season + 140 + ((seed >>> 8) % 60)) % 360, 0.45, 0.3);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const t = y / Math.max(1, height - 1);
    for (let x = 0; x < width; x++) {
      const u = 0.85 + 0.3 * (x / Math.max(1, width - 1));
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.min(255, (top[c]! * (1 - t) + bottom[c]! * t) * u);
    }
  }
  return pixels;
}

function drawText(pixels: Buffer, width: number, height: number, text: string, scale: number): void {
  const x0 = scale * 3;
  const y0 = height - scale * 8;
  [...text].forEach((char, n) => {
    const rows = GLYPHS[char] ?? GLYPHS[' ']!;
    rows.forEach((bits, row) => {
      for (let col = 0; col < 3; col++) {
        if (!(bits & (4 >> col))) continue;
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const x = x0 + (n * 4 + col) * scale + dx;
            const y = y0 + row * scale + dy;
            if (x < width && y >= 0 && y < height)
              pixels.fill(255, (y * width + x) * 3, (y * width + x) * 3 + 3);
          }
        }
      }
    });
  });
}

async function encode(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .webp({ quality: 70, effort: 2 })
    .toBuffer();
}

/** The asset's image at the API's size: its own aspect ratio, never larger than its recorded size. */
export async function renderSyntheticThumbnail(asset: AssetRow, size: ImageSize): Promise<Buffer> {
  const fullWidth = asset.width ?? 4000;
  const fullHeight = asset.height ?? 3000;
  const edge = Math.min(THUMBNAIL_EDGE[size], Math.max(fullWidth, fullHeight));
  const scale = edge / Math.max(fullWidth, fullHeight);
  const width = Math.max(1, Math.round(fullWidth * scale));
  const height = Math.max(1, Math.round(fullHeight * scale));
  const pixels = gradient(width, height, hash(asset.id), Number(asset.local_datetime.slice(5, 7)));
  drawText(
    pixels,
    width,
    height,
    asset.local_datetime.slice(0, 10),
    Math.max(2, Math.round(Math.min(width, height) / 70)),
  );
  return encode(pixels, width, height);
}

/** A face's crop: a square in the person's colour (or grey for an unnamed face) with a pale oval. */
export async function renderSyntheticFaceCrop(face: FaceRow): Promise<Buffer> {
  const side = Math.min(FACE_CROP_EDGE, Math.max(16, Math.round(Math.max(face.w, face.h) * 1.6)));
  const [r, g, b] = face.person_id ? hsl(hash(face.person_id) % 360, 0.5, 0.45) : [110, 110, 110];
  const pixels = Buffer.alloc(side * side * 3);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const dx = (x - side / 2) / (side * 0.3);
      const dy = (y - side / 2) / (side * 0.38);
      const inside = dx * dx + dy * dy <= 1;
      const o = (y * side + x) * 3;
      pixels[o] = inside ? 236 : r;
      pixels[o + 1] = inside ? 200 : g;
      pixels[o + 2] = inside ? 170 : b;
    }
  }
  return encode(pixels, side, side);
}
