import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Asset } from '../../contract/entities.ts';
import { AssetInfoPanel } from './asset-info-panel.tsx';
import { captureSourceText, placeSourceText } from './capture-sources.tsx';
import { canon40dAsset } from '../testing/canon-40d.fixture.ts';

afterEach(cleanup);

type Sources = Pick<Asset, 'local_datetime_source' | 'time_zone_source' | 'place_source'>;

describe('captureSourceText', () => {
  it.each<[Sources, string | null]>([
    [{ local_datetime_source: 'camera', time_zone_source: 'camera' }, 'Date and time zone from the camera'],
    [
      { local_datetime_source: 'camera', time_zone_source: 'gps' },
      'Date from the camera, time zone from GPS',
    ],
    [{ local_datetime_source: 'camera', time_zone_source: null }, 'Date from the camera'],
    [
      { local_datetime_source: 'file_name', time_zone_source: 'gps' },
      'Date from the file name, time zone from GPS',
    ],
    [
      { local_datetime_source: 'file_name', time_zone_source: 'file_name' },
      'Date and time zone from the file name',
    ],
    [
      { local_datetime_source: 'file_time', time_zone_source: 'machine' },
      'File date, in this computer’s time zone',
    ],
    [{ time_zone_source: 'gps' }, 'Time zone from GPS'],
    // The gateway and photos indexed before the server kept this: nothing said.
    [{}, null],
    [{ local_datetime_source: null, time_zone_source: null }, null],
  ])('%o → %s', (sources, text) => {
    expect(captureSourceText(sources)).toBe(text);
  });
});

describe('placeSourceText', () => {
  it.each<[Sources, string | null]>([
    [{ place_source: 'gps' }, 'from GPS'],
    [{ place_source: 'file' }, 'written in the file'],
    [{ place_source: null }, null],
    [{}, null],
  ])('%o → %s', (sources, text) => {
    expect(placeSourceText(sources)).toBe(text);
  });
});

function panelWith(overrides: Partial<Asset>) {
  render(
    <MemoryRouter>
      <AssetInfoPanel asset={canon40dAsset(overrides)} personHref={(id) => `/people/${id}`} />
    </MemoryRouter>,
  );
  return screen.getByRole('complementary', { name: 'Photo details' });
}

const valueOf = (panel: HTMLElement, label: string) =>
  within(panel).queryAllByText(label, { selector: 'dt' }).at(0)?.nextElementSibling?.textContent ?? null;

describe('the detail panel says where the date, zone and place came from', () => {
  it('a file date: when the file was changed, in this computer’s zone, said so', () => {
    const panel = panelWith({
      local_datetime: '2023-03-04T14:06:07+09:00',
      local_datetime_source: 'file_time',
      time_zone_source: 'machine',
    });
    expect(valueOf(panel, 'Taken')).toBe(
      'Sat, Mar 4, 2023, 2:06:07 PM UTC+09:00File date, in this computer’s time zone',
    );
    expect(within(panel).getByText('File date, in this computer’s time zone')).toHaveAttribute(
      'title',
      expect.stringContaining('when the file was last changed'),
    );
  });

  it('a camera date with its zone from GPS', () => {
    const panel = panelWith({
      local_datetime: '2024-06-01T14:30:05+01:00',
      local_datetime_source: 'camera',
      time_zone_source: 'gps',
    });
    expect(within(panel).getByText('Date from the camera, time zone from GPS')).toBeVisible();
  });

  it('a place filled from GPS says so; one written in the file too', () => {
    const exif = { ...canon40dAsset().exif, city: 'Lisbon', country: 'Portugal' };
    const gps = panelWith({ exif, place_source: 'gps' });
    expect(valueOf(gps, 'Place')).toBe('Lisbon, Portugalfrom GPS');
    cleanup();
    const file = panelWith({ exif, place_source: 'file' });
    expect(valueOf(file, 'Place')).toBe('Lisbon, Portugalwritten in the file');
  });

  it('says nothing of sources a server does not give', () => {
    const panel = panelWith({});
    expect(valueOf(panel, 'Taken')).toBe('Fri, May 30, 2008, 3:56:01 PM time zone unknown');
  });
});
