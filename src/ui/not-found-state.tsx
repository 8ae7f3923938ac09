import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import { BrokenPhotoIcon } from './icons.tsx';

/**
 * True for an answer that says the thing asked for doesn't exist: a 404, or a 422 about the id
 * itself (a malformed id in a link). Asking again can't change either.
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'http' && (error.status === 404 || error.status === 422);
}

/**
 * The viewer's page for a photo that isn't in the library: plain words and the way back, no
 * Retry (the same answer would come again) and no toolbar (there is no photo to act on).
 */
export function AssetNotFound({ backTo }: { backTo: string }) {
  const back = useRef<HTMLAnchorElement>(null);
  // The viewer's dialog would have taken focus; here the one way out does.
  useEffect(() => back.current?.focus({ preventScroll: true }), []);
  return (
    <div className="asset-not-found" role="dialog" aria-modal="true" aria-labelledby="asset-not-found-title">
      <div className="state" role="alert">
        <span className="state__icon">
          <BrokenPhotoIcon />
        </span>
        <p id="asset-not-found-title" className="state__title">
          This photo isn’t in your library
        </p>
        <p className="state__message">It may have been moved or deleted.</p>
        <Link ref={back} className="button" to={backTo}>
          Back to photos
        </Link>
      </div>
    </div>
  );
}
