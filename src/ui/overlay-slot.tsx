/**
 * Where a page draws what covers the whole frame (the viewer over the grid): a slot the shell
 * places after its body, so a dialog opened by a page sits outside the part of the frame that
 * turns inert behind it, while the page that opened it stays mounted underneath.
 */
import { createContext, use, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const OverlaySlotContext = createContext<HTMLElement | null>(null);

/** `children` in the shell's overlay slot (nothing until the slot is mounted). */
export function InOverlaySlot({ children }: { children: ReactNode }) {
  const slot = use(OverlaySlotContext);
  return slot ? createPortal(children, slot) : null;
}
