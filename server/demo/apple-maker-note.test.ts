import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { appleMakerNote } from './apple-maker-note.ts';
import { tagLiveStill } from './demo-videos.ts';

it('lays out the header, an IFD of two entries and the identifier', () => {
  const note = appleMakerNote('AB-1');
  expect(note.subarray(0, 14).toString('latin1')).toBe('Apple iOS\0\0\u0001MM');
  expect(note.readUInt16BE(14)).toBe(2);
  expect(note.subarray(note.length - 5).toString('ascii')).toBe('AB-1\0');
});

it('is read back by ExifTool as Apple:ContentIdentifier', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maker-note-'));
  const exiftool = new ExifTool({ maxProcs: 1 });
  try {
    const file = path.join(dir, 'still.jpg');
    await writeFile(
      file,
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
        .jpeg()
        .toBuffer(),
    );
    await tagLiveStill(file, '5D4E3C2B-1A09-4F8E-9D7C-6B5A49382716', exiftool);
    const tags = await exiftool.readRaw(file, { readArgs: ['-G1', '-ContentIdentifier', '-Make'] });
    expect(tags).toMatchObject({
      'Apple:ContentIdentifier': '5D4E3C2B-1A09-4F8E-9D7C-6B5A49382716',
      'IFD0:Make': 'Apple',
    });
  } finally {
    await exiftool.end();
    await rm(dir, { recursive: true, force: true });
  }
});
