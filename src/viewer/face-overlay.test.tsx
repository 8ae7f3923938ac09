import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeFace, makePerson } from '../testing/canon-40d.fixture.ts';
import { FaceOverlay, type FaceOverlayProps } from './face-overlay.tsx';

afterEach(cleanup);

const ana = makePerson('person_ana', 'Ana Ferreira', '/api/faces/face_ana/thumbnail');
const nameless = makePerson('person_nameless', null);
const faces = [
  makeFace('face_ana', 'person_ana', { x: 100, y: 50, w: 200, h: 100 }),
  makeFace('face_stranger', null, { x: 600, y: 200, w: 100, h: 150 }),
  makeFace('face_nameless', 'person_nameless', { x: 800, y: 400, w: 150, h: 100 }),
];
const people = [ana, nameless];

function renderOverlay(props: Partial<FaceOverlayProps> = {}) {
  const onHighlightFace = vi.fn();
  const view = render(
    <FaceOverlay
      faces={faces}
      people={people}
      imageWidth={1000}
      imageHeight={500}
      showAll
      highlightedFaceId={null}
      onHighlightFace={onHighlightFace}
      {...props}
    />,
  );
  return { ...view, onHighlightFace };
}

/** The overlay as a route uses it: highlight state lifted, plus the "show all faces" switch. */
function Harness({ initialShowAll }: { initialShowAll: boolean }) {
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(initialShowAll);
  return (
    <>
      <label>
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
        Show all faces
      </label>
      <div className="viewer-photo-frame">
        <FaceOverlay
          faces={faces}
          people={people}
          imageWidth={1000}
          imageHeight={500}
          showAll={showAll}
          highlightedFaceId={highlighted}
          onHighlightFace={setHighlighted}
        />
      </div>
    </>
  );
}

describe('FaceOverlay', () => {
  it('places each box in percent of the full image, from its pixel bounding box', () => {
    renderOverlay();
    const anaBox = screen.getByRole('button', { name: 'Face of Ana Ferreira' });
    expect(anaBox.style.left).toBe('10%');
    expect(anaBox.style.top).toBe('10%');
    expect(anaBox.style.width).toBe('20%');
    expect(anaBox.style.height).toBe('20%');

    const [stranger, nameless] = screen.getAllByRole('button', { name: 'Unnamed face' });
    expect(stranger).toHaveStyle({ left: '60%', top: '40%', width: '10%', height: '30%' });
    expect(nameless).toHaveStyle({ left: '80%', top: '80%', width: '15%', height: '20%' });
  });

  it('names named faces and styles them apart from unnamed ones', () => {
    renderOverlay();
    const anaBox = screen.getByRole('button', { name: 'Face of Ana Ferreira' });
    expect(anaBox).toHaveTextContent('Ana Ferreira');
    expect(anaBox).toHaveClass('face-box--named');
    expect(anaBox).not.toHaveClass('face-box--unnamed');

    // A face with no person and a face of a person nobody has named are both "unnamed".
    const unnamed = screen.getAllByRole('button', { name: 'Unnamed face' });
    expect(unnamed).toHaveLength(2);
    for (const box of unnamed) {
      expect(box).toHaveClass('face-box--unnamed');
      expect(box).toHaveTextContent('');
    }
  });

  it('reports hover and keyboard focus on a box as the highlighted face', async () => {
    const user = userEvent.setup();
    const { onHighlightFace } = renderOverlay();
    const anaBox = screen.getByRole('button', { name: 'Face of Ana Ferreira' });

    await user.hover(anaBox);
    expect(onHighlightFace).toHaveBeenLastCalledWith('face_ana');
    await user.unhover(anaBox);
    expect(onHighlightFace).toHaveBeenLastCalledWith(null);

    await user.tab();
    expect(anaBox).toHaveFocus();
    expect(onHighlightFace).toHaveBeenLastCalledWith('face_ana');
    await user.tab();
    expect(onHighlightFace).toHaveBeenLastCalledWith('face_stranger');
  });

  it('shows every face with showAll, and dims nothing', () => {
    const { getByTestId } = renderOverlay({ showAll: true, highlightedFaceId: 'face_ana' });
    for (const box of screen.getAllByRole('button')) expect(box).toBeVisible();
    expect(screen.getByRole('button', { name: 'Face of Ana Ferreira' })).toHaveClass('face-box--highlighted');
    expect(getByTestId('face-overlay')).not.toHaveAttribute('data-dimmed');
  });

  it('without showAll shows only the highlighted face and dims the rest of the photo', () => {
    const { getByTestId, rerender, onHighlightFace } = renderOverlay({ showAll: false });
    // Nothing highlighted: no box is visible, nothing is dimmed, but the faces are still there
    // to be found by pointer or keyboard.
    expect(screen.getAllByRole('button')).toHaveLength(3);
    for (const box of screen.getAllByRole('button')) expect(box).not.toBeVisible();
    expect(getByTestId('face-overlay')).not.toHaveAttribute('data-dimmed');

    rerender(
      <FaceOverlay
        faces={faces}
        people={people}
        imageWidth={1000}
        imageHeight={500}
        showAll={false}
        highlightedFaceId="face_ana"
        onHighlightFace={onHighlightFace}
      />,
    );
    expect(screen.getByRole('button', { name: 'Face of Ana Ferreira' })).toBeVisible();
    for (const box of screen.getAllByRole('button', { name: 'Unnamed face' })) {
      expect(box).not.toBeVisible();
    }
    expect(getByTestId('face-overlay')).toHaveAttribute('data-dimmed', 'true');
  });

  it('reveals a hidden face while the pointer is on it, and the toggle shows them all', async () => {
    const user = userEvent.setup();
    render(<Harness initialShowAll={false} />);
    const anaBox = screen.getByRole('button', { name: 'Face of Ana Ferreira' });
    expect(anaBox).not.toBeVisible();

    await user.hover(anaBox);
    expect(anaBox).toBeVisible();
    expect(anaBox).toHaveTextContent('Ana Ferreira');
    await user.unhover(anaBox);
    expect(anaBox).not.toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: 'Show all faces' }));
    for (const box of screen.getAllByRole('button')) expect(box).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Show all faces' }));
    for (const box of screen.getAllByRole('button')) expect(box).not.toBeVisible();
  });

  it('draws nothing it cannot place: unknown image size, or a box outside the image', () => {
    renderOverlay({ imageWidth: 0 });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    cleanup();
    renderOverlay({ faces: [makeFace('face_off', null, { x: 5000, y: 0, w: 10, h: 10 })] });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
