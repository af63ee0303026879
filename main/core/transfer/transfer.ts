import { asDeliveryAttempt } from '../http/client';
import type { UploadResult } from '../../../shared/contract/uploads';
import { DropshipError, type DropshipErrorShape } from '../../../shared/errors';
import { SERVICE_NAMES } from '../../../shared/domain/services';
import type { Settings } from '../../../shared/settings';
import type { ServiceCredentials } from '../accounts/accounts';
import { HttpError } from '../http/errors';
import { redact } from '../redact';
import { stalledError } from './errors';
import type { FileDigests } from './file-digests';
import { sha256OfFile } from './file-source';
import { JobMemory } from './job-memory';
import type { JobRecord } from './job-store';
import { DEFAULT_STALL_MS, type Clock, type ProgressSample } from './progress';
import type { TransferQueue } from './queue';
import { DEFAULT_RETRY_POLICY, decideRetry, type RetryPolicy } from '../http/retry-policy';
import { sendWire } from './send-wire';
import type { ServicePauses } from './service-pauses';
import type { DeliveredBuild, ServiceUploader, UploadRun } from './uploader';
import type { WireRequest } from './wire/wire-request';
import { t } from '../i18n/translate';

export interface TransferHooks {
  /** State, attempt, note, warning, error, result or checkpoint changed: persist, publish. */
  update(patch: Partial<JobRecord>): void;
  /** Already throttled (~10/s). */
  progress(sample: ProgressSample): void;
}

export interface TransferDeps {
  uploader: ServiceUploader;
  credentials(): Promise<ServiceCredentials>;
  settings(): Settings;
  queue: TransferQueue;
  policy?: RetryPolicy;
  random?: () => number;
  stallMs?: number;
  clock?: Clock;
  /** Shares one SHA-256 per file version between transfers (see file-digests.ts). */
  digests: FileDigests;
  /** Services that asked every transfer to wait (429 with Retry-After). */
  pauses: ServicePauses;
}

/**
 * One upload of one file to one service. Owns its AbortController; runs attempts under
 * the retry policy; reports through its hooks only, so it knows nothing of IPC or UI.
 * `cancel()` is the person's cancel (→ cancelled); `stop()` is the app shutting down
 * (the job stays pending on disk and resumes on the next start).
 */
export class Transfer {
  readonly #abort = new AbortController();
  readonly #memory = new JobMemory();
  #why: 'cancel' | 'stop' | undefined;
  #finished: Promise<void> | undefined;

  constructor(
    private readonly job: () => JobRecord,
    private readonly deps: TransferDeps,
    private readonly hooks: TransferHooks,
  ) {}

