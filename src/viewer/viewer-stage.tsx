import { useRef, useState } from 'react';
import { THUMBNAIL_EDGE } from '../../contract/constants.ts';
import type { Asset } from '../../contract/entities.ts';
import { assetDownloadUrl, assetImageUrl } from '../api/image-url.ts';
import { photoAltText } from '../gallery/alt-text.ts';
import { useElementSize } from '../ui/use-element-size.ts';
import { FaceOverlay } from './face-overlay.tsx';
import { fitContain, MAX_FIT_UPSCALE } from './fit-image.ts';
import { LivePhoto } from './live-photo.tsx';
import { useStagePointers, type StageGestures } from './use-stage-pointers.ts';
import { useZoom } from './use-zoom.ts';
import { VideoPlayer } from './video-player.tsx';
import { canDrawOriginal, needsFullsize } from './zoom-math.ts';

interface ViewerStageProps {
  asset: Asset;
  showAllFaces: boolean;
  highlightedFaceId: string | null;
  onHighlightFace: (id: string | null) => void;
  gestures: StageGestures;
  /** Off while something covers the stage (the slideshow): keys and wheel are not ours then. */
  active: boolean;
}

/** Room around the fitted photo for the toolbar and the arrows; the same on both sides, so the
    fitted photo's centre is the stage's and zooming never jumps. Phones keep the full width. */
function stageInsets(stageWidth: number) {
  return stageWidth < 720 ? { x: 0, y: 56 } : { x: 64, y: 56 };
}

/**
 * The photo, as large as the stage allows (small images at most 4× their pixels), on a frame of
 * exactly the drawn image's size so the face boxes (percentages of the full-size image) follow it
 * at any window size and any zoom. The grid's thumbnail (already cached) fills the frame until the
 * preview arrives; zooming past the preview's pixels loads the `fullsize` rendering over it.
 * A video player, when there is one, takes the frame's place for videos.
 */
export function ViewerStage({
  asset,
  showAllFaces,
  highlightedFaceId,
  onHighlightFace,
  gestures,
  active,
}: ViewerStageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const stage = useElementSize(stageRef);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  // The original's displayed size when the server says it (an extension); else the preview's own.
  const originalWidth = asset.width ?? natural?.width ?? 0;
  const originalHeight = asset.height ?? natural?.height ?? 0;
  const insets = stageInsets(stage.width);
  const fit = fitContain(
    stage.width - 2 * insets.x,
    stage.height - 2 * insets.y,
    originalWidth,
    originalHeight,
    MAX_FIT_UPSCALE,
  );
  // A video is played, not zoomed: its own controls get the pointer, the wheel and the keys.
  const isVideo = asset.mime_type.startsWith('video/');
  const zoom = useZoom(stageRef, stage, fit, originalWidth, active && !isVideo);
  const pointers = useStagePointers(zoom, gestures);

  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const originalLong = Math.max(originalWidth, originalHeight);
  const previewLong = Math.min(THUMBNAIL_EDGE.preview, originalLong);
  const needsFull =
    !isVideo && fit !== null && needsFullsize(zoom.view.scale, fit, dpr, previewLong, originalLong);
  // Past the full size's 4096 px, a large original the browser can decode is drawn itself.
  const needsOriginal =
    needsFull &&
    fit !== null &&
    canDrawOriginal(asset.mime_type, originalWidth, originalHeight) &&
    needsFullsize(zoom.view.scale, fit, dpr, THUMBNAIL_EDGE.fullsize, originalLong);
  // Once asked for, a sharper image stays: zooming out and in again must not flash the preview.
  const [wantFull, setWantFull] = useState(false);
  const [fullLoaded, setFullLoaded] = useState(false);
  const [wantOriginal, setWantOriginal] = useState(false);
  const [originalLoaded, setOriginalLoaded] = useState(false);
  if (needsFull && !wantFull) setWantFull(true);
  if (needsOriginal && !wantOriginal) setWantOriginal(true);

  const { zoomed } = zoom;

  const faces = asset.faces ?? [];
  // Boxes are in full-size pixels: without the original's size they cannot be placed.
  const canDrawFaces = faces.length > 0 && Boolean(asset.width && asset.height);
  const width = fit ? fit.width * zoom.view.scale : 0;
  const height = fit ? fit.height * zoom.view.scale : 0;

  return (
    <div
      ref={stageRef}
      className="viewer-zoom-stage"
      data-zoomed={zoomed ? 'true' : undefined}
      data-zoom-percent={zoom.percent}
      onPointerDown={isVideo ? undefined : pointers.onPointerDown}
      onPointerMove={isVideo ? undefined : pointers.onPointerMove}
      onPointerUp={isVideo ? undefined : pointers.onPointerUp}
      onPointerCancel={isVideo ? undefined : pointers.onPointerCancel}
      onDoubleClick={isVideo ? undefined : pointers.onDoubleClick}
    >
      <div
        className={fit ? 'viewer-photo-frame viewer-photo-frame--placed' : 'viewer-photo-frame'}
        style={
          fit
            ? {
                width,
                height,
                left: stage.width / 2 + zoom.view.x - width / 2,
                top: stage.height / 2 + zoom.view.y - height / 2,
                backgroundImage: `url("${assetImageUrl(asset, 'thumbnail')}")`,
              }
            : undefined
        }
      >
        {isVideo ? (
          <VideoPlayer asset={asset} />
        ) : (
          <>
            <img
              className={fit ? 'viewer__image viewer__image--framed' : 'viewer__image'}
              src={assetImageUrl(asset, 'preview')}
              alt={photoAltText(asset)}
              draggable={false}
              onLoad={(event) =>
                setNatural({
                  width: event.currentTarget.naturalWidth,
                  height: event.currentTarget.naturalHeight,
                })
              }
            />
            {wantFull ? (
              <img
                className="viewer__image viewer__image--framed viewer__image--full"
                data-loaded={fullLoaded ? 'true' : undefined}
                src={assetImageUrl(asset, 'fullsize')}
                alt=""
                draggable={false}
                onLoad={() => setFullLoaded(true)}
              />
            ) : null}
            {wantOriginal ? (
              <img
                className="viewer__image viewer__image--framed viewer__image--full viewer__image--original"
                data-loaded={originalLoaded ? 'true' : undefined}
                src={assetDownloadUrl(asset)}
                alt=""
                draggable={false}
                decoding="async"
                onLoad={() => setOriginalLoaded(true)}
              />
            ) : null}
          </>
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
      {zoomed ? (
        <div className="viewer__zoom-level" role="status">
          {zoom.percent.toLocaleString()} %
        </div>
      ) : null}
    </div>
  );
}
