import { useEffect, useRef } from 'react';
import type { Asset } from '../../contract/entities.ts';
import { assetDownloadUrl, assetImageUrl } from '../api/image-url.ts';
import { photoAltText } from '../gallery/alt-text.ts';
import { usePlayableSource } from './use-playable-source.ts';
import { videoKeyAction } from './video-keys.ts';
import './video-player.css';

interface VideoPlayerProps {
  asset: Asset;
}

/**
 * ←/→ seek and K plays or pauses a focused video. Listened to on the element itself and stopped
 * there, so the viewer's ←/→ don't step to the next asset. Space is left to the browser's own
 * controls, which already play and pause a focused video on it.
 */
function useVideoKeys(videoRef: React.RefObject<HTMLVideoElement | null>, active: boolean) {
  useEffect(() => {
    const video = videoRef.current;
    if (!video || !active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === ' ') event.stopPropagation();
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = videoKeyAction(event.key, video.currentTime, video.duration);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (action.kind === 'seek') video.currentTime = action.to;
      else if (video.paused) void video.play().catch(() => {});
      else video.pause();
    };
    video.addEventListener('keydown', onKeyDown);
    return () => video.removeEventListener('keydown', onKeyDown);
  }, [videoRef, active]);
}

/**
 * A video in the viewer: its poster first, then a real `<video controls>` streamed with ranges.
 * While the server makes a playable copy the poster stays up, saying so. With focus on the
 * video, Space plays or pauses (the browser's own) and ←/→ seek.
 */
export function VideoPlayer({ asset }: VideoPlayerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const source = usePlayableSource(asset.playback_url, assetDownloadUrl(asset));
  const poster = assetImageUrl(asset, 'preview');
  useVideoKeys(videoRef, source.state === 'ready');

  if (source.state !== 'ready') {
    return (
      <div className="video-player video-player--waiting" style={{ backgroundImage: `url("${poster}")` }}>
        {source.state === 'checking' ? null : (
          <p className="video-player__status" role="status">
            {source.state === 'preparing' ? 'Preparing video…' : 'This video cannot be played.'}
          </p>
        )}
      </div>
    );
  }
  return (
    <video
      ref={videoRef}
      className="video-player"
      src={source.url}
      poster={poster}
      controls
      playsInline
      preload="metadata"
      tabIndex={0}
      aria-label={photoAltText(asset)}
    />
  );
}
