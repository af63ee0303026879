import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What the core needs from the desktop. The Electron shell implements it with native
 * dialogs and shell.openExternal; tests and the browser preview use `headlessPlatform`.
 */
export interface DesktopPlatform {
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    extensions?: string[];
  }): Promise<string | undefined>;
  chooseFolder(options: { title: string }): Promise<string | undefined>;
  openExternal(url: string): Promise<void>;
  showInFolder(path: string): void;
  /** Electron's `clipboard.writeText`; the page has no clipboard permission of its own. */
  writeClipboard(text: string): Promise<void>;
  /** A system notification (a new build in a watched folder). */
  notify(title: string, body: string): void;
}

/**
 * The one form in which a link leaves for the system browser: parsed and re-serialised
 * (`new URL(u).href`, so what the OS sees is exactly what was checked), http(s) only.
 * Undefined for anything else (file:, javascript:, custom schemes, garbage).
 */
export function externalHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
}

export interface HeadlessPlatform extends DesktopPlatform {
  opened: string[];
  copied: string[];
  notified: { title: string; body: string }[];
  /** What "choose a folder" answers next (tests set it); `downloadsDir` when unset. */
  nextFolder?: string;
}

/**
 * No dialogs: files go to `downloadsDir`; links, copied text and notifications are recorded
 * instead of opened, put on the clipboard or shown (tests read `opened`, `copied`, `notified`).
 */
export function headlessPlatform(downloadsDir: string): HeadlessPlatform {
  const platform: HeadlessPlatform = {
    opened: [],
    copied: [],
    notified: [],
    chooseSavePath: async ({ defaultName }) => {
      await mkdir(downloadsDir, { recursive: true });
      return join(downloadsDir, defaultName);
    },
    chooseFolder: async () => {
      if (platform.nextFolder) return platform.nextFolder;
      await mkdir(downloadsDir, { recursive: true });
      return downloadsDir;
    },
    openExternal: async (url) => void platform.opened.push(url),
    showInFolder: () => undefined,
    writeClipboard: async (text) => void platform.copied.push(text),
    notify: (title, body) => void platform.notified.push({ title, body }),
  };
  return platform;
}
