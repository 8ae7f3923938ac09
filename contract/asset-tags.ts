/**
 * The local server's whole tag record of one asset (`GET /api/assets/{id}/tags`, ours, not
 * Gumnut's): every tag ExifTool finds in the original, grouped as ExifTool groups them (family
 * 1: EXIF's IFD0, the maker notes, each XMP namespace, QuickTime…), each group named plainly.
 * Values travel as text: ExifTool's formatted value, and the raw one only when it differs.
 * Written with `zod/mini`: the gallery parses the answer with it.
 */
import { z } from 'zod/mini';

export const AssetTag = z.object({
  /** ExifTool's tag name: `ExposureTime`. */
  name: z.string(),
  /** ExifTool's description of it: `Exposure Time`. */
  description: z.string(),
  /** As ExifTool formats it: `1/160`, `135.0 mm`, `Binary data (1061 bytes)`. */
  value: z.string(),
  /** As written in the file (`0.00625`), or null when that is the same as `value`. */
  raw: z.nullable(z.string()),
});
export type AssetTag = z.infer<typeof AssetTag>;

export const AssetTagGroup = z.object({
  /** Stable: `EXIF:ExifIFD`, `MakerNotes:Nikon`, `XMP:XMP-dc`, `XMP-sidecar`, `LivePhoto-motion`. */
  id: z.string(),
  /** What a person calls it: `EXIF · photo`, `Maker notes · Nikon`, `XMP sidecar`. */
  label: z.string(),
  tags: z.array(AssetTag),
});
export type AssetTagGroup = z.infer<typeof AssetTagGroup>;

export const AssetTags = z.object({
  asset_id: z.string(),
  /** The reader and its version: `ExifTool 13.59`. */
  reader: z.string(),
  /** The XMP sidecar read beside the original (`IMG_1.CR2.xmp`), or null. */
  sidecar_file_name: z.nullable(z.string()),
  /** The sum of the groups' tags. */
  tag_count: z.int(),
  groups: z.array(AssetTagGroup),
});
export type AssetTags = z.infer<typeof AssetTags>;
