import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../testing/render.tsx';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Asset } from '../../contract/entities.ts';
import { AssetInfoPanel, type AssetInfoPanelProps } from './asset-info-panel.tsx';
import { CANON_40D_FILE_SIZE, canon40dAsset, makeFace, makePerson } from '../testing/canon-40d.fixture.ts';
import { FaceOverlay } from './face-overlay.tsx';

afterEach(cleanup);

const personHref = (id: string) => `/people/${id}`;

function renderPanel(asset: Asset, props: Partial<AssetInfoPanelProps> = {}) {
  // Inside the app's providers: "More" asks the (in-process, real) server for the file's tags.
  renderWithProviders(<AssetInfoPanel asset={asset} personHref={personHref} {...props} />);
  return screen.getByRole('complementary', { name: 'Photo details' });
}

/** The value shown next to a label, or null when the panel has no such row. */
function valueOf(panel: HTMLElement, label: string): string | null {
  const term = within(panel).queryAllByText(label, { selector: 'dt' }).at(0);
  return term?.nextElementSibling?.textContent ?? null;
}

const withPeople = () =>
  canon40dAsset({
    faces: [
      makeFace('face_ana', 'person_ana', { x: 10, y: 17, w: 20, h: 17 }),
      makeFace('face_rui', 'person_rui', { x: 50, y: 17, w: 20, h: 17 }),
      makeFace('face_stranger', null, { x: 70, y: 40, w: 10, h: 10 }),
      makeFace('face_nameless', 'person_nameless', { x: 80, y: 50, w: 10, h: 10 }),
    ],
    people: [
      makePerson('person_ana', 'Ana Ferreira', '/api/faces/face_ana/thumbnail'),
      makePerson('person_rui', 'Rui Santos'),
      makePerson('person_nameless', null),
    ],
  });

