import { expect, test } from './fixtures';

test.use({ sandboxOptions: { bitbar: { deviceCount: 5000 } } });

// 440 px of 56 px rows is 8 in view, plus overscan: a windowed list stays far below this.
const MAX_ROWS = 40;

test('the Devices view keeps 5,000 devices windowed: few DOM rows, wherever it scrolls', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Devices' }).click();
  const catalog = page.getByRole('region', { name: 'Device catalog' });
  await expect(catalog.getByText('5,000 devices shown of 5,000')).toBeVisible({
    timeout: 30_000,
  });
  const list = catalog.getByRole('list', { name: 'Devices' });
  const rows = list.getByRole('listitem');
  await expect(rows.first()).toBeVisible();

  const rowCount = () => rows.count();
  expect(await rowCount()).toBeGreaterThan(5);
  expect(await rowCount()).toBeLessThanOrEqual(MAX_ROWS);
  const top = await rows.first().textContent();

  // Halfway down the 5,000: other rows, still only a window of them.
  await list.evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
    element.dispatchEvent(new Event('scroll'));
  });
  await expect(rows.first()).not.toHaveText(top ?? '');
  expect(await rowCount()).toBeLessThanOrEqual(MAX_ROWS);
  expect(await page.locator('[data-device-row]').count()).toBeLessThanOrEqual(MAX_ROWS);
  // The list is as tall as all 5,000 rows, so the scroll bar tells the truth.
  expect(await list.evaluate((element) => element.scrollHeight)).toBeGreaterThan(5000 * 40);

  // A search over the whole catalog is windowed too.
  await catalog.getByLabel('Search devices').fill('android');
  await expect(catalog.getByText(/devices? shown of 5,000/)).toBeVisible();
  expect(await rowCount()).toBeLessThanOrEqual(MAX_ROWS);
  await app.screenshot('bitbar-catalog-5000');
});
