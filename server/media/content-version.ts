/**
 * A URL-safe version tag of a base64 checksum. Thumbnail URLs carry it as `?v=` (so they can be
 * served `immutable`) and the image cache names its files with it, so both follow the content.
 */
export function thumbnailVersion(checksum: string): string {
  return checksum.replace(/[^A-Za-z0-9]/g, '').slice(0, 12);
}
