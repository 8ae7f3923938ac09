import { describe, expect, it } from 'vitest';
import { ALBUMS } from './albums.ts';
import { CAST } from './people.ts';
import { planDemoShots } from './plan.ts';

const shots = planDemoShots({ count: 320, seed: 20250614 });
const inAlbum = (album: string | null) => shots.filter((s) => s.album === album);
const offsets = (album: string) => new Set(inAlbum(album).map((s) => s.offset));

describe('planDemoShots', () => {
  it('is a pure function of count and seed', () => {
    expect(planDemoShots({ count: 320, seed: 20250614 })).toEqual(shots);
    expect(planDemoShots({ count: 320, seed: 1 })).not.toEqual(shots);
  });

  it('fills every album, keeps some loose photos, and names files uniquely', () => {
    expect(shots).toHaveLength(320);
    for (const album of ALBUMS)
      expect(inAlbum(album.folder).length, String(album.folder)).toBeGreaterThan(10);
    expect(new Set(shots.map((s) => s.relPath.toLowerCase())).size).toBe(320);
  });

  it('uses the offsets in force on each day, across daylight-saving changes', () => {
    // The Lisbon trip spans the last Sunday of October 2023, New York the first Sunday of November 2025.
    expect(offsets('2023 Lisbon trip')).toEqual(new Set(['+01:00', '+00:00']));
    expect(offsets('New York 2025')).toEqual(new Set(['-04:00', '-05:00']));
    expect(offsets('Tokyo 2024')).toEqual(new Set(['+09:00']));
    expect(offsets('Iceland 2022')).toEqual(new Set(['+00:00']));
    expect(offsets('Family')).toEqual(new Set(['+01:00', '+02:00']));
  });

  it('derives the capture instant from wall-clock time and offset', () => {
    for (const s of shots) expect(new Date(`${s.localTime}${s.offset}`).getTime()).toBe(s.utcMs);
  });

  it('puts New York west of Greenwich (negative longitude) and leaves home photos without GPS', () => {
    const ny = inAlbum('New York 2025').flatMap((s) => (s.exif?.gps ? [s.exif.gps] : []));
    expect(ny.length).toBeGreaterThan(10);
    for (const gps of ny) {
      expect(gps.latitude).toBeGreaterThan(40.6);
      expect(gps.longitude).toBeLessThan(-73.9);
    }
    expect(inAlbum('Family').every((s) => s.exif?.gps === undefined)).toBe(true);
  });

  it('never uses a camera before it was sold', () => {
    const iphone15 = shots.filter((s) => s.exif?.model === 'iPhone 15 Pro');
    expect(iphone15.length).toBeGreaterThan(0);
    for (const s of iphone15) expect(s.localTime >= '2023-09-22').toBe(true);
  });

  it('has about five photos with no metadata at all, and sideways-stored portraits', () => {
    const bare = shots.filter((s) => s.exif === null);
    expect(bare.length).toBe(5);
    for (const s of bare) expect(s).toMatchObject({ xmp: null, orientation: 1, album: null });
    expect(shots.filter((s) => s.orientation === 6).length).toBeGreaterThan(10);
    expect(shots.filter((s) => s.orientation === 8).length).toBeGreaterThan(3);
    for (const s of shots.filter((s) => s.orientation !== 1)) {
      expect(s.height).toBeGreaterThan(s.width); // upright portrait…
      expect(s.exif?.pixelXDimension).toBe(s.height); // …stored landscape
    }
  });

  it('gives people a long tail: some in many photos, some in few', () => {
    const counts = Object.values(CAST)
      .map((p) => shots.filter((s) => s.people.includes(p.id)).length)
      .sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(3 * (counts[counts.length - 1] ?? 0));
    expect(counts[counts.length - 1]).toBeGreaterThan(5);
  });

  it('always has a sideways photo and a bare photo, even in a tiny library', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const tiny = planDemoShots({ count: 12, seed });
      expect(tiny.some((s) => s.orientation === 6)).toBe(true);
      expect(tiny.some((s) => s.exif === null)).toBe(true);
    }
  });
});
