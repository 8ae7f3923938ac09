/** The timeline's fixed measures in CSS px, shared by its sections, rows and hooks. */

/** The band at the top of each month that holds its title. */
export const MONTH_HEADER_HEIGHT = 56;
/** The band above a row in which one or more days start, holding their labels. */
export const DAY_LABEL_HEIGHT = 28;
export const GAP = 4;
/** Horizontal padding of the timeline; rows are laid out for the width inside it. */
export const PADDING_X = 16;
/** Room kept free on the right for the scrubber, so it never covers a photo. */
export const SCRUBBER_GUTTER = 56;
/** Space below the last month, inside the scroll area. */
export const PADDING_END = 24;
/** Months mounted beyond the viewport on each side (their first page loads with them). */
export const MONTH_OVERSCAN = 1;
/** Rows of a mounted month drawn beyond the viewport, in viewports: hides image pop-in. */
export const ROW_OVERSCAN_VIEWPORTS = 0.6;
