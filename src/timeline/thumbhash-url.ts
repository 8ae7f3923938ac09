/**
 * ThumbHash placeholders: the hash's average colour at once (a few byte reads), its blurred
 * picture as a data URL soon after. A decode plus PNG encode costs ~0.1 ms warm but ~1 ms before
 * the JIT has seen it, and a first screen of 35 tiles spent ~40 ms of its first render on them,
 * delaying the very thumbnails they stand in for; so pictures are decoded off the render, a few
 * milliseconds at a time when the page is idle, and only for tiles still waiting for their image. Each hash is decoded
 * once: the same photo scrolls in and out many times.
 */
import { thumbHashToAverageRGBA, thumbHashToDataURL } from 'thumbhash';

const decoded = new Map<string, string | null>();
const colours = new Map<string, string | null>();
/** Enough for several screens of a dense grid; the oldest go first. */
const KEEP = 4000;
/** How long one queued task may decode before it lets the page render and paint. */
const SLICE_MS = 6;

function bytesOf(base64: string): Uint8Array | null {
  try {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes.length >= 5 ? bytes : null;
  } catch {
    return null;
  }
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= KEEP) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** The blurred picture as a data URL (decoded now if need be), or null when the hash is missing or malformed. */
export function thumbhashUrl(hash: string | null | undefined): string | null {
  if (!hash) return null;
  const known = decoded.get(hash);
  if (known !== undefined) return known;
  const bytes = bytesOf(hash);
  let url: string | null;
  try {
    url = bytes ? thumbHashToDataURL(bytes) : null;
  } catch {
    url = null;
  }
  return remember(decoded, hash, url);
}

/** The picture if it is already decoded; undefined if not yet. */
export function decodedThumbhashUrl(hash: string): string | null | undefined {
  return decoded.get(hash);
}

/** `rgb(…)` of the hash's average colour, or null when the hash is missing or malformed. */
export function thumbhashColour(hash: string | null | undefined): string | null {
  if (!hash) return null;
  const known = colours.get(hash);
  if (known !== undefined) return known;
  const bytes = bytesOf(hash);
  let colour: string | null = null;
  try {
    if (bytes) {
      const { r, g, b } = thumbHashToAverageRGBA(bytes);
      colour = `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)})`;
    }
  } catch {
    colour = null;
  }
  return remember(colours, hash, colour);
}

interface Waiting {
  hash: string;
  done: (url: string | null) => void;
}
const queue: Waiting[] = [];
let draining = false;
/**
 * The longest a picture waits for an idle moment. Pictures are decoded when the page is idle: they
 * stand in for thumbnails, so they never go before the work that shows them (traced on the demo's
 * first screen, decode tasks of 17–25 ms ran while the first thumbnail waited to be drawn).
 */
const IDLE_TIMEOUT_MS = 200;

function drain(deadline?: IdleDeadline): void {
  const budget = deadline && !deadline.didTimeout ? Math.min(SLICE_MS, deadline.timeRemaining()) : SLICE_MS;
  const until = performance.now() + budget;
  do {
    const next = queue.shift();
    if (next) next.done(thumbhashUrl(next.hash));
  } while (queue.length > 0 && performance.now() < until);
  draining = queue.length > 0;
  if (draining) schedule();
}

function schedule(): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(drain, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(drain, 0);
}

/** Decode `hash` when the page is next idle and hand its picture to `done`; the returned function cancels. */
export function decodeThumbhashSoon(hash: string, done: (url: string | null) => void): () => void {
  const entry: Waiting = { hash, done };
  queue.push(entry);
  if (!draining) {
    draining = true;
    schedule();
  }
  return () => {
    const at = queue.indexOf(entry);
    if (at >= 0) queue.splice(at, 1);
  };
}
