import type { Page } from '@playwright/test';
import { expect, test, type AppFixture } from './fixtures';
import { viewTour } from './view-tour';

const NARROW = { width: 900, height: 600 };
const WIDE = { width: 1280, height: 800 };

/**
 * Elements that reach past the right edge of the view area (and are not inside something
 * that clips them, like an ellipsised name): what a person would see cut off.
 */
async function stickingOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no <main>'];
    const right = main.getBoundingClientRect().left + main.clientWidth;
    const clipped = (element: Element): boolean => {
      for (let at = element.parentElement; at && at !== main; at = at.parentElement) {
        if (getComputedStyle(at).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...main.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > right + 1 && !clipped(element);
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
        const text = (element.textContent ?? '').trim().slice(0, 40);
        return `${name} “${text}” ends at ${Math.round(box.right)} px, the view at ${Math.round(right)}`;
      });
  });
}

/** Neither the window nor the view area scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    return {
      document: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      main: [main.scrollWidth, main.clientWidth],
    };
  });
  expect(widths.document[0], 'the window scrolls sideways').toBeLessThanOrEqual(
    widths.document[1]!,
  );
  expect(widths.main[0], 'the view scrolls sideways').toBeLessThanOrEqual(widths.main[1]!);
  expect(await stickingOut(page)).toEqual([]);
}

/** The whole view at this width: the window grows to its content for the picture. */
async function shoot(app: AppFixture, name: string): Promise<void> {
  const { page } = app;
  const size = page.viewportSize()!;
  await page.mouse.move(size.width - 4, size.height - 4); // no hover tooltip in the picture
  const height = await page.locator('main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await app.screenshot(name);
  await page.setViewportSize(size);
}

for (const stop of viewTour) {
  test(`${stop.slug} works at 900×600 with nothing cut off (and at 1000 and 1280 px)`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize(NARROW);
    await stop.open(app);
    await expectNoSidewaysScroll(page);
    for (const part of stop.keyParts(page)) {
      await part.first().scrollIntoViewIfNeeded();
      const box = (await part.first().boundingBox())!;
      expect(box, `${part} is on screen`).not.toBeNull();
      expect(box.x, `${part} starts inside the window`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${part} ends inside the window`).toBeLessThanOrEqual(NARROW.width);
      if (box.height <= NARROW.height) {
        // Scrolled into view, sub-pixel borders may land a pixel either side.
        expect(box.y).toBeGreaterThanOrEqual(-2);
        expect(box.y + box.height).toBeLessThanOrEqual(NARROW.height + 2);
      }
    }
    // The title stays on one line (20 px type, 1.45 line height).
    expect((await page.locator('main h1').first().boundingBox())!.height).toBeLessThan(35);
    if (stop.wholeNames) {
      const cut = await stop
        .wholeNames(page)
        .evaluateAll((names) =>
          names
            .filter((name) => name.scrollWidth > name.clientWidth)
            .map((name) => name.textContent),
        );
      expect(cut, 'names cut short').toEqual([]);
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await shoot(app, `${stop.slug}-900-${colorScheme}`);
    }

    // Just wide enough for the full sidebar again: the tightest width for the content.
    await page.setViewportSize({ width: 1000, height: 700 });
    await expectNoSidewaysScroll(page);

    await page.setViewportSize(WIDE);
    await expectNoSidewaysScroll(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await shoot(app, `${stop.slug}-1280-${colorScheme}`);
    }
  });
}

test('below 1000 px the sidebar shows icons, each still named and with a tooltip', async ({
  app,
}) => {
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const apps = nav.getByRole('button', { name: 'Apps', exact: true });
  await page.setViewportSize({ width: 1000, height: 700 });
  expect((await nav.boundingBox())!.width).toBeGreaterThan(150);
  await expect(apps.locator('.nav-label')).toBeVisible();

  await page.setViewportSize(NARROW);
  expect((await nav.boundingBox())!.width).toBeLessThanOrEqual(64);
  for (const label of ['Upload', 'Status board', 'Apps', 'Testers', 'Devices', 'Settings']) {
    await expect(nav.getByRole('button', { name: label, exact: true })).toBeVisible();
  }
  // The label is clipped away, not hidden: it stays the button's accessible name.
  const tooltip = apps.locator('.nav-label');
  const clip = () => tooltip.evaluate((label) => getComputedStyle(label).clipPath);
  expect(await clip()).not.toBe('none');
  await apps.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(apps).toBeFocused();
  await expect.poll(clip).toBe('none');
  const tip = (await tooltip.boundingBox())!;
  const item = (await apps.boundingBox())!;
  expect(tip.x).toBeGreaterThanOrEqual(item.x + item.width);
  await app.screenshot('sidebar-collapsed-tooltip');
  await apps.press('Enter');
  await expect(page.getByRole('heading', { name: 'Apps', level: 1 })).toBeVisible();
});
