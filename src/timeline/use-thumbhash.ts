import { useEffect, useState } from 'react';
import { decodedThumbhashUrl, decodeThumbhashSoon, thumbhashColour } from './thumbhash-url.ts';

/**
 * A tile's placeholder while `waiting` for its image: the hash's average colour from the first
 * render, its blurred picture once decoded (at once when an earlier tile decoded it).
 */
export function useThumbhash(
  hash: string | null | undefined,
  waiting: boolean,
): { colour: string | null; picture: string | null } {
  const [late, setLate] = useState<{ hash: string; url: string | null } | null>(null);
  const known = hash ? decodedThumbhashUrl(hash) : null;
  const picture = known !== undefined ? known : late && late.hash === hash ? late.url : undefined;
  useEffect(() => {
    if (!hash || !waiting || picture !== undefined) return undefined;
    return decodeThumbhashSoon(hash, (url) => setLate({ hash, url }));
  }, [hash, waiting, picture]);
  return { colour: thumbhashColour(hash), picture: picture ?? null };
}
