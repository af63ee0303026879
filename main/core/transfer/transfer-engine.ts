import { randomUUID } from 'node:crypto';
import type { UploadJob, UploadTarget } from '../../../shared/contract/uploads';
import { DropshipError } from '../../../shared/errors';
import { dropOutcome, isFinishedState } from '../../../shared/domain/job';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import type { CoreContext } from '../context';
import { JobStore, type BuildFacts, type JobRecord } from './job-store';
import { visibleFraction, type ProgressSample } from './progress';
import { FileDigests } from './file-digests';
import { recordJob } from '../history/record-job';
import { ServicePauses } from './service-pauses';
import { TransferQueue } from './queue';
import type { RetryPolicy } from '../http/retry-policy';
import { canMove, stateAfterRestart } from './state-machine';
import { Transfer } from './transfer';
import type { ServiceUploader, UploaderMap } from './uploader';
import { t } from '../i18n/translate';

/** How patiently transfers retry and when a silent one counts as stalled (tests shorten both). */
export interface TransferTuning {
  policy?: RetryPolicy;
  stallMs?: number;
}

export interface TransferEngineOptions extends TransferTuning {
  uploaders: UploaderMap;
}

/** What the engine uses of the core; createCore builds it before the context exists. */
export type TransferEngineDeps = Pick<
  CoreContext,
  'dataDir' | 'settings' | 'accounts' | 'events' | 'history'
>;

export interface NewDrop {
  filePath: string;
  fileName: string;
  fileSize: number;
  build: BuildFacts | undefined;
  targets: UploadTarget[];
}

/**
 * The transfer engine as the rest of the core sees it: jobs in memory and on disk, one
 * Transfer per running job, the concurrency queue, and the `uploads.*` events. It is
 * event-driven and UI-agnostic: the app, the CLI and the tests all drive it the same way.
 */
export class TransferEngine {
  readonly #jobs = new Map<string, JobRecord>();
  readonly #transfers = new Map<string, Transfer>();
  readonly #store: JobStore;
  readonly #queue: TransferQueue;
  /** One SHA-256 per file version, shared by the drop and all of its transfers. */
  readonly digests = new FileDigests();
  readonly #pauses = new ServicePauses();
  /** History writes still under way; settled() and dispose() wait for them. */
  readonly #recording = new Set<Promise<void>>();
  #closed = false;
  #restored: Promise<void> | undefined;

  constructor(
    private readonly ctx: TransferEngineDeps,
    private readonly options: TransferEngineOptions,
  ) {
    this.#store = new JobStore(ctx.dataDir);
    this.#queue = new TransferQueue(() => ctx.settings.read().uploads.maxConcurrentTransfers);
  }

  uploader(service: ServiceId): ServiceUploader {
    // The job's target always belongs to its service, so the per-service typing holds.
    const uploader = this.options.uploaders[service] as ServiceUploader | undefined;
    if (uploader) return uploader;
    throw new DropshipError({
      code: 'invalid_input',
      service,
      retryable: false,
      message: t('transfer:noUploader', { service: SERVICE_NAMES[service] }),
    });
  }

  /** Loads the jobs of an earlier run; pending ones start again from the first byte. */
  restore(): Promise<void> {
    this.#restored ??= this.#restore();
    return this.#restored;
  }

