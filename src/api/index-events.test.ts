import { afterEach, describe, expect, it, vi } from 'vitest';
import { followIndexFeed, needsRefetch, reconnectDelayMs, type FeedMoment } from './index-events.ts';

const state = (generation: number) => ({ generation, asset_count: 10 });

describe('needsRefetch: what a state from the live feed asks of the gallery', () => {
  const cases: [string, number | null, number, FeedMoment, boolean][] = [
    ['the page’s first state describes what it just loaded', null, 4, 'opened', false],
    ['a later state with a new generation', 4, 5, 'live', true],
    ['a later state with the same generation (a repeat)', 5, 5, 'live', false],
    ['back in view, nothing changed meanwhile', 5, 5, 'resumed', false],
    ['back in view, the index changed meanwhile', 5, 9, 'resumed', true],
    ['after a dropped connection, always once (maybe another index)', 5, 5, 'reconnected', true],
  ];
  it.each(cases)('%s', (_name, last, next, moment, refetch) => {
    expect(needsRefetch(last === null ? null : state(last), state(next), moment)).toBe(refetch);
  });
});

describe('reconnectDelayMs', () => {
  it.each([
    [0, 1000],
    [1, 2000],
    [3, 8000],
    [5, 30_000],
    [40, 30_000],
  ])('attempt %i waits %i ms', (attempt, ms) => {
    expect(reconnectDelayMs(attempt)).toBe(ms);
  });
});

/** A browser EventSource, driven by the test: open, a state, an error in a given ready state. */
class FakeSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static made: FakeSource[] = [];
  readyState = FakeSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners: ((event: { data: string }) => void)[] = [];
  constructor(readonly url: string) {
    FakeSource.made.push(this);
  }
  addEventListener(_type: string, listener: (event: { data: string }) => void) {
    this.listeners.push(listener);
  }
  close() {
    this.readyState = FakeSource.CLOSED;
  }
  open() {
    this.readyState = FakeSource.OPEN;
    this.onopen?.();
  }
  send(generation: number) {
    for (const listener of this.listeners) listener({ data: JSON.stringify(state(generation)) });
  }
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.();
  }
}

describe('followIndexFeed', () => {
  const doc = { visibilityState: 'visible', addEventListener: () => {}, removeEventListener: () => {} };
  const follow = (onChange: () => void) =>
    followIndexFeed({
      baseUrl: '',
      onChange,
      EventSource: FakeSource as unknown as typeof EventSource,
      document: doc as unknown as Document,
    });
  afterEach(() => {
    FakeSource.made = [];
    vi.useRealTimers();
  });

  it('the first state of a feed that opens at once changes nothing', () => {
    const onChange = vi.fn();
    const stop = follow(onChange);
    FakeSource.made[0]!.open();
    FakeSource.made[0]!.send(3);
    expect(onChange).not.toHaveBeenCalled();
    FakeSource.made[0]!.send(4);
    expect(onChange).toHaveBeenCalledOnce();
    stop();
  });

  it('a feed that opens only on a retry refetches once: the page went without the server meanwhile', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = follow(onChange);
    FakeSource.made[0]!.fail(FakeSource.CONNECTING); // not reachable: a network error
    await vi.advanceTimersByTimeAsync(reconnectDelayMs(0));
    expect(FakeSource.made).toHaveLength(2);
    FakeSource.made[1]!.open();
    FakeSource.made[1]!.send(3);
    expect(onChange).toHaveBeenCalledOnce();
    stop();
  });

  it('a server that answers without a feed is not asked again', async () => {
    vi.useFakeTimers();
    const stop = follow(() => {});
    FakeSource.made[0]!.fail(FakeSource.CLOSED);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSource.made).toHaveLength(1);
    stop();
  });
});

describe('refreshLibraryQueries', () => {
  it('marks every list of the library stale, the sidebar’s places among them', async () => {
    const { QueryClient } = await import('@tanstack/react-query');
    const { placeQueries } = await import('./queries.ts');
    const { refreshLibraryQueries } = await import('./index-events.ts');
    const queryClient = new QueryClient();
    const places = placeQueries.list({}).queryKey;
    queryClient.setQueryData(places, { countries: [] });
    await refreshLibraryQueries(queryClient);
    expect(queryClient.getQueryState(places)?.isInvalidated).toBe(true);
  });
});
