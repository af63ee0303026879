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

/**
 * No dialogs: files go to `downloadsDir`; links and copied text are recorded instead of
 * opened or put on the clipboard (tests read `opened` and `copied`).
 */
export function headlessPlatform(
  downloadsDir: string,
): DesktopPlatform & { opened: string[]; copied: string[] } {
  const opened: string[] = [];
  const copied: string[] = [];
  return {
    opened,
    copied,
    chooseSavePath: async ({ defaultName }) => {
      await mkdir(downloadsDir, { recursive: true });
      return join(downloadsDir, defaultName);
    },
    chooseFolder: async () => {
      await mkdir(downloadsDir, { recursive: true });
      return downloadsDir;
    },
    openExternal: async (url) => void opened.push(url),
    showInFolder: () => undefined,
    writeClipboard: async (text) => void copied.push(text),
  };
}
