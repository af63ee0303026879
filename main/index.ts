// The Electron shell: lifecycle and wiring only. Everything else is in main/core.
import { app, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from './core/create-core';
import { electronPlatform } from './desktop-platform';
import { bindIpc, forwardEvents } from './ipc-binding';
import { installMenu } from './menu';
import { acceptOpenedFiles } from './open-files';
import { UtilitySandbox } from './sandbox-process';
import { electronResolveProxy } from './proxy-resolver';
import { showUploadFeedback } from './upload-feedback';
import { ElectronSettingsStore } from './settings-store';
import { SafeStorageVault } from './vault';
import { createMainWindow, isTrustedSender } from './window';
import { onLanguageChanged } from './core/i18n/translate';

let core: Core | undefined;
let sandbox: UtilitySandbox | undefined;
let window: BrowserWindow | undefined;

app.enableSandbox();
const openedFiles = acceptOpenedFiles(app);
openedFiles.fromArgv(process.argv);
if (!app.requestSingleInstanceLock()) app.quit();

// A build on a second instance's command line is taken by openedFiles; here, the window.
app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(async () => {
  // No permission (camera, notifications, clipboard, …) is ever needed by the page: it is
  // neither asked for nor reported as granted. Copy goes through main (system.copyText).
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The sandbox gives a newcomer without accounts a working app. It runs in a utility
  // process of its own, started by the core only when some service uses it.
  sandbox = new UtilitySandbox();
  core = createCore({
    settings: new ElectronSettingsStore(),
    vault: new SafeStorageVault(),
    startSandbox: sandbox.start,
    dataDir: join(app.getPath('userData'), 'data'),
    platform: electronPlatform(() => window),
    resolveProxy: electronResolveProxy,
    // What main says follows the OS, unless Settings → Language says otherwise.
    systemLocale: app.getLocale(),
  });
  const liveCore = core;
  installMenu();
  onLanguageChanged(installMenu);
  window = createMainWindow();
  const mainWindow = window;
  bindIpc(liveCore, (event) => isTrustedSender(mainWindow, event));
  forwardEvents(liveCore, mainWindow.webContents);
  showUploadFeedback(liveCore, mainWindow);
  openedFiles.attach(
    liveCore,
    new Promise((resolve) => mainWindow.webContents.once('did-finish-load', () => resolve())),
  );
});

app.on('window-all-closed', () => app.quit());

app.on('will-quit', (event) => {
  if (!core && !sandbox) return;
  event.preventDefault();
  const closing = [core?.dispose(), sandbox?.stop()];
  core = undefined;
  sandbox = undefined;
  void Promise.allSettled(closing).then(() => app.quit());
});
