import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/** True when a key press belongs to a text field or a modifier chord, not to a gallery shortcut. */
export function isTypingOrChord(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  const target = event.target as HTMLElement | null;
  if (!target || typeof target.closest !== 'function') return false;
  return Boolean(target.closest('input, textarea, select, [contenteditable="true"]'));
}