  /** Waits for a slot in the queue, then runs until done, failed or cancelled. Never throws. */
  start(): Promise<void> {
    this.#finished ??= this.#run().catch((error: unknown) => {
      console.error('[dropship] transfer crashed', redact(String((error as Error)?.stack)));
      this.hooks.update({ state: 'failed', error: toShape(error), note: undefined });
    });
    return this.#finished;
  }

  cancel(): void {
    this.#why ??= 'cancel';
    this.#abort.abort();
  }

  stop(): Promise<void> {
    this.#why ??= 'stop';
    this.#abort.abort();
    return this.#finished ?? Promise.resolve();
  }

  async #run(): Promise<void> {
    let release: () => void;
    // Waiting out a service's pause does not take a slot others could use.
    if (!(await this.#serviceAllows())) return this.#aborted();
    try {
      release = await this.deps.queue.acquire(this.#abort.signal);
    } catch {
      return this.#aborted();
    }
    try {
      let freshUrl = false;
      for (;;) {
        const attempt = this.job().attempt;
        const stall = { hit: false };
        const attemptAbort = new AbortController();
        const onAbort = () => attemptAbort.abort();
        this.#abort.signal.addEventListener('abort', onAbort, { once: true });
        try {
          if (!(await this.#serviceAllows())) return this.#aborted();
          const { result, note } = await asDeliveryAttempt(() =>
            this.#attempt(attemptAbort, freshUrl, () => {
              stall.hit = true;
              attemptAbort.abort();
            }),
          );
          return this.hooks.update({ state: 'done', result, note, error: undefined });
        } catch (error) {
          if (this.#abort.signal.aborted) return this.#aborted();
          const service = this.deps.uploader.service;
          const stallSeconds = Math.round((this.deps.stallMs ?? DEFAULT_STALL_MS) / 1000);
          const failure = stall.hit ? stalledError(service, stallSeconds) : error;
          const policy = this.deps.policy ?? DEFAULT_RETRY_POLICY;
          const decision = decideRetry(failure, attempt, policy, this.deps.random);
          if (!decision.retry) {
            return this.hooks.update({ state: 'failed', error: toShape(failure), note: undefined });
          }
          if (failure instanceof HttpError && failure.status === 429) {
            this.deps.pauses.hold(service, decision.delayMs);
          }
          const seconds = Math.max(1, Math.round(decision.delayMs / 1000));
          this.hooks.update({
            state: 'preparing',
            attempt: attempt + 1,
            note: t('transfer:retrying', {
              seconds,
              attempt: attempt + 1,
              attempts: policy.maxAttempts,
              reason: decision.reason,
            }),
            ...this.#duplicateWarning(),
          });
          // Waiting to try again does not hold a slot another delivery could use.
          release();
          if (!(await sleep(decision.delayMs, this.#abort.signal))) return this.#aborted();
          try {
            release = await this.deps.queue.acquire(this.#abort.signal);
          } catch {
            return this.#aborted();
          }
          freshUrl = decision.freshUrl;
        } finally {
          this.#abort.signal.removeEventListener('abort', onAbort);
        }
      }
    } finally {
      release();
    }
  }

  async #attempt(
    abort: AbortController,
    freshUrl: boolean,
    onStall: () => void,
  ): Promise<{ result: UploadResult; note?: string }> {
    const { uploader } = this.deps;
    const job = this.job();
    this.hooks.update({ state: 'preparing' });
    const credentials = await this.deps.credentials();
    let sha256: string | undefined;
    const digest = await this.deps.digests.roleFor(job.filePath, job.fileName);
    const run: UploadRun = {
      jobId: job.id,
      file: { path: job.filePath, fileName: job.fileName, size: job.fileSize },
      build: job.build,
      target: job.target,
      credentials,
      settings: this.deps.settings(),
      signal: abort.signal,
      attempt: job.attempt,
      createdAt: job.createdAt,
      freshUrl,
      saved: job.saved,
      save: (patch) => this.hooks.update({ saved: { ...this.job().saved, ...patch } }),
      memory: this.#memory,
      phase: (state) => this.hooks.update({ state }),
      warn: (warning) => this.hooks.update({ warning }),
      send: async (request) => {
        const sent = await this.#send(request, run, abort.signal, onStall, digest.hashOnStream);
        sha256 = sent.sha256 ?? sha256;
        return sent.response;
      },
    };
    if (this.#mayHaveLanded() && uploader.findDelivered) {
      const found = await uploader.findDelivered(run);
      if (found) {
        if (digest.hashOnStream) digest.publish(undefined);
        const sha = await sha256OfFile(job.filePath, abort.signal);
        return {
          result: { ...found, service: uploader.service, sha256: sha },
          note: t('transfer:alreadyDelivered', { headline: found.headline }),
        };
      }
    }
    let delivered: DeliveredBuild;
    try {
      delivered = await uploader.upload(run);
    } finally {
      if (digest.hashOnStream) digest.publish(sha256);
    }
    sha256 ??= digest.hashOnStream ? undefined : await digest.digest();
    sha256 ??= await sha256OfFile(job.filePath, abort.signal);
    return { result: { ...delivered, service: uploader.service, sha256 } };
  }

  async #send(
    request: WireRequest,
    run: UploadRun,
    signal: AbortSignal,
    onStall: () => void,
    hash: boolean,
  ) {
    // A multipart POST goes to the service's API: once its last byte is out, the service
    // may have created the build even if we never see the answer.
    const toApi = request.shape === 'multipart';
    if (toApi) run.save({ sending: true });
    this.hooks.update({ state: 'uploading', note: undefined });
    return sendWire(request, {
      service: this.deps.uploader.service,
      file: run.file,
      signal,
      onProgress: (sample) => this.hooks.progress(sample),
      onBodySent: () => {
        this.hooks.update({
          state: 'finalizing',
          ...(toApi ? { saved: { ...this.job().saved, landed: true } } : {}),
        });
      },
      onStall,
      hash,
      ...(run.credentials.http ? { http: run.credentials.http } : {}),
      ...(this.deps.stallMs ? { stallMs: this.deps.stallMs } : {}),
      ...(this.deps.clock ? { clock: this.deps.clock } : {}),
    });
  }

  /** Waits while the service has asked every transfer to hold off; false if aborted. */
  async #serviceAllows(): Promise<boolean> {
    const service = this.deps.uploader.service;
    for (;;) {
      const waitMs = this.deps.pauses.remainingMs(service);
      if (waitMs <= 0) return true;
      this.hooks.update({
        note: t('transfer:slowDown', {
          service: SERVICE_NAMES[service],
          seconds: Math.ceil(waitMs / 1000),
        }),
      });
      if (!(await sleep(waitMs, this.#abort.signal))) return false;
    }
  }

  /** The service may hold the build: an earlier attempt's last byte went out, or the app
   * stopped while sending (the last progress tick may not have been saved). */
  #mayHaveLanded(): boolean {
    const { saved, resumed } = this.job();
    return saved.landed === true || (resumed && saved.sending === true);
  }

  #duplicateWarning(): { warning?: string } {
    const { uploader } = this.deps;
    if (!this.#mayHaveLanded() || uploader.findDelivered || !uploader.duplicateRisk) return {};
    return { warning: uploader.duplicateRisk };
  }

  #aborted(): void {
    if (this.#why === 'cancel') this.hooks.update({ state: 'cancelled', note: undefined });
  }
}

function toShape(error: unknown): DropshipErrorShape {
  if (error instanceof DropshipError) return error.toShape();
  console.error('[dropship] upload failed', redact(String((error as Error)?.stack ?? error)));
  return { code: 'internal', retryable: false, message: t('common:internal') };
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
