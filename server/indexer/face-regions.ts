/**
 * Face regions stored in XMP, turned into the contract's bounding boxes: integer pixels of the
 * image as displayed (after EXIF orientation), top-left corner plus size.
 *
 * Two vocabularies exist:
 * - MWG (`mwg-rs:Regions`, written by digiKam, Lightroom, Picasa, Apple Photos exports):
 *   `Area.x`/`Area.y` are the CENTRE of the box, normalised 0..1, and refer to the image as
 *   stored (before EXIF rotation), whose size `AppliedToDimensions` records.
 * - Microsoft (`MP:RegionInfo`, Windows Photo Gallery): `Rectangle` is `"x, y, w, h"`, normalised,
 *   with x/y the TOP-LEFT corner.
 *
 * The readers take XMP as one object per namespace prefix (plus an optional `xmlns` map from prefix
 * to URI) with nested keys `Regions`, `RegionList`, `Area`, `Name`, `Type`, `Rectangle`,
 * `PersonDisplayName`. ExifTool's structures (`RegionInfo`, `RegionInfoMP`) are put in that shape
 * by regionXmpOf.
 */
import type { BoundingBox } from '../../contract/entities.ts';
import { isRecord, toNumber, toText, xmpNamespace } from './exif-values.ts';
import type { TagSources } from './exiftool-tags.ts';

const MWG_REGIONS_NS = 'http://www.metadataworkinggroup.com/schemas/regions/';
const MICROSOFT_PHOTO_NS = 'http://ns.microsoft.com/photo/1.2/';

/** A region in normalised coordinates (0..1), top-left corner, in the frame it was written in. */
export interface NormalizedRegion {
  personName: string | null;
  x: number;
  y: number;
  w: number;
  h: number;
  /** `stored`: before EXIF rotation (the usual case); `displayed`: already upright. */
  frame: 'stored' | 'displayed';
}

type Xmp = Record<string, unknown>;

/** An RDF Bag with one item comes back from exifr as that item, not as a one-element array. */
function asList(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return list.filter(isRecord);
}

// Coordinates a little outside 0..1 happen (a face cut by the frame); toPixelBox clamps them.
const coordinate = (value: unknown) => toNumber(value);
const size = (value: unknown) => {
  const n = toNumber(value);
  return n !== null && n > 0 ? n : null;
};

/**
 * Which frame MWG areas refer to. digiKam and Lightroom write them for the stored image and set
 * AppliedToDimensions to its size; if that size instead matches the upright shape of a rotated
 * (orientation 5–8) photo, the areas were written for the displayed image and must not be turned.
 */
function mwgFrame(
  applied: unknown,
  stored: { width: number; height: number },
  orientation: number,
): 'stored' | 'displayed' {
  if (orientation < 5 || !isRecord(applied)) return 'stored';
  const w = toNumber(applied.w);
  const h = toNumber(applied.h);
  if (w === null || h === null || w <= 0 || h <= 0) return 'stored';
  const appliedIsPortrait = h > w;
  const storedIsPortrait = stored.height > stored.width;
  if (stored.width === stored.height || w === h) return 'stored';
  return appliedIsPortrait === storedIsPortrait ? 'stored' : 'displayed';
}

/** MWG face regions (centre-based areas). Regions typed as something other than Face are skipped. */
export function mwgRegions(
  xmp: Xmp | null | undefined,
  stored: { width: number; height: number },
  orientation: number,
): NormalizedRegion[] {
  const regions = xmpNamespace(xmp, MWG_REGIONS_NS, 'mwg-rs').Regions;
  if (!isRecord(regions)) return [];
  const frame = mwgFrame(regions.AppliedToDimensions, stored, orientation);
  const result: NormalizedRegion[] = [];
  for (const region of asList(regions.RegionList)) {
    const type = toText(region.Type);
    if (type !== null && type.toLowerCase() !== 'face') continue;
    const area = region.Area;
    if (!isRecord(area)) continue;
    const areaUnit = toText(area.unit);
    if (areaUnit !== null && areaUnit !== 'normalized') continue;
    const [cx, cy, w, h] = [coordinate(area.x), coordinate(area.y), size(area.w), size(area.h)];
    if (cx === null || cy === null || w === null || h === null) continue;
    result.push({ personName: toText(region.Name), x: cx - w / 2, y: cy - h / 2, w, h, frame });
  }
  return result;
}

/** Microsoft Photo regions (`"x, y, w, h"`, top-left based). */
export function microsoftRegions(xmp: Xmp | null | undefined): NormalizedRegion[] {
  const info = xmpNamespace(xmp, MICROSOFT_PHOTO_NS, 'MP').RegionInfo;
  if (!isRecord(info)) return [];
  const result: NormalizedRegion[] = [];
  for (const region of asList(info.Regions)) {
    const rectangle = toText(region.Rectangle);
    if (rectangle === null) continue;
    const parts = rectangle.split(',');
    if (parts.length !== 4) continue;
    const [x, y, w, h] = [coordinate(parts[0]), coordinate(parts[1]), size(parts[2]), size(parts[3])];
    if (x === null || y === null || w === null || h === null) continue;
    result.push({ personName: toText(region.PersonDisplayName), x, y, w, h, frame: 'stored' });
  }
  return result;
}

