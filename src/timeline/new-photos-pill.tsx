import { formatCount } from '../time/intl-formats.ts';
import { newPhotosLabel } from './live-months.ts';
import './new-photos-pill.css';

/**
 * "3 new photos": photos arrived above where the person is scrolled; a click takes them to the
 * top, where they are. Announced politely: it is news, not an interruption.
 */
export function NewPhotosPill({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div className="new-photos" aria-live="polite">
      {count > 0 ? (
        <button type="button" className="new-photos__pill" onClick={onShow}>
          <span aria-hidden="true">↑</span> {newPhotosLabel(count, formatCount)}
        </button>
      ) : null}
    </div>
  );
}
