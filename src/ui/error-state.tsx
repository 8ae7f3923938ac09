import { ApiError, describeError, isRetriable, needsSignIn } from '../api/client.ts';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** Inline (under a list) rather than filling the view. */
  compact?: boolean;
}

/**
 * Retry only where another try can help: the network, 5xx, 429 (the API's retry rule). A 4xx
 * answer would come back the same; an error that isn't the API's (a page that failed to draw)
 * may be fixed by a reload, so it keeps the offer.
 */
const canRetry = (error: unknown) => !(error instanceof ApiError) || isRetriable(error);

/** The server's own message and, when it can help, a way to try again; a 401 says the API key was refused. */
export function ErrorState({ error, onRetry, compact = false }: ErrorStateProps) {
  const { title, message } = describeError(error);
  return (
    <div className={compact ? 'state state--compact state--error' : 'state state--error'} role="alert">
      <p className="state__title">{title}</p>
      <p className="state__message">{message}</p>
      {needsSignIn(error) ? (
        // A full page load: /sign-in is the server's own page, not a route of the gallery.
        <a
          className="button"
          href={`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`}
        >
          Sign in
        </a>
      ) : onRetry && canRetry(error) ? (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
