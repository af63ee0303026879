import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FoundBuild, WatchState } from '../../../shared/contract/watch';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_NAMES } from '../../../shared/domain/services';
import type { CoreContext } from '../context';
import { updateSettings } from '../settings-store';
import { inspectBuild } from '../inspect';
import { describeFile } from '../transfer/describe-file';
import { startDrop } from '../transfer/drop';
import { alreadyDelivered } from '../history/already-delivered';
import { rememberedTargets } from '../transfer/remembered';
import { FolderWatcher, type WatchedBuild } from './folder-watcher';
import { t } from '../i18n/translate';

export interface WatchTiming {
  settleMs: number;
  pollMs: number;
}

/** Cards waiting in Upload; a CI folder that drops hundreds of builds must not grow it forever. */
const MAX_OFFERED = 50;

/**
 * Watched folders for the app: one FolderWatcher per folder in Settings, so adding or
 * removing one leaves the others' half-written files alone. Each new build is inspected,
 * announced (event and notification) and either offered in Upload or, with auto-delivery
 * on, sent to the services remembered for its app id.
 */
export class WatchService {
  readonly #ctx: CoreContext;
  readonly #watchers = new Map<string, FolderWatcher>();
  readonly #problems = new Map<string, string>();
  #offered: FoundBuild[] = [];
  #timing: WatchTiming;
  /** Builds are handled one at a time: many files at once must not inspect all in parallel. */
  #queue: Promise<void> = Promise.resolve();
  #announce: FoundBuild[] = [];
  #disposed = false;

  constructor(ctx: CoreContext, timing: Partial<WatchTiming> = {}) {
    this.#ctx = ctx;
    this.#timing = { settleMs: 2000, pollMs: 1000, ...timing };
  }

  /** Starts watching the folders in settings. */
  async start(): Promise<void> {
    await Promise.all(this.#folders().map((folder) => this.#watch(folder)));
  }

  state(): WatchState {
    const settings = this.#ctx.settings.read().watch;
    return {
      folders: settings.folders.map((path) => {
        const problem = this.#problems.get(path);
        return problem ? { path, problem } : { path };
      }),
      autoDeliver: settings.autoDeliver,
      offered: [...this.#offered],
    };
  }

  async addFolder(input: string): Promise<WatchState> {
    const path = resolve(input);
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      throw new DropshipError({
        code: 'invalid_input',
        retryable: false,
        message: t('watch:noFolder', { folder: path }),
        fields: { path: t('watch:noSuchFolder') },
      });
    }
    if (!isFolder) {
      throw new DropshipError({
        code: 'invalid_input',
        retryable: false,
        message: t('watch:notAFolder', { folder: path }),
        fields: { path: t('watch:chooseFolder') },
      });
    }
    if (!this.#folders().includes(path)) {
      updateSettings(this.#ctx.settings, (draft) => void draft.watch.folders.push(path));
      await this.#watch(path);
    }
    return this.state();
  }

  async removeFolder(path: string): Promise<WatchState> {
    updateSettings(this.#ctx.settings, (draft) => {
      draft.watch.folders = draft.watch.folders.filter((folder) => folder !== path);
    });
    this.#watchers.get(path)?.close();
    this.#watchers.delete(path);
    this.#problems.delete(path);
    return this.state();
  }

  async setAutoDeliver(on: boolean): Promise<WatchState> {
    updateSettings(this.#ctx.settings, (draft) => void (draft.watch.autoDeliver = on));
    return this.state();
  }

  async dismiss(id: string): Promise<WatchState> {
    this.#offered = this.#offered.filter((build) => build.id !== id);
    return this.state();
  }

  /** Resolves once every build found so far has been handled (tests). */
  async settled(): Promise<void> {
    await this.#queue;
  }

  dispose(): void {
    this.#disposed = true;
    this.#closeAll();
  }

  #folders(): string[] {
    return this.#ctx.settings.read().watch.folders;
  }

  #closeAll(): void {
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
  }

  async #watch(folder: string): Promise<void> {
    if (this.#disposed || this.#watchers.has(folder)) return;
    const watcher = new FolderWatcher({
      folders: [folder],
      ...this.#timing,
      onBuild: (build) => {
        this.#queue = this.#queue.then(() => this.#found(build));
      },
      onFolderState: (path, problem) => {
        if (problem) this.#problems.set(path, problem);
        else this.#problems.delete(path);
        this.#ctx.events.emit('watch.folderState', problem ? { path, problem } : { path });
      },
    });
    this.#watchers.set(folder, watcher);
    await watcher.start();
  }

