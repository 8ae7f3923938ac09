import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render.tsx';

function Broken(): never {
  throw new Error('The page could not be drawn');
}

describe('a render error', () => {
  it('shows what happened and the way home instead of a blank page', async () => {
    // React logs the caught error; keep the test output readable.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithProviders(<Broken />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all photos' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
