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
}

/** No dialogs: files go to `downloadsDir`; links are recorded instead of opened. */
export function headlessPlatform(downloadsDir: string): DesktopPlatform & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
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
  };
}
