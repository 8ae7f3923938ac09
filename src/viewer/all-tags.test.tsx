import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssetTags } from '../../contract/asset-tags.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { seededDb } from '../testing/seeded-db.ts';
import { AllTags, AllTagsList } from './all-tags.tsx';

afterEach(cleanup);

const LONG_HISTORY = Array.from({ length: 12 }, (_, i) => `saved by Lightroom step ${i + 1}`).join(', ');

/** Part of what the server answers for the Nikon sample (DSCN0010.jpg), in the wire's shape. */
const NIKON: AssetTags = {
  asset_id: 'asset_nikon',
  reader: 'ExifTool 13.59',
  sidecar_file_name: 'DSCN0010.xmp',
  tag_count: 6,
  groups: [
    {
      id: 'EXIF:ExifIFD',
      label: 'EXIF · photo',
      tags: [
        { name: 'ExposureTime', description: 'Exposure Time', value: '1/75', raw: '0.01333333333' },
        { name: 'ISO', description: 'ISO', value: '64', raw: null },
        { name: 'FNumber', description: 'F Number', value: '0.6', raw: null },
      ],
    },
    {
      id: 'MakerNotes:Nikon',
      label: 'Maker notes · Nikon',
      tags: [
        { name: 'ISOSetting', description: 'ISO Setting', value: 'Auto', raw: '0' },
        { name: 'SerialNumber', description: 'Serial Number', value: '4006390', raw: null },
      ],
    },
    {
      id: 'XMP-sidecar',
      label: 'XMP sidecar',
      tags: [{ name: 'History', description: 'History', value: LONG_HISTORY, raw: null }],
    },
  ],
};

const groupButton = (name: RegExp) => screen.getByRole('button', { name });

describe('AllTagsList', () => {
  it('lists the groups, each a collapsed disclosure with its count, and says who read them', async () => {
    const user = userEvent.setup();
    render(<AllTagsList record={NIKON} />);
    expect(screen.getByText('6 tags')).toBeInTheDocument();
    const exif = groupButton(/EXIF · photo \(3\)/);
    expect(exif).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Exposure Time')).toBeNull();
    await user.click(exif);
    expect(exif).toHaveAttribute('aria-expanded', 'true');
    const rows = document.getElementById(exif.getAttribute('aria-controls')!)!;
    // Formatted first, the raw value beside it only where it differs; ƒ/0.6 stays 0.6.
    expect(within(rows).getByText('Exposure Time').nextElementSibling?.textContent).toBe(
      '1/75raw 0.01333333333',
    );
    expect(within(rows).getByText('F Number').nextElementSibling?.textContent).toBe('0.6');
    await user.keyboard('{Enter}');
    expect(exif).toHaveAttribute('aria-expanded', 'false');
    expect(
      screen.getByText(/Read from the file by ExifTool 13\.59, with its sidecar DSCN0010\.xmp/),
    ).toBeVisible();
  });

  it('searches names, descriptions and values, opening the groups that match', async () => {
    const user = userEvent.setup();
    render(<AllTagsList record={NIKON} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search tags' }), 'iso');
    expect(screen.getByText('2 of 6 tags')).toBeInTheDocument();
    expect(groupButton(/EXIF · photo \(1\)/)).toHaveAttribute('aria-expanded', 'true');
    expect(groupButton(/Maker notes · Nikon \(1\)/)).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('ISO Setting')).toBeVisible();
    expect(screen.queryByText('Exposure Time')).toBeNull();
    expect(screen.queryByRole('button', { name: /XMP sidecar/ })).toBeNull();
    // A match's group closes by hand too, until the search changes.
    await user.click(groupButton(/Maker notes · Nikon \(1\)/));
    expect(groupButton(/Maker notes · Nikon \(1\)/)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('ISO Setting')).toBeNull();

    await user.clear(screen.getByRole('searchbox', { name: 'Search tags' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search tags' }), '4006390');
    expect(screen.getByText('Serial Number')).toBeVisible();

    await user.type(screen.getByRole('searchbox', { name: 'Search tags' }), ' nothing');
    expect(screen.getByText('0 of 6 tags')).toBeInTheDocument();
    expect(screen.getByText('No tag matches “4006390 nothing”.')).toBeInTheDocument();
  });

  it('clips a long value, with the whole of it a click away', async () => {
    const user = userEvent.setup();
    render(<AllTagsList record={NIKON} />);
    await user.click(groupButton(/XMP sidecar/));
    const value = screen.getByText(LONG_HISTORY);
    expect(value).toHaveClass('all-tags__value--clipped');
    expect(value).toHaveAttribute('title', LONG_HISTORY);
    const expand = screen.getByRole('button', { name: `Show all (${LONG_HISTORY.length} characters)` });
    await user.click(expand);
    expect(value).not.toHaveClass('all-tags__value--clipped');
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('AllTags', () => {
  it('falls back to what the index knows when the server keeps no record (404)', async () => {
    const { db, seeded } = seededDb({ assets: 1 });
    // The seeded library's files don't exist: the real server answers 404 for the record.
    renderWithProviders(<AllTags assetId={seeded.assetIds[0]!} fallback={<p>From the index</p>} />, { db });
    expect(screen.getByRole('status')).toHaveTextContent('Reading every tag in the file…');
    expect(await screen.findByText('From the index')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
