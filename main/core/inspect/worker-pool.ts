import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildInfo } from '../../../shared/domain/build-info';
import { DropshipError } from '../../../shared/errors';
import { cancelled } from './errors';
import type { InspectAnswer, InspectRequest } from './inspect-worker';
import { currentLanguage, t } from '../i18n/translate';

/** What one inspection may cost before its worker is stopped. */
export interface InspectBudget {
  timeoutMs: number;
  memoryMb: number;
}

export const DEFAULT_BUDGET: InspectBudget = { timeoutMs: 20_000, memoryMb: 384 };

/** Two builds read at once; more wait their turn rather than compete for two cores. */
const MAX_WORKERS = 2;

/**
 * From source (tsx, vitest, Playwright) this module is a .ts file and the worker is its
 * TypeScript sibling, loaded through tsx. In the app, esbuild bundles this module into
 * dist/main/index.js and the worker beside it as dist/main/inspect-worker.cjs.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(
  FROM_SOURCE ? './inspect-worker.ts' : './inspect-worker.cjs',
  import.meta.url,
);

interface Job {
  path: string;
  budget: InspectBudget;
  signal?: AbortSignal;
  resolve(build: BuildInfo): void;
  reject(error: Error): void;
}

const queue: Job[] = [];
const idle: Worker[] = [];
let running = 0;

/** Reads the build in a worker thread, within the budget; the caller's thread never blocks. */
export function inspectInWorker(
  path: string,
  budget: InspectBudget,
  signal?: AbortSignal,
): Promise<BuildInfo> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const job: Job = { path, budget, signal, resolve, reject };
    signal?.addEventListener('abort', () => dequeue(job), { once: true });
    queue.push(job);
    pump();
  });
}

function dequeue(job: Job): void {
  const at = queue.indexOf(job);
  if (at === -1) return; // already running: run() handles the abort
  queue.splice(at, 1);
  job.reject(cancelled());
}

function pump(): void {
  while (queue.length > 0 && running < MAX_WORKERS) {
    const job = queue.shift()!;
    const worker = idle.find((w) => memoryOf(w) === job.budget.memoryMb);
    if (worker) idle.splice(idle.indexOf(worker), 1);
    running++;
    void run(worker ?? spawn(job.budget.memoryMb), job).finally(() => {
      running--;
      pump();
    });
  }
}

const memory = new WeakMap<Worker, number>();
const memoryOf = (worker: Worker) => memory.get(worker);

function spawn(memoryMb: number): Worker {
  const worker = new Worker(FROM_SOURCE ? throughTsx(WORKER_URL) : WORKER_URL, {
    eval: FROM_SOURCE,
    resourceLimits: {
      maxOldGenerationSizeMb: memoryMb,
      maxYoungGenerationSizeMb: 32,
      stackSizeMb: 4,
    },
  });
  memory.set(worker, memoryMb);
  // An idle worker that dies is simply dropped; a busy one is handled by run().
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    const at = idle.indexOf(worker);
    if (at !== -1) idle.splice(at, 1);
  });
  return worker;
}

function run(worker: Worker, job: Job): Promise<void> {
  return new Promise((done) => {
    let settled = false;
    const finish = (outcome: BuildInfo | DropshipError, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) {
        worker.unref(); // an idle worker never keeps the process alive
        idle.push(worker);
      } else {
        void worker.terminate();
      }
      if (outcome instanceof DropshipError) job.reject(outcome);
      else job.resolve(outcome);
      done();
    };
    const onMessage = (answer: InspectAnswer) =>
      finish('build' in answer ? answer.build : new DropshipError(answer.error), true);
    const onError = (err: Error) =>
      finish(
        (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? overBudget(t('inspect:budget.memory', { mb: job.budget.memoryMb }))
          : workerFailed(err),
        false,
      );
    const onExit = () => finish(workerFailed(new Error(t('inspect:workerStopped'))), false);
    const onAbort = () => finish(cancelled(), false);
    const timer = setTimeout(
      () =>
        finish(overBudget(t('inspect:budget.time', { count: job.budget.timeoutMs / 1000 })), false),
      job.budget.timeoutMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    job.signal?.addEventListener('abort', onAbort, { once: true });
    worker.ref();
    // The worker speaks the core's language: its errors reach people as they are.
    worker.postMessage({ path: job.path, language: currentLanguage() } satisfies InspectRequest);
  });
}

function overBudget(why: string): DropshipError {
  return new DropshipError({
    code: 'timeout',
    retryable: false,
    message: t('inspect:budget.overBudget', { why }),
    hint: t('inspect:buildAgain'),
  });
}

function workerFailed(err: Error): DropshipError {
  return new DropshipError({
    code: 'internal',
    retryable: true,
    message: t('inspect:workerFailed', { reason: err.message }),
  });
}

/**
 * Node 20 applies `--import` loaders to the main thread only, so the worker registers
 * tsx itself before importing its TypeScript entry.
 */
function throughTsx(entry: URL): string {
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = new URL('./dist/esm/api/index.mjs', tsxPackage).href; // its "import" export
  return `(async () => {
    const { register } = await import(${JSON.stringify(tsx)});
    register();
    await import(${JSON.stringify(entry.href)});
  })();`;
}
