import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { t } from '../i18n/translate';

export interface WatchedBuild {
  folder: string;
  path: string;
  size: number;
}

export interface FolderWatcherOptions {
  folders: string[];
  /** A build is offered once its size and mtime have not changed for this long. */
  settleMs?: number;
  /** How often every folder is listed; file-system events only make it sooner. */
  pollMs?: number;
  onBuild(build: WatchedBuild): void;
  /** A folder that vanished or cannot be read; `undefined` message when it is back. */
  onFolderState?(folder: string, problem: string | undefined): void;
}

const BUILD_EXTENSIONS = new Set(['.apk', '.aab', '.ipa']);

interface Seen {
  size: number;
  mtimeMs: number;
  /** When size and mtime last changed. */
  changedAt: number;
  offered: boolean;
}

/**
 * Watches folders (CI artifacts, a build output) for new builds and offers each once it has
 * stopped growing. Builds already there when watching starts are not new. Polling is the
 * truth, because network shares and some editors send no events; `fs.watch` only wakes the
 * poll early. A file renamed into place is offered after one quiet period; a partial
 * download (`.part`, `.crdownload`…) is not a build until it gets its final name.
 */
export class FolderWatcher {
  readonly #options: Required<Omit<FolderWatcherOptions, 'onFolderState'>> &
    Pick<FolderWatcherOptions, 'onFolderState'>;
  readonly #seen = new Map<string, Map<string, Seen>>();
  readonly #problems = new Map<string, string>();
  readonly #watchers = new Map<string, FSWatcher>();
  #timer: NodeJS.Timeout | undefined;
  #scanning: Promise<void> | undefined;
  #closed = false;

  constructor(options: FolderWatcherOptions) {
    this.#options = { settleMs: 2000, pollMs: 1000, ...options };
  }

  /** Lists every folder once, so what is already there counts as old, then keeps watching. */
  async start(): Promise<void> {
    for (const folder of this.#options.folders) await this.#scanFolder(folder, true);
    this.#schedule();
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
  }

  #schedule(delay = this.#options.pollMs): void {
    if (this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#scanAll(), delay);
  }

  async #scanAll(): Promise<void> {
    this.#scanning ??= (async () => {
      for (const folder of this.#options.folders) await this.#scanFolder(folder, false);
    })().finally(() => (this.#scanning = undefined));
    await this.#scanning;
    this.#schedule();
  }

  async #scanFolder(folder: string, baseline: boolean): Promise<void> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (err) {
      this.#lost(folder, err as NodeJS.ErrnoException);
      return;
    }
    const wasLost = this.#problems.delete(folder);
    if (wasLost) this.#options.onFolderState?.(folder, undefined);
    this.#listen(folder);
    // A folder that came back (a CI job recreated it) holds new builds, not old ones.
    const seen = this.#seen.get(folder) ?? new Map<string, Seen>();
    this.#seen.set(folder, seen);
    const now = Date.now();
    const present = new Set<string>();
    for (const name of names) {
      if (!BUILD_EXTENSIONS.has(extname(name).toLowerCase())) continue;
      const path = join(folder, name);
      let info;
      try {
        info = await stat(path);
      } catch {
        continue; // renamed or deleted between the listing and now
      }
      if (!info.isFile()) continue;
      present.add(name);
      const before = seen.get(name);
      const changed = !before || before.size !== info.size || before.mtimeMs !== info.mtimeMs;
      // A build written again in place (a new CI run) is a new build: it is offered again.
      const entry: Seen = changed
        ? { size: info.size, mtimeMs: info.mtimeMs, changedAt: now, offered: baseline && !wasLost }
        : before;
      seen.set(name, entry);
      if (!entry.offered && info.size > 0 && now - entry.changedAt >= this.#options.settleMs) {
        entry.offered = true;
        this.#options.onBuild({ folder, path, size: info.size });
      }
    }
    for (const name of seen.keys()) if (!present.has(name)) seen.delete(name);
  }

  #listen(folder: string): void {
    if (this.#watchers.has(folder)) return;
    try {
      const watcher = watch(folder, { persistent: false }, () => this.#schedule(50));
      watcher.on('error', () => {
        watcher.close();
        this.#watchers.delete(folder);
      });
      this.#watchers.set(folder, watcher);
    } catch {
      // No events here (some network file systems): the poll alone still finds builds.
    }
  }

  #lost(folder: string, err: NodeJS.ErrnoException): void {
    this.#watchers.get(folder)?.close();
    this.#watchers.delete(folder);
    this.#seen.delete(folder);
    const problem =
      err.code === 'ENOENT'
        ? t('watch:gone', { folder })
        : err.code === 'EACCES' || err.code === 'EPERM'
          ? t('watch:notAllowed', { folder })
          : err.code === 'ENOTDIR'
            ? t('watch:notAFolder', { folder })
            : t('watch:unreadable', { folder, reason: err.code ?? err.message });
    if (this.#problems.get(folder) === problem) return;
    this.#problems.set(folder, problem);
    this.#options.onFolderState?.(folder, problem);
  }
}
