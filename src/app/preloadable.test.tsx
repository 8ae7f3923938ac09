import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable, usePreloaded } from './preloadable.ts';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;
const helloModule = () => Promise.resolve({ Hello });

describe('preloadable', () => {
  it('shares one import between calls and tries again after a failure', async () => {
    let calls = 0;
    const source = preloadable(() => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('offline')) : helloModule();
    });
    await expect(source.preload()).rejects.toThrow('offline');
    expect(source.loaded()).toBeNull();
    const [a, b] = [source.preload(), source.preload()];
    expect(await a).toBe(await b);
    expect(calls).toBe(2);
    expect(source.loaded()?.Hello).toBe(Hello);
  });
});

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>Failed: {this.state.error.message}</p> : this.props.children;
  }
}

function Page({ source }: { source: ReturnType<typeof preloadable<{ Hello: typeof Hello }>> }) {
  const module = usePreloaded(source);
  return module ? <module.Hello name="page" /> : <p>Loading the page</p>;
}

describe('usePreloaded', () => {
  it('gives a module already in at once, with no loading step', async () => {
    const source = preloadable(helloModule);
    await source.preload();
    render(<Page source={source} />);
    expect(screen.getByText('Hello page')).toBeTruthy();
  });

  it('loads a module not yet in, showing the loading state meanwhile', async () => {
    render(<Page source={preloadable(helloModule)} />);
    expect(screen.getByText('Loading the page')).toBeTruthy();
    expect(await screen.findByText('Hello page')).toBeTruthy();
  });

  it('hands a failed import to the error boundary', async () => {
    const source = preloadable<{ Hello: typeof Hello }>(() => Promise.reject(new Error('chunk gone')));
    const quiet = console.error;
    console.error = () => undefined; // React reports the caught error; it is expected here.
    try {
      render(
        <Boundary>
          <Page source={source} />
        </Boundary>,
      );
      await act(async () => {
        await source.preload().catch(() => undefined);
      });
      expect(await screen.findByText('Failed: chunk gone')).toBeTruthy();
    } finally {
      console.error = quiet;
    }
  });
});
