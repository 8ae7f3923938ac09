/**
 * The one byte range a `Range` request header asks for (RFC 9110 §14), resolved against the
 * file's size. Only a single range is honoured: a header the server doesn't serve as a range
 * (several ranges, another unit, nonsense) is `null`, which means "send the whole file", as the
 * RFC lets a server do by ignoring the header.
 */

/** Inclusive first and last byte offsets. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * `bytes=a-b`, `bytes=a-` and `bytes=-n` become a range inside `size`; a range that starts past
 * the end (or a zero-length suffix, or any range of an empty file) is `'unsatisfiable'` (416).
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (header === undefined) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return null;
  const [, first = '', last = ''] = m;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  // An end before the start is an invalid range-spec, which a server may ignore.
  if (end < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}
