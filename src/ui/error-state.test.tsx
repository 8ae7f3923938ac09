import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { ErrorState } from './error-state.tsx';

describe('ErrorState', () => {
  it('says the API key was refused on a 401, keeping the server’s words, with no Retry', async () => {
    const error = new ApiError('Invalid API key', { status: 401, kind: 'http' });
    renderWithProviders(<ErrorState error={error} onRetry={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API key was refused');
    expect(alert).toHaveTextContent('Invalid API key');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it.each([
    ['the network', new ApiError('Failed to fetch', { status: 0, kind: 'network' }), true],
    ['a 503', new ApiError('Service Unavailable', { status: 503, kind: 'http' }), true],
    ['a 429', new ApiError('Too Many Requests', { status: 429, kind: 'http' }), true],
    ['a 404', new ApiError('Album not found', { status: 404, kind: 'http' }), false],
    ['a 422', new ApiError('must be a album_ id', { status: 422, kind: 'http' }), false],
    ['an answer of the wrong shape', new ApiError('Bad body', { status: 200, kind: 'contract' }), false],
  ])('offers Retry for %s: %s', async (_, error, retry) => {
    const onRetry = vi.fn();
    const { user } = renderWithProviders(<ErrorState error={error} onRetry={onRetry} />);
    await screen.findByRole('alert');
    const button = screen.queryByRole('button', { name: 'Retry' });
    expect(Boolean(button)).toBe(retry);
    if (button) {
      await user.click(button);
      expect(onRetry).toHaveBeenCalledOnce();
    }
  });

  it('offers no Retry when there is nothing to retry', async () => {
    renderWithProviders(<ErrorState error={new Error('render failed')} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('render failed');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
