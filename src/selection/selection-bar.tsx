import type { AssetFilter } from '../routing/asset-filter.ts';
import type { Selection } from './selection-model.ts';
import { useSelectionDownload } from './use-selection-download.ts';
import { selectedLabel } from './selection-words.ts';

interface SelectionBarProps {
  filter: AssetFilter;
  selection: Selection;
  /** Photos selected; null while the server is still counting a range. */
  count: number | null;
  onClear: () => void;
}

/** What can be done with the selection; it takes the timeline bar's place while there is one. */
export function SelectionBar({ filter, selection, count, onClear }: SelectionBarProps) {
  const { download, slideshow, message, busy, dismiss } = useSelectionDownload(filter, selection);
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected photos">
      <p className="selection-bar__count">{selectedLabel(count)}</p>
      <button type="button" className="selection-bar__action" onClick={() => void download()} disabled={busy}>
        Download
      </button>
      <button
        type="button"
        className="selection-bar__action"
        onClick={() => void slideshow()}
        disabled={busy}
      >
        Slideshow
      </button>
      <button type="button" className="selection-bar__action" onClick={onClear}>
        Clear
      </button>
      {message ? (
        <p className="selection-bar__message" role="alert">
          {message}{' '}
          <button type="button" className="selection-bar__dismiss" onClick={dismiss} aria-label="Dismiss">
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
