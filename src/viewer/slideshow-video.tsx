import { useEffect, useEffectEvent, useRef } from 'react';
import type { Asset } from '../../contract/entities.ts';
import { assetDownloadUrl, assetImageUrl } from '../api/image-url.ts';
import { photoAltText } from '../gallery/alt-text.ts';
import type { SlideProgress } from './slideshow-advance.ts';
import { usePlayableSource } from './use-playable-source.ts';

interface SlideshowVideoProps {
  asset: Asset;
  /** The slideshow is playing: the video plays with it and pauses with it. */
  playing: boolean;
  onProgress: (progress: SlideProgress) => void;
}

/**
 * A video in the slideshow: its still while the server makes a playable copy (or when it cannot
 * play), then the video itself, played through without controls. With sound when the browser
 * allows it, else muted (autoplay policies allow that).
 */
export function SlideshowVideo({ asset, playing, onProgress }: SlideshowVideoProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const source = usePlayableSource(asset.playback_url, assetDownloadUrl(asset));
  const report = useEffectEvent(onProgress);
  const url = source.state === 'ready' ? source.url : null;

  useEffect(() => {
    if (source.state === 'checking' || source.state === 'preparing') report('preparing');
    else if (source.state === 'failed') report('shown');
    else report('loading');
  }, [source.state]);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !url) return;
    if (!playing) {
      video.pause();
      return;
    }
    if (video.ended) return;
    video
      .play()
      .catch((error: unknown) => {
        // Refused with sound: try again muted. Anything else (no source, aborted) is for onError.
        if (error instanceof DOMException && error.name === 'NotAllowedError' && !video.muted) {
          video.muted = true;
          return video.play();
        }
        throw error;
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        report('shown');
      });
  }, [playing, url]);

  const poster = assetImageUrl(asset, 'preview');
  if (!url) {
    return (
      <img
        className="slideshow__image"
        src={poster}
        alt={photoAltText(asset)}
        data-asset-id={asset.id}
        data-video-state={source.state}
      />
    );
  }
  return (
    <video
      ref={videoRef}
      className="slideshow__image slideshow__video"
      src={url}
      poster={poster}
      playsInline
      preload="auto"
      aria-label={photoAltText(asset)}
      data-asset-id={asset.id}
      onPlaying={() => onProgress('playing')}
      onEnded={() => onProgress('ended')}
      onError={() => onProgress('shown')}
    />
  );
}
