/**
 * ThumbHash placeholders as data URLs, decoded once per hash: the same photo scrolls in and out
 * many times, and a decode plus PNG encode costs ~0.1 ms each.
 */
import { thumbHashToDataURL } from 'thumbhash';

const decoded = new Map<string, string | null>();
/** Enough for several screens of a dense grid; the oldest go first. */
const KEEP = 4000;

function bytesOf(base64: string): Uint8Array | null {
  try {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** A blurred preview of the photo as a data URL, or null when the hash is missing or malformed. */
export function thumbhashUrl(hash: string | null | undefined): string | null {
  if (!hash) return null;
  const known = decoded.get(hash);
  if (known !== undefined) return known;
  const bytes = bytesOf(hash);
  let url: string | null = null;
  if (bytes && bytes.length >= 5) {
    try {
      url = thumbHashToDataURL(bytes);
    } catch {
      url = null;
    }
  }
  if (decoded.size >= KEEP) decoded.delete(decoded.keys().next().value as string);
  decoded.set(hash, url);
  return url;
}
