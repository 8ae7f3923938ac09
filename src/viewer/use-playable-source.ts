import { useQuery } from '@tanstack/react-query';
import { assetQueries } from '../api/queries.ts';

export type PlayableSource =
  | { state: 'ready'; url: string }
  | { state: 'checking' }
  | { state: 'preparing' }
  | { state: 'failed'; message: string };

/**
 * The URL a `<video>` can play. A local server's `playback_url` may still be making its H.264
 * copy: it is asked first (as JSON) and again until ready. Other servers' originals (a Gumnut
 * account's through the gateway) play as they are.
 */
export function usePlayableSource(
  playbackUrl: string | null | undefined,
  fallbackUrl: string,
): PlayableSource {
  const state = useQuery({ ...assetQueries.video(playbackUrl ?? ''), enabled: Boolean(playbackUrl) });
  if (!playbackUrl) return { state: 'ready', url: fallbackUrl };
  if (state.isError) return { state: 'failed', message: state.error.message };
  if (!state.data) return { state: 'checking' };
  return state.data.status === 'ready' ? { state: 'ready', url: playbackUrl } : { state: 'preparing' };
}
