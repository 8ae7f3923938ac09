/**
 * Whether the page is used by touch (the primary pointer is coarse): the scrubber is then a
 * handle over the photos rather than a rail beside them (scrubber.css, the same media query).
 */
export function isTouchScreen(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(pointer: coarse)').matches
    : false;
}
