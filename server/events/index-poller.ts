/**
 * One poller per database (so per server process) shared by every open feed: it reads the change
 * counter every `intervalMs` while anyone listens, and tells the listeners when it moved. A read of
 * one row is cheaper than any wake-up scheme across processes, and it sees every writer.
 */
import type { IndexChanged } from '../../contract/index-events.ts';
import type { Db } from '../db/open-db.ts';
import { indexGeneration, indexState } from './index-state.repo.ts';

export interface IndexListener {
  changed(state: IndexChanged): void;
  /** The poller closed (the server stops): end the feed, so the server can finish closing. */
  end(): void;
}

export interface IndexPoller {
  /** Start listening: the unsubscribe, or null when `maxListeners` listen already (or it closed). */
  subscribe(listener: IndexListener): (() => void) | null;
  /** The state now (read from the database). */
  current(): IndexChanged;
  /** How many listen: the timer runs only while this is above 0. */
  listenerCount(): number;
  /** End every feed and take no more: a feed never ends by itself, and would hold a stop open. */
  close(): void;
}

export interface IndexPollerOptions {
  intervalMs?: number;
  maxListeners?: number;
}

/** Every second: a new photo shows within a couple of seconds of its commit. */
export const POLL_INTERVAL_MS = 1000;
/** Each open feed holds a connection: beyond this many, a feed is refused (the gallery works without). */
export const MAX_LISTENERS = 64;

export function createIndexPoller(db: Db, options: IndexPollerOptions = {}): IndexPoller {
  const { intervalMs = POLL_INTERVAL_MS, maxListeners = MAX_LISTENERS } = options;
  const listeners = new Set<IndexListener>();
  let timer: ReturnType<typeof setInterval> | null = null;
  let last = -1;
  let closed = false;
  const stopTimer = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };

  const tick = () => {
    let generation: number;
    try {
      generation = indexGeneration(db);
    } catch {
      return; // The database is closing (shutdown): nothing to tell.
    }
    if (generation === last) return;
    last = generation;
    const state = indexState(db);
    for (const listener of [...listeners]) listener.changed(state);
  };

  return {
    subscribe(listener) {
      if (closed || listeners.size >= maxListeners) return null;
      if (listeners.size === 0) {
        last = indexGeneration(db);
        timer = setInterval(tick, intervalMs);
        // The feed must not keep a process alive that is otherwise done (tests, shutdown).
        timer.unref();
      }
      listeners.add(listener);
      return () => {
        if (listeners.delete(listener) && listeners.size === 0) stopTimer();
      };
    },
    current: () => indexState(db),
    listenerCount: () => listeners.size,
    close() {
      closed = true;
      stopTimer();
      for (const listener of [...listeners]) listener.end();
      listeners.clear();
    },
  };
}
