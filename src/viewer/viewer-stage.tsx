import { useRef, useState } from 'react';
import type { Asset } from '../../contract/entities.ts';
import { assetImageUrl } from '../api/image-url.ts';
import { photoAltText } from '../gallery/alt-text.ts';
import { useElementSize } from '../ui/use-element-size.ts';
import { FaceOverlay } from './face-overlay.tsx';
import { fitContain } from './fit-image.ts';
import { LivePhoto } from './live-photo.tsx';
import { VideoPlayer } from './video-player.tsx';

interface ViewerStageProps {
  asset: Asset;
  showAllFaces: boolean;
  highlightedFaceId: string | null;
  onHighlightFace: (id: string | null) => void;
}

/**
 * The photo, as large as the stage allows, on a frame of exactly the rendered image's size so
 * the face boxes (percentages of the full-size image) line up at any window size. The grid's
 * thumbnail (already in the browser cache) fills the frame until the preview arrives.
 */
export function ViewerStage({ asset, showAllFaces, highlightedFaceId, onHighlightFace }: ViewerStageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const stage = useElementSize(stageRef);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  // The original's displayed size when the server says it (an extension); else the preview's own.
  const aspectWidth = asset.width ?? natural?.width ?? 0;
  const aspectHeight = asset.height ?? natural?.height ?? 0;
  const frame = fitContain(stage.width, stage.height, aspectWidth, aspectHeight);
  const faces = asset.faces ?? [];
  // Boxes are in full-size pixels: without the original's size they cannot be placed.
  const canDrawFaces = faces.length > 0 && Boolean(asset.width && asset.height);

  return (
    <div ref={stageRef} className="viewer__stage">
      <div
        className="viewer-photo-frame"
        style={
          frame
            ? {
                width: frame.width,
                height: frame.height,
                backgroundImage: `url("${assetImageUrl(asset, 'thumbnail')}")`,
              }
            : undefined
        }
      >
        {asset.mime_type.startsWith('video/') ? (
          <VideoPlayer asset={asset} />
        ) : (
          <img
            className={frame ? 'viewer__image viewer__image--framed' : 'viewer__image'}
            src={assetImageUrl(asset, 'preview')}
            alt={photoAltText(asset)}
            onLoad={(event) =>
              setNatural({
                width: event.currentTarget.naturalWidth,
                height: event.currentTarget.naturalHeight,
              })
            }
          />
        )}
        {asset.live_photo_video_url ? <LivePhoto motionUrl={asset.live_photo_video_url} /> : null}
        {canDrawFaces ? (
          <FaceOverlay
            faces={faces}
            people={asset.people ?? []}
            imageWidth={asset.width ?? 0}
            imageHeight={asset.height ?? 0}
            showAll={showAllFaces}
            highlightedFaceId={highlightedFaceId}
            onHighlightFace={onHighlightFace}
          />
        ) : null}
      </div>
    </div>
  );
}
