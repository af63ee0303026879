import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IconCache, monogram, qrDataUrl } from '../../../main/core/board/pictures';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
let server: Server;
let base = '';
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/icon.png')
      return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    if (req.url === '/page.html')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>');
    if (req.url === '/huge.png')
      return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(600 * 1024));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('board pictures', () => {
  it('inlines an icon as a data URL, once per address', async () => {
    const icons = new IconCache();
    const icon = await icons.get(`${base}/icon.png`);
    expect(icon).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    const before = hits;
    expect(await icons.get(`${base}/icon.png`)).toBe(icon);
    expect(hits).toBe(before);
  });

  it('gives up on what is not a small image, and asks again later', async () => {
    const icons = new IconCache();
    expect(await icons.get(`${base}/missing.png`)).toBeUndefined();
    expect(await icons.get(`${base}/page.html`)).toBeUndefined();
    expect(await icons.get(`${base}/huge.png`)).toBeUndefined();
    expect(await icons.get('file:///etc/passwd')).toBeUndefined();
    const before = hits;
    await icons.get(`${base}/missing.png`);
    expect(hits).toBe(before + 1);
  });

  it('draws a QR code and a monogram as SVG data URLs', async () => {
    const qr = await qrDataUrl('https://example.com/tester/install/148');
    const svg = Buffer.from(qr.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    expect(svg).toMatch(/^<svg[^>]+viewBox/);
    const mark = Buffer.from(monogram('Field <Notes>').split(',')[1]!, 'base64').toString();
    expect(mark).toContain('>FN</text>');
    expect(monogram('Field Notes')).toBe(monogram('Field Notes'));
  });
});
