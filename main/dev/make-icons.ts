// `npm run icons`: every installer icon from one SVG, build/icon.svg, drawn by Chromium (the
// same browser the tests use, so nothing else to install): build/icon.icns (macOS),
// build/icon.ico (Windows), build/icons/NxN.png (Linux) and build/icon.png. The outputs are
// committed; run this again after changing the SVG. electron-builder.yml points at them.
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findBrowser, launchOptionsFor } from './browser-choice.mjs';
import { encodeIcns, encodeIco, type SizedPng } from './icon-formats';

const BUILD = resolve('build');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];

const svg = await readFile(resolve(BUILD, 'icon.svg'));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
const browser = await chromium.launch({
  ...launchOptionsFor(findBrowser()),
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const images: SizedPng[] = [];
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${source}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    images.push({ size, png: await page.screenshot({ omitBackground: true }) });
  }
} finally {
  await browser.close();
}

const bySizes = (sizes: number[]) => images.filter((image) => sizes.includes(image.size));
await mkdir(resolve(BUILD, 'icons'), { recursive: true });
for (const { size, png } of images) {
  if (size <= 512) await writeFile(resolve(BUILD, 'icons', `${size}x${size}.png`), png);
}
await writeFile(resolve(BUILD, 'icon.png'), images.find((image) => image.size === 1024)!.png);
await writeFile(resolve(BUILD, 'icon.ico'), encodeIco(bySizes(ICO_SIZES)));
await writeFile(resolve(BUILD, 'icon.icns'), encodeIcns(bySizes(ICNS_SIZES)));
console.log(
  `Wrote build/icon.icns, build/icon.ico, build/icon.png and build/icons/ from build/icon.svg.`,
);
