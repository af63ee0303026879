// The Electron shell: lifecycle and wiring only. Everything else is in main/core.
import { app, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from './core/create-core';
import { sandboxEndpoints, startSandbox, type Sandbox } from './sandbox';
import { electronPlatform } from './desktop-platform';
import { bindIpc, forwardEvents } from './ipc-binding';
import { installMenu } from './menu';
import { acceptOpenedFiles } from './open-files';
import { electronResolveProxy } from './proxy-resolver';
import { showUploadFeedback } from './upload-feedback';
import { ElectronSettingsStore } from './settings-store';
import { SafeStorageVault } from './vault';
import { createMainWindow, isTrustedSender } from './window';

let core: Core | undefined;
let sandbox: Sandbox | undefined;
let window: BrowserWindow | undefined;

app.enableSandbox();
const openedFiles = acceptOpenedFiles();
openedFiles.fromArgv(process.argv);
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', (_event, argv) => {
  openedFiles.fromArgv(argv);
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(async () => {
  // No permission (camera, notifications from the page, …) is ever needed by the page.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  // The sandbox is always there, so a newcomer without accounts gets a working app.
  sandbox = await startSandbox();
  core = createCore({
    settings: new ElectronSettingsStore(),
    vault: new SafeStorageVault(),
    sandbox: sandboxEndpoints(sandbox),
    dataDir: join(app.getPath('userData'), 'data'),
    platform: electronPlatform(() => window),
    resolveProxy: electronResolveProxy,
  });
  const liveCore = core;
  installMenu();
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
  const closing = [core?.dispose(), sandbox?.close()];
  core = undefined;
  sandbox = undefined;
  void Promise.allSettled(closing).then(() => app.quit());
});
