import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Core } from './core/create-core';

const BUILD = /\.(apk|aab|ipa)$/i;

/** The two `app` events that carry builds; Electron's `app` has both (tests pass an emitter). */
export interface OpenFileEvents {
  on(
    event: 'open-file',
    listener: (event: { preventDefault(): void }, path: string) => void,
  ): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
}

/**
 * Builds handed to Dropship by the OS (file associations): macOS sends `open-file`,
 * Windows and Linux put the path on the command line (of a second instance, too).
 * They are held until the window has loaded, then passed to the Upload view.
 */
export function acceptOpenedFiles(app: OpenFileEvents): {
  attach(core: Core, whenLoaded: Promise<void>): void;
  fromArgv(argv: string[]): void;
} {
  const pending: string[] = [];
  let deliver: ((path: string) => void) | undefined;
  const accept = (path: string) => {
    if (!BUILD.test(path) || !existsSync(path)) return;
    if (deliver) deliver(path);
    else pending.push(path);
  };
  const fromArgv = (argv: string[]) => argv.slice(1).forEach(accept);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    accept(path);
  });
  app.on('second-instance', (_event, argv) => fromArgv(argv));
  return {
    fromArgv,
    attach: (core, whenLoaded) => {
      void whenLoaded.then(() => {
        deliver = (path) =>
          core.ctx.events.emit('app.openFile', { path, fileName: basename(path) });
        pending.splice(0).forEach(deliver);
      });
    },
  };
}
