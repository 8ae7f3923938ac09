import type { Face, Person } from '../../contract/entities.ts';
import { faceBoxCss, faceBoxStyle, faceName } from './face-boxes.ts';
import './viewer.css';

export interface FaceOverlayProps {
  faces: Face[];
  people: Person[];
  /** Full-size image width in pixels as displayed (the asset's `width`), not the preview's. */
  imageWidth: number;
  /** Full-size image height in pixels as displayed (the asset's `height`). */
  imageHeight: number;
  /** Draw every face; when false only the highlighted one is drawn. */
  showAll: boolean;
  highlightedFaceId: string | null;
  onHighlightFace: (id: string | null) => void;
}

/** A label under a box near the bottom edge would be clipped by the overlay; put it above. */
const LABEL_ABOVE_FROM = 88;

/**
 * Face boxes over a photo. Render it inside a `position: relative` wrapper that has exactly the
 * rendered image's size (see `.viewer-photo-frame` in viewer.css): boxes are percentages of that
 * box, so they follow resizes and zoom without measuring anything.
 *
 * With `showAll` off, faces that are not highlighted stay in place but invisible: hovering or
 * tabbing to one reveals it, which is how a keyboard or touch user finds the faces at all.
 */
export function FaceOverlay({
  faces,
  people,
  imageWidth,
  imageHeight,
  showAll,
  highlightedFaceId,
  onHighlightFace,
}: FaceOverlayProps) {
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const hasHighlight = highlightedFaceId !== null && faces.some((f) => f.id === highlightedFaceId);
  // Like Immich: a lone highlighted face gets the rest of the photo dimmed. With every box
  // showing, dimming on each hover would flicker as the pointer crosses the photo.
  const dimmed = hasHighlight && !showAll;

  return (
    <div className="face-overlay" data-testid="face-overlay" data-dimmed={dimmed ? 'true' : undefined}>
      {faces.map((face) => {
        const box = faceBoxStyle(face.bounding_box, imageWidth, imageHeight);
        if (box === null) return null;
        const name = faceName(face, peopleById);
        const highlighted = face.id === highlightedFaceId;
        const visible = showAll || highlighted;
        const classes = [
          'face-box',
          name === null ? 'face-box--unnamed' : 'face-box--named',
          highlighted ? 'face-box--highlighted' : '',
          visible ? '' : 'face-box--hidden',
        ];
        return (
          <button
            key={face.id}
            type="button"
            className={classes.filter(Boolean).join(' ')}
            // Opacity inline, not only in CSS: hidden boxes must stay hoverable, and tests
            // (no stylesheet in jsdom) can then tell a shown box from a hidden one.
            style={{ ...faceBoxCss(box), opacity: visible ? 1 : 0 }}
            aria-label={name === null ? 'Unnamed face' : `Face of ${name}`}
            data-face-id={face.id}
            onMouseEnter={() => onHighlightFace(face.id)}
            onMouseLeave={() => onHighlightFace(null)}
            onFocus={() => onHighlightFace(face.id)}
            onBlur={() => onHighlightFace(null)}
            // Touch screens have no hover: a tap shows the face until focus moves elsewhere.
            onClick={() => onHighlightFace(face.id)}
          >
            {name !== null && visible ? (
              <span
                className={`face-box__label${box.top + box.height > LABEL_ABOVE_FROM ? ' face-box__label--above' : ''}`}
                aria-hidden="true"
              >
                {name}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