describe('AssetInfoPanel with the real EXIF of a Canon EOS 40D photo', () => {
  it('shows camera, exposure, date and file facts as a photographer reads them', () => {
    const panel = renderPanel(canon40dAsset(), { fileSizeBytes: CANON_40D_FILE_SIZE });
    expect(valueOf(panel, 'Camera')).toBe('Canon EOS 40D');
    expect(valueOf(panel, 'Aperture')).toBe('ƒ/7.1');
    expect(valueOf(panel, 'Shutter')).toBe('1/160 s');
    expect(valueOf(panel, 'ISO')).toBe('ISO 100');
    expect(valueOf(panel, 'Focal length')).toBe('135 mm');
    expect(valueOf(panel, 'Exposure bias')).toBe('0 EV');
    expect(valueOf(panel, 'Taken')).toBe('Fri, May 30, 2008, 3:56:01 PM time zone unknown');
    expect(valueOf(panel, 'Name')).toBe('Canon_40D.jpg');
    expect(valueOf(panel, 'Type')).toBe('image/jpeg');
    expect(valueOf(panel, 'Dimensions')).toBe('100 × 68 (6,800 pixels)');
    expect(valueOf(panel, 'File size')).toBe('8.0 kB');
  });

  it('leaves out what the file does not say, with no empty or "undefined" rows', () => {
    const panel = renderPanel(canon40dAsset());
    expect(valueOf(panel, 'Lens')).toBeNull();
    expect(valueOf(panel, 'File size')).toBeNull();
    expect(valueOf(panel, 'Rating')).toBeNull();
    expect(within(panel).queryByRole('heading', { name: 'Place' })).toBeNull();
    expect(within(panel).queryByRole('heading', { name: 'People' })).toBeNull();
    expect(panel.textContent).not.toMatch(/undefined|null|NaN/);
    for (const dd of panel.querySelectorAll('dd')) expect(dd.textContent?.trim()).not.toBe('');
  });

  it('keeps every other EXIF field under a collapsed "More"', async () => {
    const user = userEvent.setup();
    const panel = renderPanel(canon40dAsset());
    const details = panel.querySelector('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    await user.click(within(panel).getByText('More'));
    expect(details).toHaveAttribute('open');
    // This server has no file for the fixture (404): "More" lists what the index knows.
    await within(details!).findByText('Orientation');
    expect(valueOf(panel, 'Orientation')).toBe('Normal');
    expect(valueOf(panel, 'Date taken (EXIF)')).toBe('Fri, May 30, 2008, 3:56:01 PM time zone unknown');
    expect(valueOf(panel, 'Date modified')).toBe('Thu, Jul 31, 2008, 10:38:11 AM time zone unknown');
    // Fields with their own rows are not repeated there.
    expect(within(details!).queryByText('Canon EOS 40D')).toBeNull();
  });
});

describe('AssetInfoPanel', () => {
  it('shows the zone the photo was taken in, not the viewer’s', () => {
    const panel = renderPanel(canon40dAsset({ local_datetime: '2024-06-01T23:30:05-07:00' }));
    expect(valueOf(panel, 'Taken')).toBe('Sat, Jun 1, 2024, 11:30:05 PM UTC−07:00');
    expect(within(panel).queryByText('time zone unknown')).toBeNull();
  });

  it('says so when the file has no camera metadata at all', async () => {
    const panel = renderPanel(canon40dAsset({ exif: null }));
    expect(within(panel).getByText('This file has no camera details')).toBeVisible();
    expect(valueOf(panel, 'Camera')).toBeNull();
    // "More" is still offered: the server may read tags the index doesn't have.
    expect(panel.querySelector('details')).not.toHaveAttribute('open');
    // The file's own facts are still there.
    expect(valueOf(panel, 'Name')).toBe('Canon_40D.jpg');

    cleanup();
    const emptyExif = renderPanel(canon40dAsset({ exif: { make: '', model: null } }));
    expect(within(emptyExif).getByText('This file has no camera details')).toBeInTheDocument();

    // Metadata without any camera field (a TIFF scan with a date and an orientation): the Camera
    // section is still there and says so, and the rest goes to "More".
    cleanup();
    const scan = renderPanel(
      canon40dAsset({
        mime_type: 'image/tiff',
        exif: { original_datetime: '2008:05:30 15:56:01', orientation: 1 },
      }),
    );
    expect(within(scan).getByRole('heading', { name: 'Camera' })).toBeInTheDocument();
    expect(within(scan).getByText('This file has no camera details')).toBeInTheDocument();
    await userEvent.click(within(scan).getByText('More'));
    await within(scan).findByText('Orientation');
    expect(valueOf(scan, 'Orientation')).toBe('Normal');
  });

  it('renders a description as text, never as HTML', () => {
    const description = 'Iguana <script>window.pwned = true</script><b>bold</b>';
    const asset = canon40dAsset();
    const panel = renderPanel({ ...asset, exif: { ...asset.exif, description } });
    expect(within(panel).getByText(description)).toBeInTheDocument();
    expect(panel.querySelector('script, b')).toBeNull();
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('shows place, coordinates (with the offline mini-map), altitude and rating', async () => {
    const asset = canon40dAsset();
    const panel = renderPanel({
      ...asset,
      exif: {
        ...asset.exif,
        latitude: 38.7223,
        longitude: -9.1393,
        altitude: -5,
        city: 'Lisbon',
        state: '',
        country: 'Portugal',
        rating: 3,
      },
    });
    expect(valueOf(panel, 'Place')).toBe('Lisbon, Portugal');
    // The offline mini-map loads lazily after the text: wait for it, then read the row.
    expect(await within(panel).findByRole('link', { name: 'Show on map' })).toHaveAttribute(
      'href',
      '/map?center=-9.1393%2C38.7223&zoom=11',
    );
    expect(valueOf(panel, 'Coordinates')).toMatch(/^38\.7223° N, 9\.1393° W OpenStreetMap/);
    expect(within(panel).getByRole('link', { name: 'OpenStreetMap' })).toHaveAttribute(
      'href',
      expect.stringContaining('mlat=38.7223&mlon=-9.1393'),
    );
    expect(valueOf(panel, 'Altitude')).toBe('5 m below sea level');
    expect(within(panel).getByRole('img', { name: '3 out of 5 stars' })).toHaveTextContent('★★★☆☆');
  });
});

describe('AssetInfoPanel people', () => {
  it('lists named people as linked chips and counts the unnamed faces', () => {
    const panel = renderPanel(withPeople());
    const ana = within(panel).getByRole('link', { name: 'Ana Ferreira' });
    expect(ana).toHaveAttribute('href', '/people/person_ana');
    expect(ana.querySelector('img')).toHaveAttribute('src', '/api/faces/face_ana/thumbnail');
    const rui = within(panel).getByRole('link', { name: 'Rui Santos' });
    expect(rui).toHaveAttribute('href', '/people/person_rui');
    expect(rui).toHaveTextContent('RS');
    expect(within(panel).getByText('Also 2 unnamed faces')).toBeInTheDocument();
    expect(
      within(panel)
        .getAllByRole('link', { name: /./ })
        .map((l) => l.textContent),
    ).not.toContain('');
  });

  it('highlights a person’s face while their chip is hovered or focused', async () => {
    const user = userEvent.setup();
    const onHighlightFace = vi.fn();
    const panel = renderPanel(withPeople(), { onHighlightFace });
    const rui = within(panel).getByRole('link', { name: 'Rui Santos' });
    await user.hover(rui);
    expect(onHighlightFace).toHaveBeenLastCalledWith('face_rui');
    await user.unhover(rui);
    expect(onHighlightFace).toHaveBeenLastCalledWith(null);
    await user.tab();
    expect(onHighlightFace).toHaveBeenLastCalledWith('face_ana');
  });

  it('lights up the chip of the person whose face is highlighted', () => {
    const panel = renderPanel(withPeople(), { highlightedFaceId: 'face_ana' });
    expect(within(panel).getByRole('link', { name: 'Ana Ferreira' })).toHaveAttribute(
      'data-highlighted',
      'true',
    );
    expect(within(panel).getByRole('link', { name: 'Rui Santos' })).not.toHaveAttribute('data-highlighted');
  });

  it('works both ways next to the face overlay, sharing one highlight', async () => {
    const user = userEvent.setup();
    const asset = withPeople();
    function DetailHarness() {
      const [highlighted, setHighlighted] = useState<string | null>(null);
      return (
        <MemoryRouter>
          <FaceOverlay
            faces={asset.faces ?? []}
            people={asset.people ?? []}
            imageWidth={asset.width ?? 0}
            imageHeight={asset.height ?? 0}
            showAll={false}
            highlightedFaceId={highlighted}
            onHighlightFace={setHighlighted}
          />
          <AssetInfoPanel
            asset={asset}
            personHref={personHref}
            highlightedFaceId={highlighted}
            onHighlightFace={setHighlighted}
          />
        </MemoryRouter>
      );
    }
    render(<DetailHarness />);
    const ruiBox = screen.getByRole('button', { name: 'Face of Rui Santos' });
    const ruiChip = screen.getByRole('link', { name: 'Rui Santos' });
    expect(ruiBox).not.toBeVisible();

    await user.hover(ruiChip);
    expect(ruiBox).toBeVisible();
    await user.unhover(ruiChip);
    expect(ruiBox).not.toBeVisible();

    await user.hover(ruiBox);
    expect(ruiChip).toHaveAttribute('data-highlighted', 'true');
    await user.unhover(ruiBox);
    expect(ruiChip).not.toHaveAttribute('data-highlighted');
  });
});
