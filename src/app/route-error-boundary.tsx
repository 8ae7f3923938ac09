import { Component, type ReactNode } from 'react';
import { ErrorState } from '../ui/error-state.tsx';
import { paths } from '../routing/paths.ts';

interface RouteErrorBoundaryProps {
  /** Changes on every navigation: a new page gets a fresh try, as a data router's errorElement does. */
  resetKey: string;
  children: ReactNode;
}

interface RouteErrorBoundaryState {
  error: unknown;
  failedAt: string | null;
}

/**
 * A render error anywhere: say what happened and offer the way home rather than a blank page.
 * A class because React has no hook for catching render errors. A plain `<a>` home: the router's
 * own tree is what failed, so a full load is the dependable way out.
 */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<RouteErrorBoundaryState> {
    return { error };
  }

  override componentDidCatch() {
    this.setState({ failedAt: this.props.resetKey });
  }

  override render() {
    const { error, failedAt } = this.state;
    const stale = failedAt !== null && failedAt !== this.props.resetKey;
    if (error === null || stale) return this.props.children;
    return (
      <div className="app app--error">
        <ErrorState error={error} onRetry={() => window.location.reload()} />
        <a className="button button--quiet" href={paths.grid()}>
          Back to all photos
        </a>
      </div>
    );
  }

  override componentDidUpdate() {
    // Navigated away from the page that failed: forget the error so the new page renders.
    if (this.state.failedAt !== null && this.state.failedAt !== this.props.resetKey) {
      this.setState({ error: null, failedAt: null });
    }
  }
}
