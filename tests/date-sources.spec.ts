import { expect, test, type Page } from '@playwright/test';

interface Listed {
  id: string;
  original_file_name: string;
  local_datetime: string;
  local_datetime_source: string | null;
  time_zone_source: string | null;
  place_source: string | null;
}

async function openDetails(page: Page, asset: Listed) {
  await page.goto(`/assets/${asset.id}`);
  const details = page.getByRole('complementary', { name: 'Photo details' });
  // Once the toolbar names the photo, the panel is open or closed for good (closed on a phone).
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toContainText(asset.original_file_name);
  if (!(await details.isVisible())) await page.getByRole('button', { name: 'Info panel' }).click();
  return details;
}

/**
 * The demo library's photos forwarded through WhatsApp (`IMG-20231025-WA0001.jpg`) carry no
 * metadata: their date comes from the name. Every other demo photo has a camera date.
 */
test('the detail panel says where a photo’s date came from: the camera, or the file name', async ({
  page,
}) => {
  const listed = (await (await page.request.get('/api/assets?limit=1000&media_type=image')).json()) as {
    data: Listed[];
  };
  const forwarded = listed.data.find((a) => /^IMG-\d{8}-WA\d+/.test(a.original_file_name));
  expect(forwarded, 'the demo library has a WhatsApp-forwarded photo').toBeDefined();
  expect(forwarded).toMatchObject({ local_datetime_source: 'file_name', time_zone_source: null });
  const day = forwarded!.original_file_name.slice(4, 12);
  expect(forwarded!.local_datetime).toBe(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T00:00:00`);

  const details = await openDetails(page, forwarded!);
  await expect(details.getByText('Date from the file name', { exact: true })).toBeVisible();
  await expect(details).toContainText('time zone unknown');

  const camera = listed.data.find(
    (a) => a.local_datetime_source === 'camera' && a.time_zone_source === 'camera',
  );
  expect(camera, 'the demo library has a photo whose camera wrote its zone').toBeDefined();
  const cameraDetails = await openDetails(page, camera!);
  await expect(cameraDetails.getByText('Date and time zone from the camera')).toBeVisible();
  if (camera!.place_source === 'file') await expect(cameraDetails).toContainText('written in the file');
});