/** All face regions of a photo: MWG when present (richer, and what current tools write), else Microsoft's. */
export function faceRegionsOf(
  xmp: Xmp | null | undefined,
  stored: { width: number; height: number },
  orientation: number,
): NormalizedRegion[] {
  const mwg = mwgRegions(xmp, stored, orientation);
  return mwg.length > 0 ? mwg : microsoftRegions(xmp);
}

/**
 * Moves a normalised box from the stored frame into the displayed frame of EXIF orientation 1–8
 * (the transform sharp's `.rotate()` applies to the pixels). Unknown orientations are left as 1.
 */
export function orientNormalizedBox(
  box: { x: number; y: number; w: number; h: number },
  orientation: number,
) {
  const { x, y, w, h } = box;
  switch (orientation) {
    case 2: // mirrored left-right
      return { x: 1 - x - w, y, w, h };
    case 3: // turned 180°
      return { x: 1 - x - w, y: 1 - y - h, w, h };
    case 4: // mirrored top-bottom
      return { x, y: 1 - y - h, w, h };
    case 5: // transposed: stored rows become displayed columns
      return { x: y, y: x, w: h, h: w };
    case 6: // displayed turned 90° clockwise
      return { x: 1 - y - h, y: x, w: h, h: w };
    case 7: // transverse
      return { x: 1 - y - h, y: 1 - x - w, w: h, h: w };
    case 8: // displayed turned 90° counter-clockwise
      return { x: y, y: 1 - x - w, w: h, h: w };
    default:
      return { x, y, w, h };
  }
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * Integer pixel box of a normalised, upright box in an image of `width`×`height`, clamped inside
 * the image. Edges are rounded (not the size), so adjacent boxes don't gain or lose a pixel.
 * Null when nothing of the box is left inside the image.
 */
export function toPixelBox(
  box: { x: number; y: number; w: number; h: number },
  width: number,
  height: number,
): BoundingBox | null {
  const left = clamp(Math.round(box.x * width), width);
  const top = clamp(Math.round(box.y * height), height);
  const right = clamp(Math.round((box.x + box.w) * width), width);
  const bottom = clamp(Math.round((box.y + box.h) * height), height);
  if (right <= left || bottom <= top) return null;
  return { x: left, y: top, w: right - left, h: bottom - top };
}

/**
 * Face regions of a photo in pixels of the displayed image. `stored` is the pixel size as stored,
 * `displayed` the size after rotation, `orientation` the EXIF orientation sharp applies.
 */
export function faceBoxesOf(
  xmp: Xmp | null | undefined,
  stored: { width: number; height: number },
  displayed: { width: number; height: number },
  orientation: number,
): { personName: string | null; box: BoundingBox }[] {
  const faces: { personName: string | null; box: BoundingBox }[] = [];
  for (const region of faceRegionsOf(xmp, stored, orientation)) {
    const upright = region.frame === 'stored' ? orientNormalizedBox(region, orientation) : region;
    const box = toPixelBox(upright, displayed.width, displayed.height);
    if (box) faces.push({ personName: region.personName, box });
  }
  return faces;
}

/** `{ X: 0.5, Unit: 'normalized' }` → `{ x: 0.5, unit: 'normalized' }`: ExifTool capitalises field names. */
function lowerKeys(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v]),
  );
}

/**
 * The face regions ExifTool read (`XMP-mwg-rs:RegionInfo`, `XMP-MP:RegionInfoMP`, with
 * `-api struct=1`) in the shape the readers above take, from the first source that has any: a
 * sidecar's regions replace the file's rather than adding to them (they are its edited copy).
 */
export function regionXmpOf(sources: TagSources): Xmp | null {
  for (const source of sources) {
    const mwg = source.get('XMP-mwg-rs:RegionInfo');
    const microsoft = source.get('XMP-MP:RegionInfoMP');
    if (!isRecord(mwg) && !isRecord(microsoft)) continue;
    const xmp: Xmp = {};
    if (isRecord(mwg)) {
      const list = asList(mwg.RegionList).map((region) => ({ ...region, Area: lowerKeys(region.Area) }));
      xmp['mwg-rs'] = {
        Regions: { AppliedToDimensions: lowerKeys(mwg.AppliedToDimensions), RegionList: list },
      };
    }
    if (isRecord(microsoft)) xmp.MP = { RegionInfo: { Regions: microsoft.Regions } };
    return xmp;
  }
  return null;
}
