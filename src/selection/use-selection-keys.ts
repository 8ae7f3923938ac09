import { useEffect } from 'react';
import type { SelectionActions } from './use-selection.ts';

/** Typing in a field keeps its own Ctrl+A and Esc. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Ctrl/Cmd+A selects everything under the filter, Esc clears the selection; only while the
 * timeline is what the person sees (not under the viewer or a dialog).
 */
export function useSelectionKeys(actions: SelectionActions, selecting: boolean, active: boolean) {
  useEffect(() => {
    if (!active) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open], [role="dialog"]')) return;
      if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        actions.selectAll();
      } else if (event.key === 'Escape' && selecting) {
        event.preventDefault();
        actions.clear();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [actions, selecting, active]);
}
