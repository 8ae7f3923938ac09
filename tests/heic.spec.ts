import { expect, test } from '@playwright/test';

interface Listed {
  id: string;
  original_file_name: string;
  width: number;
  height: number;
  stack_id: string | null;
}

/**
 * The demo's "Camera files" album holds an iPhone-style portrait HEIC (pixels stored sideways, the
 * container's irot turning them, EXIF Orientation 6 left inside) and a RAW+JPEG pair. Needs
 * heif-enc, which .ci/run installs: without it the demo has no HEIC and this test fails, loudly.
 */
test('a portrait HEIC shows upright in the viewer, and a RAW+JPEG pair is one tile with both downloads', async ({
  page,
  request,
}) => {
  const albums = (await (await request.get('/api/albums?limit=100')).json()) as {
    data: { id: string; name: string }[];
  };
  const album = albums.data.find((a) => a.name === 'Camera files');
  expect(album, 'the demo library has its Camera files album').toBeDefined();
  const listed = (await (await request.get(`/api/assets?album_id=${album!.id}`)).json()) as {
    data: Listed[];
  };
  const names = listed.data.map((a) => a.original_file_name).sort();
  expect(names).toEqual(['IMG_2041.JPG', 'IMG_3010.HEIC', 'IMG_3011.HEIC']);
  const portrait = listed.data.find((a) => a.original_file_name === 'IMG_3011.HEIC')!;
  expect(portrait.height).toBeGreaterThan(portrait.width);

  await page.goto(`/assets/${portrait.id}`);
  const viewer = page.getByRole('dialog', { name: 'Photo viewer' });
  await expect(viewer).toBeVisible();
  const photo = page.locator('.viewer-photo-frame img').first();
  await expect(photo).toHaveJSProperty('complete', true);
  const natural = await photo.evaluate((img: HTMLImageElement) => ({
    w: img.naturalWidth,
    h: img.naturalHeight,
  }));
  expect(natural.w).toBeGreaterThan(0);
  // Upright: taller than wide, as the phone showed it (turned twice it would be wide again).
  expect(natural.h / natural.w).toBeCloseTo(1200 / 900, 1);
  // The drawn sky is at the top of the upright picture: its top row is lighter than its bottom.
  const rows = await photo.evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const mean = (y: number) => {
      const { data } = ctx.getImageData(0, y, canvas.width, 1);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += data[i]! + data[i + 1]! + data[i + 2]!;
      return sum / (data.length / 4);
    };
    return { top: mean(2), bottom: mean(canvas.height - 3) };
  });
  expect(rows.top).toBeGreaterThan(rows.bottom + 100);

  const jpeg = listed.data.find((a) => a.original_file_name === 'IMG_2041.JPG')!;
  expect(jpeg.stack_id).toMatch(/^asset_stack_/);
  await page.goto(`/assets/${jpeg.id}`);
  await expect(page.getByRole('link', { name: 'Download original' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download IMG_2041.DNG' })).toBeVisible();
});
