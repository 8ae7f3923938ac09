/**
 * jsdom setup for component tests. jsdom does no layout: every size is 0, so the virtualizer
 * would mount no rows (toolchain gotcha 6). Elements here report a 1024×768 box unless a test
 * sets `data-test-width` / `data-test-height` on them, and element scrolling is implemented just
 * enough for the virtualizer: `scrollTo` moves `scrollTop` and later fires `scroll`.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two cores run both projects' files in parallel: a cold first render can take over a second.
configure({ asyncUtilTimeout: 5000 });

export const TEST_WIDTH = 1024;
export const TEST_HEIGHT = 768;

function sizeOf(element: HTMLElement, axis: 'width' | 'height'): number {
  const attr = element.getAttribute(axis === 'width' ? 'data-test-width' : 'data-test-height');
  if (attr !== null) return Number(attr);
  return axis === 'width' ? TEST_WIDTH : TEST_HEIGHT;
}

for (const [prop, axis] of [
  ['clientWidth', 'width'],
  ['offsetWidth', 'width'],
  ['clientHeight', 'height'],
  ['offsetHeight', 'height'],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return sizeOf(this, axis);
    },
  });
}

// Content height: the explicit heights of the children (the virtualizer sizes its canvas inline),
// so scroll offsets clamp the way a browser would.
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get(this: HTMLElement) {
    let content = 0;
    for (const child of Array.from(this.children)) {
      content += Number.parseFloat((child as HTMLElement).style?.height ?? '') || 0;
    }
    return Math.max(sizeOf(this, 'height'), content);
  },
});

HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect(this: HTMLElement) {
  const width = sizeOf(this, 'width');
  const height = sizeOf(this, 'height');
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: height,
    width,
    height,
    toJSON: () => ({}),
  };
};

Element.prototype.scrollTo = function scrollTo(this: Element, arg?: ScrollToOptions | number, y?: number) {
  const top = typeof arg === 'object' ? arg.top : y;
  const left = typeof arg === 'object' ? arg.left : arg;
  if (typeof top === 'number') this.scrollTop = Math.max(0, top);
  if (typeof left === 'number') this.scrollLeft = Math.max(0, left);
  // Browsers fire scroll events asynchronously (with the next frame), never inside the call.
  setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
};
Element.prototype.scrollIntoView = function scrollIntoView() {};

// jsdom has neither; the app only needs them to exist (sizes come from the stubs above).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// jsdom has no matchMedia; nothing in the app depends on a media query matching.
Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  writable: true,
  value: (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList,
});

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});
