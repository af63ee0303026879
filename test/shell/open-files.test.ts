import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptOpenedFiles } from '../../main/open-files';
import { startCoreHarness, type CoreHarness } from '../support/core-harness';
import { recordEvents } from '../integration/transfer/upload-harness';

let harness: CoreHarness;
let dir: string;
let app: EventEmitter;
let opened: ReturnType<typeof recordEvents>;

beforeEach(async () => {
  harness = await startCoreHarness();
  dir = await mkdtemp(join(tmpdir(), 'dropship-open-'));
  app = new EventEmitter();
  opened = recordEvents(harness.core);
});
afterEach(async () => {
  opened.stop();
  await rm(dir, { recursive: true, force: true });
  await harness.close();
});

async function build(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, 'PK');
  return path;
}
const openedPaths = () =>
  opened.events
    .filter((e) => e.name === 'app.openFile')
    .map((e) => (e.payload as { path: string }).path);
const nextTick = () => new Promise((resolve) => setImmediate(resolve));

/** What macOS sends; the default (open a new window) must be prevented. */
function openFile(path: string): { prevented: boolean } {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  app.emit('open-file', event, path);
  return event;
}

describe('acceptOpenedFiles: builds the OS hands to Dropship reach the Upload view', () => {
  it('takes builds from argv (Windows, Linux), skipping the executable and other files', async () => {
    const apk = await build('first.apk');
    const ipa = await build('second.IPA');
    const files = acceptOpenedFiles(app);
    files.fromArgv(['/opt/Dropship/dropship', apk, '--flag', join(dir, 'gone.apk'), ipa]);
    files.attach(harness.core, Promise.resolve());
    await nextTick();
    expect(openedPaths()).toEqual([apk, ipa]);
    expect(opened.events[0]?.payload).toEqual({ path: apk, fileName: 'first.apk' });
  });

  it('holds an open-file sent before the window has loaded, and delivers it once loaded', async () => {
    const aab = await build('early.aab');
    const files = acceptOpenedFiles(app);
    expect(openFile(aab).prevented).toBe(true);
    let loaded = () => {};
    files.attach(harness.core, new Promise<void>((resolve) => (loaded = resolve)));
    await nextTick();
    expect(openedPaths()).toEqual([]);
    loaded();
    await nextTick();
    expect(openedPaths()).toEqual([aab]);
  });

  it('delivers an open-file sent after the app is ready at once; ignores non-builds', async () => {
    const files = acceptOpenedFiles(app);
    files.attach(harness.core, Promise.resolve());
    await nextTick();
    const apk = await build('later.apk');
    openFile(apk);
    openFile(await build('notes.txt'));
    openFile(join(dir, 'missing.ipa'));
    expect(openedPaths()).toEqual([apk]);
  });

  it('takes a build from a second instance’s command line', async () => {
    const files = acceptOpenedFiles(app);
    files.attach(harness.core, Promise.resolve());
    await nextTick();
    const apk = await build('from-second.apk');
    app.emit('second-instance', {}, ['/opt/Dropship/dropship', apk], dir);
    expect(openedPaths()).toEqual([apk]);
  });
});
