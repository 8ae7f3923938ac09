/** The grid's fixed measures in CSS px, shared by its rows and its hooks. */

export const HEADER_HEIGHT = 52;
export const GAP = 4;
/** Horizontal padding of the grid; rows are laid out for the width inside it. */
export const PADDING_X = 16;
/** Space below the last row, inside the scroll area. */
export const PADDING_END = 24;
