import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps page-wide state (one first load per page): a fresh copy for each test.
async function freshModule() {
  vi.resetModules();
  return import('./first-photos.ts');
}

describe('first photos before the rest of the page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('with no timeline holding it, the rest follows the first paint', async () => {
    const m = await freshModule();
    const wake = vi.fn();
    m.whenFirstPhotosShown(wake);
    expect(wake).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5);
    expect(m.hasPainted()).toBe(true);
    expect(wake).toHaveBeenCalledOnce();
    expect(m.firstPhotosShown()).toBe(true);
  });

  it('a timeline holds the rest past the paint until a photo is shown, then one frame more', async () => {
    const m = await freshModule();
    m.holdForFirstPhotos();
    const wake = vi.fn();
    m.whenFirstPhotosShown(wake);
    await vi.advanceTimersByTimeAsync(500);
    expect(m.hasPainted()).toBe(true);
    expect(wake).not.toHaveBeenCalled();
    m.firstPhotoShown();
    expect(wake).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5);
    expect(wake).toHaveBeenCalledOnce();
  });

  it('never holds longer than the limit (a slow image server)', async () => {
    const m = await freshModule();
    m.holdForFirstPhotos();
    const wake = vi.fn();
    m.whenFirstPhotosShown(wake);
    await vi.advanceTimersByTimeAsync(m.HOLD_LIMIT_MS - 10);
    expect(wake).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20);
    expect(wake).toHaveBeenCalledOnce();
  });

  it('a timeline that goes away (released) lets the rest go', async () => {
    const m = await freshModule();
    const release = m.holdForFirstPhotos();
    const wake = vi.fn();
    m.whenFirstPhotosShown(wake);
    await vi.advanceTimersByTimeAsync(50);
    release();
    release(); // twice is once
    await vi.advanceTimersByTimeAsync(5);
    expect(wake).toHaveBeenCalledOnce();
  });

  it('once over, later waiters wake at once and later holds hold nothing', async () => {
    const m = await freshModule();
    m.whenFirstPhotosShown(() => {});
    await vi.advanceTimersByTimeAsync(5);
    m.holdForFirstPhotos();
    const wake = vi.fn();
    m.whenFirstPhotosShown(wake);
    expect(wake).toHaveBeenCalledOnce();
  });

  it('a cancelled waiter is not woken', async () => {
    const m = await freshModule();
    const wake = vi.fn();
    const cancel = m.whenFirstPhotosShown(wake);
    cancel();
    await vi.advanceTimersByTimeAsync(5);
    expect(wake).not.toHaveBeenCalled();
  });
});
