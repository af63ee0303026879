import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
// A small stand-in for the `electron` module, so the shell (main/*.ts) runs under vitest.
// vitest.config.ts aliases `electron` to this file; tests import it to steer and inspect.
// Only what the shell and electron-store touch is here. Electron itself is not our code.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Listener = (...args: never[]) => unknown;

class FakeApp extends EventEmitter {
  isPackaged = false;
  quitCalls = 0;
  name = 'Dropship';
  /** The OS locale Electron reports; a test sets it to start the app in German. */
  locale = 'en-US';
  getLocale(): string {
    return this.locale;
  }
  userData = mkdtempSync(join(tmpdir(), 'dropship-shell-'));
  enableSandbox(): void {}
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    this.quitCalls++;
  }
  getPath(name: string): string {
    return name === 'userData' ? this.userData : join(this.userData, name);
  }
  getVersion(): string {
    return '0.0.0-test';
  }
}

export const app = new FakeApp();
process.once('exit', () => rmSync(app.userData, { recursive: true, force: true }));

/** `ipcMain.handle` keeps the handlers so tests can call them as the renderer would. */
export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
  // electron-store listens here when it starts in the main process.
  on(): void {},
};

/**
 * safeStorage with a real cipher (AES-GCM, a key per run), so a corrupted ciphertext
 * fails the way Electron's does: it throws rather than returning garbage.
 */
const KEY = randomBytes(32);
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  getSelectedStorageBackend(): string {
    return this.backend;
  },
  encryptString(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', KEY, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  },
  decryptString(sealed: Buffer): string {
    try {
      const decipher = createDecipheriv('aes-256-gcm', KEY, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString();
    } catch {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    }
  },
};

/** Every notification shown, newest last. */
export const shownNotifications: { title: string; body: string }[] = [];
export class Notification {
  static supported = true;
  static isSupported(): boolean {
    return Notification.supported;
  }
  constructor(private readonly options: { title: string; body: string }) {}
  show(): void {
    shownNotifications.push(this.options);
  }
}

export interface FakeMenu {
  template: unknown[];
}
export const Menu = {
  current: undefined as FakeMenu | undefined,
  buildFromTemplate(template: unknown[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    this.current = menu ?? undefined;
  },
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
  shownInFolder: [] as string[],
  showItemInFolder(path: string): void {
    this.shownInFolder.push(path);
  },
};

/** Dialogs answer with `dialog.answer` (cancelled by default) and record what was asked. */
export const dialog = {
  answer: undefined as string | undefined,
  asked: [] as { parent: unknown; options: Record<string, unknown> }[],
  record(args: unknown[]): void {
    const [first, second] = args;
    this.asked.push(
      second === undefined
        ? { parent: undefined, options: first as Record<string, unknown> }
        : { parent: first, options: second as Record<string, unknown> },
    );
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    this.record(args);
    // As Electron does: a cancelled save dialog still has a filePath, an empty one.
    return { canceled: this.answer === undefined, filePath: this.answer ?? '' };
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.record(args);
    return this.answer === undefined
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [this.answer] };
  },
};

export const session = {
  defaultSession: {
    permissionCheckHandler: undefined as (() => boolean) | undefined,
    setPermissionRequestHandler(): void {},
    setPermissionCheckHandler(handler: () => boolean): void {
      this.permissionCheckHandler = handler;
    },
    /** No proxy configured on this pretend system. */
    async resolveProxy(): Promise<string> {
      return 'DIRECT';
    },
  },
};

/**
 * Electron's utility process, as a Node child process running the sandbox's entry from
 * source (main/sandbox-process.ts forks dist/main/sandbox.cjs, which tests do not build).
 */
export const utilityProcess = {
  forked: [] as string[],
  fork(modulePath: string) {
    utilityProcess.forked.push(modulePath);
    const child = fork(fileURLToPath(new URL('../../main/sandbox/child.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return {
      pid: child.pid,
      on: (event: string, listener: (...args: unknown[]) => void) => child.on(event, listener),
      once: (event: string, listener: (...args: unknown[]) => void) => child.once(event, listener),
      kill: () => child.kill(),
      postMessage: (message: unknown) => child.send(message as object),
    };
  },
};

let nextContentsId = 1;

/** A window's web contents: what was sent to the page, and the handlers main set. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame = { url: '' };
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

/** Records how main made and drives its windows; every window made is in `created`. */
export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly progress: number[] = [];
  loadedFile: string | undefined;
  shown = false;
  focused = true;
  minimized = false;
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & object) {
    super();
    BrowserWindow.created.push(this);
  }
  async loadFile(path: string): Promise<void> {
    this.loadedFile = path;
    this.webContents.mainFrame.url = pathToFileURL(path).href;
  }
  show(): void {
    this.shown = true;
  }
  isDestroyed(): boolean {
    return false;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  setProgressBar(value: number): void {
    this.progress.push(value);
  }
}

/** Back to a fresh state between tests. */
export function resetElectronFake(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.locale = 'en-US';
  app.quitCalls = 0;
  BrowserWindow.created.length = 0;
  ipcMain.handlers.clear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  shownNotifications.length = 0;
  Notification.supported = true;
  Menu.current = undefined;
  shell.opened.length = 0;
  shell.shownInFolder.length = 0;
  dialog.answer = undefined;
  dialog.asked.length = 0;
}

export default {
  app,
  ipcMain,
  safeStorage,
  Notification,
  Menu,
  shell,
  dialog,
  session,
  utilityProcess,
  BrowserWindow,
};
