import type { UploadJob, UploadTargetInput } from '../../../shared/contract/uploads';
import type { Core } from '../../../main/core/create-core';
import type { TransferTuning } from '../../../main/core/transfer/transfer-engine';
import { DropshipError } from '../../../shared/errors';

/** Fast retries so fault tests take seconds, not minutes; the policy's shape is unchanged. */
export function fastRetries(overrides: { stallMs?: number } = {}): TransferTuning {
  return {
    policy: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 400, maxRetryAfterMs: 60_000 },
    ...overrides,
  };
}

export async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const envelope = await core.dispatch(channel, input);
  if (!envelope.ok) throw new DropshipError(envelope.error);
  return envelope.value as T;
}

export function startUpload(core: Core, path: string, targets: UploadTargetInput[]) {
  return call<{ dropId: string; jobs: UploadJob[] }>(core, 'uploads.start', { path, targets });
}

/** Waits until every transfer has finished, then returns the jobs by id. */
export async function settle(core: Core, ids: string[]): Promise<UploadJob[]> {
  await core.ctx.uploads.settled();
  const jobs = await call<UploadJob[]>(core, 'uploads.list');
  return ids.map((id) => {
    const job = jobs.find((j) => j.id === id);
    if (!job) throw new Error(`job ${id} vanished`);
    return job;
  });
}

/** Resolves with the first job event matching `predicate` (e.g. "uploading, 30% sent"). */
export function whenJob(
  core: Core,
  predicate: (job: UploadJob) => boolean,
  timeoutMs = 20_000,
): Promise<UploadJob> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('timed out waiting for a job event'));
    }, timeoutMs);
    const stop = core.ctx.events.subscribe((name, payload) => {
      if (name !== 'uploads.job' || !predicate(payload as UploadJob)) return;
      clearTimeout(timer);
      stop();
      resolvePromise(payload as UploadJob);
    });
  });
}

/** Collects every event the core emits (to assert on progress and summaries). */
export function recordEvents(core: Core) {
  const events: { name: string; payload: unknown; at: number }[] = [];
  const stop = core.ctx.events.subscribe((name, payload) =>
    events.push({ name, payload, at: Date.now() }),
  );
  return { events, stop };
}