  async #found(build: WatchedBuild): Promise<void> {
    if (this.#disposed) return;
    let facts;
    try {
      facts = await describeFile(build.path, inspectBuild);
    } catch {
      return; // gone again (a temp copy renamed away): nothing to offer
    }
    const info = facts.build;
    const found: FoundBuild = {
      id: randomUUID(),
      path: facts.path,
      fileName: facts.fileName,
      folder: build.folder,
      size: facts.size,
      ...(info ? { appId: info.id, appName: info.name, version: versionWords(info) } : {}),
      services: info
        ? rememberedTargets(this.#ctx.settings, info.id).map((target) => target.service)
        : [],
      outcome: 'offered',
      foundAt: new Date().toISOString(),
    };
    if (this.#ctx.settings.read().watch.autoDeliver) {
      const sent = await this.#deliver(found, facts.inspectError);
      found.note = sent.note;
      if (sent.ok) found.outcome = 'delivering';
    }
    if (found.outcome === 'offered') {
      this.#offered = [found, ...this.#offered].slice(0, MAX_OFFERED);
    }
    this.#ctx.events.emit('watch.buildFound', found);
    this.#announce.push(found);
    // One notification for a batch: a CI job that drops ten builds is one event for a person.
    const batch = this.#queue;
    void batch.then(() => {
      if (batch === this.#queue) this.#notify();
    });
  }

  async #deliver(
    found: FoundBuild,
    inspectError: string | undefined,
  ): Promise<{ ok: boolean; note: string }> {
    if (!found.appId) {
      return {
        ok: false,
        note: t('watch:notSent', { reason: inspectError ?? t('watch:unknownApp') }),
      };
    }
    const targets = rememberedTargets(this.#ctx.settings, found.appId);
    if (targets.length === 0) {
      return {
        ok: false,
        note: t('watch:nothingRemembered', { app: found.appId }),
      };
    }
    try {
      // A CI job run again writes the same bytes: services that already hold them are skipped.
      const engine = this.#ctx.uploads;
      const sha256 = await engine.digests.ofFile(found.path);
      const there = alreadyDelivered(
        this.#ctx,
        sha256,
        targets.map((t) => t.service),
        (service) => targets.find((t) => t.service === service)?.account,
      );
      const toSend = targets.filter((target) => !there.has(target.service));
      if (toSend.length === 0) {
        const names = [...there.keys()].map((service) => SERVICE_NAMES[service]).join(', ');
        return { ok: false, note: t('watch:alreadyThere', { services: names }) };
      }
      await startDrop(this.#ctx, engine, found.path, toSend);
      const names = toSend.map((target) => SERVICE_NAMES[target.service]).join(', ');
      return { ok: true, note: t('watch:sending', { services: names }) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, note: t('watch:notSent', { reason: message }) };
    }
  }

  #notify(): void {
    const builds = this.#announce;
    this.#announce = [];
    if (builds.length === 0 || this.#disposed) return;
    if (builds.length === 1) {
      const [build] = builds as [FoundBuild];
      const what = build.appName
        ? `${build.appName} ${build.version ?? ''}`.trim()
        : build.fileName;
      if (build.outcome === 'delivering') {
        this.#ctx.platform.notify(
          t('watch:notify.sending', { what }),
          `${build.fileName}: ${build.note ?? ''}`,
        );
      } else {
        this.#ctx.platform.notify(
          t('watch:notify.newBuild', { what }),
          t('watch:notify.appeared', { file: build.fileName, folder: build.folder }),
        );
      }
      return;
    }
    const names = builds.slice(0, 3).map((build) => build.fileName);
    const body =
      builds.length > 3
        ? t('watch:notify.manyMore', { names: names.join(', '), count: builds.length - 3 })
        : t('watch:notify.many', { names: names.join(', ') });
    this.#ctx.platform.notify(t('watch:notify.newBuilds', { count: builds.length }), body);
  }
}

function versionWords(info: { version: string; build: string }): string {
  return info.build && info.build !== info.version
    ? `${info.version} (${info.build})`
    : info.version;
}
