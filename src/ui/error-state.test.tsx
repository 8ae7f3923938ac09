import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { ErrorState } from './error-state.tsx';

describe('ErrorState', () => {
  it('says the API key was refused on a 401, keeping the server’s words, and retries', async () => {
    const onRetry = vi.fn();
    const error = new ApiError('Invalid API key', { status: 401, kind: 'http' });
    const { user } = renderWithProviders(<ErrorState error={error} onRetry={onRetry} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API key was refused');
    expect(alert).toHaveTextContent('Invalid API key');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('offers no Retry when there is nothing to retry', async () => {
    renderWithProviders(<ErrorState error={new Error('render failed')} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('render failed');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