  async #restore(): Promise<void> {
    const now = new Date().toISOString();
    const jobs = await this.#store.load();
    // A damaged list was repaired from its previous copy: the resumed jobs say so.
    const repaired = this.#store.problem ? ` ${this.#store.problem}` : '';
    for (const job of jobs) {
      const pending = !isFinishedState(job.state);
      this.#jobs.set(job.id, {
        ...job,
        state: stateAfterRestart(job.state),
        ...(pending
          ? {
              resumed: true,
              note: t('transfer:resumed') + repaired,
              progress: idleProgress(job.fileSize),
              updatedAt: now,
            }
          : {}),
      });
      if (pending && this.options.uploaders[job.service]) this.#launch(job.id);
    }
    this.#persist();
  }

  async create(drop: NewDrop): Promise<{ dropId: string; jobs: UploadJob[] }> {
    await this.restore();
    const dropId = randomUUID();
    const now = new Date().toISOString();
    const jobs = drop.targets.map((target): JobRecord => ({
      id: randomUUID(),
      dropId,
      service: target.service,
      target,
      filePath: drop.filePath,
      fileName: drop.fileName,
      fileSize: drop.fileSize,
      state: 'queued',
      attempt: 1,
      progress: idleProgress(drop.fileSize),
      resumed: false,
      createdAt: now,
      updatedAt: now,
      saved: {},
      ...(drop.build ? { build: drop.build } : {}),
    }));
    for (const job of jobs) this.#jobs.set(job.id, job);
    this.#persist();
    for (const job of jobs) {
      this.#publish(job);
      this.#launch(job.id);
    }
    return { dropId, jobs: jobs.map(toPublic) };
  }

  async list(): Promise<UploadJob[]> {
    await this.restore();
    return [...this.#jobs.values()].map(toPublic);
  }

  /** The jobs as the engine keeps them (with the build they carry), for other core parts. */
  async records(service?: ServiceId): Promise<JobRecord[]> {
    await this.restore();
    return [...this.#jobs.values()].filter((job) => !service || job.service === service);
  }

  get(jobId: string): UploadJob {
    return toPublic(this.#record(jobId));
  }

  async cancel(jobId: string): Promise<UploadJob> {
    await this.restore();
    const job = this.#record(jobId);
    if (isFinishedState(job.state)) return toPublic(job);
    const transfer = this.#transfers.get(jobId);
    if (transfer) {
      transfer.cancel();
      await transfer.start(); // resolves once the attempt has let go of the socket and file
    } else {
      this.#update(jobId, { state: 'cancelled', note: undefined });
    }
    return toPublic(this.#record(jobId));
  }

  async retry(jobId: string): Promise<UploadJob> {
    await this.restore();
    const job = this.#record(jobId);
    if (job.state !== 'failed' && job.state !== 'cancelled') return toPublic(job);
    this.#update(jobId, {
      state: 'queued',
      // A person's retry gets the full set of automatic retries again.
      attempt: 1,
      error: undefined,
      note: undefined,
      progress: idleProgress(job.fileSize),
    });
    this.#launch(jobId);
    return toPublic(this.#record(jobId));
  }

  async clearFinished(): Promise<UploadJob[]> {
    await this.restore();
    for (const job of [...this.#jobs.values()]) {
      if (isFinishedState(job.state)) this.#jobs.delete(job.id);
    }
    this.#persist();
    return this.list();
  }

  /** Resolves when no transfer is running (tests, the CLI). */
  async settled(): Promise<void> {
    await this.restore();
    while (this.#transfers.size > 0) {
      await Promise.all([...this.#transfers.values()].map((t) => t.start()));
    }
    await Promise.all(this.#recording);
  }

  /** App shutdown: stop every transfer without cancelling it, so the next start resumes it. */
  async dispose(): Promise<void> {
    await this.#restored;
    this.#closed = true;
    await Promise.all([...this.#transfers.values()].map((t) => t.stop()));
    this.#persist();
    await Promise.all([this.#store.flush(), ...this.#recording]);
  }

  #launch(jobId: string): void {
    if (this.#closed || this.#transfers.has(jobId)) return;
    const job = this.#record(jobId);
    const transfer = new Transfer(
      () => this.#record(jobId),
      {
        uploader: this.uploader(job.service),
        credentials: () => this.ctx.accounts.credentials(job.service, job.target.account),
        settings: () => this.ctx.settings.read(),
        queue: this.#queue,
        digests: this.digests,
        pauses: this.#pauses,
        ...(this.options.policy ? { policy: this.options.policy } : {}),
        ...(this.options.stallMs ? { stallMs: this.options.stallMs } : {}),
      },
      {
        update: (patch) => this.#update(jobId, patch),
        progress: (sample) => this.#progress(jobId, sample),
      },
    );
    this.#transfers.set(jobId, transfer);
    void transfer.start().finally(() => {
      if (this.#transfers.get(jobId) === transfer) this.#transfers.delete(jobId);
    });
  }

  #update(jobId: string, patch: Partial<JobRecord>): void {
    const job = this.#record(jobId);
    if (patch.state && !canMove(job.state, patch.state)) {
      // A late report from an attempt that was already cancelled: nothing to change.
      if (!isFinishedState(job.state)) {
        console.error(`[dropship] uploads: ignored a move from ${job.state} to ${patch.state}`);
      }
      return;
    }
    const state = patch.state ?? job.state;
    const next: JobRecord = { ...job, ...patch, state, updatedAt: new Date().toISOString() };
    if (state === 'done') {
      next.progress = { ...next.progress, bytesSent: next.progress.totalBytes, fraction: 1 };
      delete next.progress.etaSeconds;
    }
    for (const key of Object.keys(patch) as (keyof JobRecord)[]) {
      if (patch[key] === undefined) delete next[key];
    }
    this.#jobs.set(jobId, next);
    this.#persist();
    this.#publish(next);
    if (isFinishedState(state) && !isFinishedState(job.state)) {
      this.#remember(next);
      this.#maybeSummarize(next.dropId);
    }
  }

  #progress(jobId: string, sample: ProgressSample): void {
    const job = this.#jobs.get(jobId);
    if (!job || isFinishedState(job.state)) return;
    const progress = {
      bytesSent: sample.bytesSent,
      totalBytes: sample.totalBytes,
      fraction: visibleFraction(sample.bytesSent, sample.totalBytes, false),
      bytesPerSecond: sample.bytesPerSecond,
      ...(sample.etaSeconds !== undefined ? { etaSeconds: sample.etaSeconds } : {}),
    };
    this.#jobs.set(jobId, { ...job, progress });
    this.ctx.events.emit('uploads.progress', { jobId, progress });
  }

  #maybeSummarize(dropId: string): void {
    const jobs = [...this.#jobs.values()].filter((job) => job.dropId === dropId);
    const outcome = dropOutcome(jobs);
    if (!outcome) return;
    this.ctx.events.emit('uploads.dropFinished', {
      dropId,
      fileName: jobs[0]?.fileName ?? '',
      ...outcome,
    });
  }

  #remember(job: JobRecord): void {
    const recording = recordJob(this.ctx.history, this.ctx.accounts, job)
      .catch((err: unknown) => {
        // The delivery itself succeeded or failed already; a history problem must not change that.
        console.error(`[dropship] history: could not record ${job.id}: ${(err as Error).message}`);
      })
      .finally(() => this.#recording.delete(recording));
    this.#recording.add(recording);
  }

  #publish(job: JobRecord): void {
    this.ctx.events.emit('uploads.job', toPublic(job));
  }

  #persist(): void {
    void this.#store.save(() => [...this.#jobs.values()]);
  }

  #record(jobId: string): JobRecord {
    const job = this.#jobs.get(jobId);
    if (job) return job;
    throw new DropshipError({
      code: 'not_found',
      retryable: false,
      message: t('transfer:jobGone'),
    });
  }
}

function idleProgress(totalBytes: number) {
  return { bytesSent: 0, totalBytes, fraction: 0, bytesPerSecond: 0 };
}

/** What leaves the core: the job without its checkpoints and build facts. */
export function toPublic(job: JobRecord): UploadJob {
  const { saved: _saved, build: _build, ...rest } = job;
  return rest;
}
