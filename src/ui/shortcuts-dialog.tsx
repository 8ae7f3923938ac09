import { useEffect, useEffectEvent, useRef } from 'react';
import { CloseIcon } from './icons.tsx';

const SHORTCUTS: ReadonlyArray<readonly [keys: string[], what: string]> = [
  [['←', '→', '↑', '↓'], 'Move between photos in the grid'],
  [['Home', 'End'], 'First / last photo'],
  [['Page Up', 'Page Down'], 'Move a few rows'],
  [['Enter'], 'Open the focused photo'],
  [['←', '→'], 'Previous or next photo in the viewer'],
  [['Esc'], 'Close the viewer or this dialog'],
  [['f'], 'Show all faces on the photo'],
  [['i'], 'Show or hide the info panel'],
  [['?'], 'This list'],
];

/** The keyboard shortcuts, as a modal dialog. Focus moves in and returns where it was. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => returnTo?.focus?.({ preventScroll: true });
  }, []);

  // Esc closes this dialog wherever focus is, and only this dialog: a capturing listener on
  // window runs before the viewer's own Esc handler and stops it.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Escape' && event.key !== '?') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    onClose();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Tab') {
            event.preventDefault(); // one focusable control: keep focus inside the dialog
            closeRef.current?.focus();
          }
        }}
      >
        <div className="modal__header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button ref={closeRef} type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <CloseIcon />
          </button>
        </div>
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what} className="shortcuts__row">
              <dt>
                {keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
