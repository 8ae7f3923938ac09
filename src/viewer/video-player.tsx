import { useRef, type KeyboardEvent } from 'react';
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
 * A video in the viewer: its poster first, then a real `<video controls>` streamed with ranges.
 * While the server makes a playable copy the poster stays up, saying so. With focus on the
 * video, Space plays or pauses and ←/→ seek (handled here so the viewer's ←/→ don't step away).
 */
export function VideoPlayer({ asset }: VideoPlayerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const source = usePlayableSource(asset.playback_url, assetDownloadUrl(asset));
  const poster = assetImageUrl(asset, 'preview');

  const onKeyDown = (event: KeyboardEvent<HTMLVideoElement>) => {
    const video = videoRef.current;
    if (!video || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = videoKeyAction(event.key, video.currentTime, video.duration);
    if (!action) return;
    // The browser's own controls would act on these keys too: one action per press.
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'toggle') {
      if (video.paused) void video.play();
      else video.pause();
    } else {
      video.currentTime = action.to;
    }
  };

  if (source.state !== 'ready') {
    return (
      <div className="video-player video-player--waiting" style={{ backgroundImage: `url("${poster}")` }}>
        <p className="video-player__status" role="status">
          {source.state === 'preparing' ? 'Preparing video…' : 'This video cannot be played.'}
        </p>
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
      onKeyDown={onKeyDown}
    />
  );
}
