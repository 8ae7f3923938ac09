import { useState } from 'react';
import { usePlayableSource } from './use-playable-source.ts';

interface LivePhotoProps {
  /** The photo's motion clip (`live_photo_video_url`). */
  motionUrl: string;
}

/**
 * A Live Photo's motion over its still: played while a mouse rests on the photo, or once from
 * the "Live" button (touch screens have no hover). Muted, as Photos plays it on hover; the
 * still shows again when the clip ends.
 */
export function LivePhoto({ motionUrl }: LivePhotoProps) {
  const [hovering, setHovering] = useState(false);
  const [pressed, setPressed] = useState(false);
  const source = usePlayableSource(motionUrl, motionUrl);
  const playing = (hovering || pressed) && source.state === 'ready';

  return (
    <div
      className="live-photo"
      style={{ position: 'absolute', inset: 0 }}
      onPointerEnter={(event) => event.pointerType === 'mouse' && setHovering(true)}
      onPointerLeave={() => setHovering(false)}
    >
      {playing ? (
        <video
          className="live-photo__motion"
          src={source.url}
          autoPlay
          muted
          playsInline
          aria-hidden="true"
          onEnded={() => {
            setPressed(false);
            setHovering(false);
          }}
        />
      ) : null}
      <button
        type="button"
        className="live-photo__button"
        aria-pressed={playing}
        aria-label="Play the Live Photo"
        title={source.state === 'preparing' ? 'Preparing the Live Photo…' : 'Play the Live Photo'}
        disabled={source.state === 'failed'}
        onClick={() => setPressed((value) => !value)}
      >
        <LiveIcon /> Live
      </button>
    </div>
  );
}

function LiveIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="12" cy="12" r="3" fill="currentColor" />
      <circle cx="12" cy="12" r="6.5" />
      <circle cx="12" cy="12" r="10" strokeDasharray="2 2.6" />
    </svg>
  );
}
