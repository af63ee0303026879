import QRCode from 'qrcode';
import { directHttp, type HttpClient } from '../http/client';

/** The board's images as `data:` URLs, so the screen and the exported file need no network. */

const MAX_ICON_BYTES = 512 * 1024;
const ICON_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * A QR code for an install link, only when the link is https: a phone that scans it
 * installs what it downloads, so it must not fetch over plain http. The one exception is
 * the built-in sandbox on this computer (loopback), which no phone reaches anyway.
 */
export async function installQrDataUrl(installUrl: string): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(installUrl);
  } catch {
    return undefined;
  }
  const sandbox = url.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|localhost)$/.test(url.hostname);
  return url.protocol === 'https:' || sandbox ? qrDataUrl(url.href) : undefined;
}

/** Black on white whatever the theme: phones' cameras read that best. */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svgDataUrl(svg);
}

/**
 * The app's icon, fetched once per address. Undefined when it cannot be had (an expired
 * S3 link, a 404, not an image): the caller falls back to a monogram.
 */
export class IconCache {
  readonly #icons = new Map<string, Promise<string | undefined>>();

  /** The core's client, so icons come through the same proxy and trusted CAs. */
  constructor(private readonly http: HttpClient = directHttp) {}

  get(url: string, signal?: AbortSignal): Promise<string | undefined> {
    let icon = this.#icons.get(url);
    if (!icon) {
      icon = fetchIcon(this.http, url, signal);
      this.#icons.set(url, icon);
      // A failure may be passing (the service is down): ask again next time.
      void icon.then((value) => value ?? this.#icons.delete(url));
    }
    return icon;
  }
}

async function fetchIcon(
  http: HttpClient,
  url: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const response = await http.open({
      service: 'installr',
      method: 'GET',
      url,
      ...(signal ? { signal } : {}),
      headersTimeoutMs: 10_000,
    });
    const type = String(response.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (response.statusCode !== 200 || !ICON_TYPES.has(type)) {
      await response.body.dump();
      return undefined;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_ICON_BYTES) {
        response.body.destroy();
        return undefined;
      }
      chunks.push(chunk as Buffer);
    }
    return `data:${type};base64,${Buffer.concat(chunks).toString('base64')}`;
  } catch {
    return undefined;
  }
}

const MONOGRAM_COLOURS = ['#2f6fed', '#7c4dff', '#0f8a7e', '#c2410c', '#b42373', '#3f6212'];

/** A rounded square with the app's initials, coloured by its name so it stays the same. */
export function monogram(title: string): string {
  const words = title
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  const initials = (
    words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : (words[0] ?? '?').slice(0, 2)
  ).toUpperCase();
  let hash = 0;
  for (const char of title) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  const colour = MONOGRAM_COLOURS[hash % MONOGRAM_COLOURS.length];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="14" fill="${colour}"/>` +
    `<text x="32" y="41" text-anchor="middle" font-family="-apple-system,'Segoe UI',sans-serif" ` +
    `font-size="24" font-weight="600" fill="#ffffff">${escapeXml(initials)}</text></svg>`;
  return svgDataUrl(svg);
}

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
