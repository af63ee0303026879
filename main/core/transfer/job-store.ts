import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UploadJobSchema } from '../../../shared/contract/uploads';
import { isFinishedState } from '../../../shared/domain/job';
import { t } from '../i18n/translate';

/** What inspection told us about the build, kept with the job (providers' metadata fields). */
export const BuildFactsSchema = z.object({
  platform: z.enum(['android', 'ios']).optional(),
  /** Package name or bundle identifier. */
  id: z.string().optional(),
  name: z.string().optional(),
  version: z.string().optional(),
  build: z.string().optional(),
  /** The git commit it was made from, when the person or the CLI said. */
  commit: z.string().optional(),
});
export type BuildFacts = z.infer<typeof BuildFactsSchema>;

/** A job as persisted: what the renderer sees, plus what a resumed attempt needs. */
export const JobRecordSchema = UploadJobSchema.extend({
  build: BuildFactsSchema.optional(),
  /** Checkpoints of the provider (remote ids, "storage has the file", …). No secrets. */
  saved: z.record(z.string(), z.unknown()).default({}),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

const StoreFileSchema = z.object({ version: z.literal(1), jobs: z.array(z.unknown()) });

export interface JobStoreOptions {
  /** Finished jobs older than this are forgotten on load. */
  keepFinishedMs?: number;
  maxFinished?: number;
}

/**
 * The upload jobs on disk (`<dataDir>/uploads/jobs.json`), so a restart shows and resumes
 * what was pending. Writes are atomic (a temp file, fsync, rename, fsync of the folder: a
 * crash leaves the old or the new list, never half of one) and coalesced (one write in
 * flight; changes meanwhile are written once after it). The list before the last write is
 * kept as `jobs.previous.json`: a damaged list is set aside and that copy loaded instead.
 */
export class JobStore {
  readonly file: string;
  /** What the last `load` had to repair, in words for a person; undefined when nothing. */
  problem: string | undefined;
  readonly #dir: string;
  readonly #previous: string;
  readonly #options: Required<JobStoreOptions>;
  #pending: (() => JobRecord[]) | undefined;
  #writing: Promise<void> | undefined;
  #counter = 0;

  constructor(dataDir: string, options: JobStoreOptions = {}) {
    this.#dir = join(dataDir, 'uploads');
    this.file = join(this.#dir, 'jobs.json');
    this.#previous = join(this.#dir, 'jobs.previous.json');
    this.#options = { keepFinishedMs: 7 * 24 * 3600_000, maxFinished: 100, ...options };
  }

  async load(now = Date.now()): Promise<JobRecord[]> {
    this.problem = undefined;
    const current = await readList(this.file);
    let raw = current.kind === 'ok' ? current.jobs : undefined;
    if (current.kind === 'unreadable') {
      // Keep the torn file for a look later; the previous good list stands in for it.
      const torn = `${this.file}.torn-${now}`;
      await rename(this.file, torn).catch(() => undefined);
      const previous = await readList(this.#previous);
      raw = previous.kind === 'ok' ? previous.jobs : [];
      this.problem = previous.kind === 'ok' ? t('transfer:jobsRestored') : t('transfer:jobsLost');
      console.error(`[dropship] uploads: ${this.problem} (damaged file kept as ${torn})`);
    } else if (current.kind === 'missing') {
      // A crash between the two renames of a write leaves only the previous copy.
      const previous = await readList(this.#previous);
      raw = previous.kind === 'ok' ? previous.jobs : [];
    }
    const jobs = (raw ?? []).flatMap((entry) => {
      const parsed = JobRecordSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    const finished = jobs
      .filter((job) => isFinishedState(job.state))
      .filter((job) => now - Date.parse(job.updatedAt) < this.#options.keepFinishedMs)
      .slice(-this.#options.maxFinished);
    return jobs.filter((job) => !isFinishedState(job.state) || finished.includes(job));
  }

  /** Persists the list `snapshot()` returns when the write happens (the latest state). */
  save(snapshot: () => JobRecord[]): Promise<void> {
    this.#pending = snapshot;
    this.#writing ??= this.#drain();
    return this.#writing;
  }

  /** Resolves once everything asked so far is on disk. */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pending) {
        const snapshot = this.#pending;
        this.#pending = undefined;
        await this.#write(snapshot());
      }
    } catch (error) {
      console.error('[dropship] uploads: could not save the jobs list', (error as Error).message);
    } finally {
      this.#writing = undefined;
    }
  }

  async #write(jobs: JobRecord[]): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const temp = `${this.file}.${process.pid}.${++this.#counter}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify({ version: 1, jobs }, null, 1));
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The list on disk becomes the previous copy (a fallback should the new one ever be
    // found damaged), then the new list takes its place; fsync of the folder makes both
    // renames survive a power cut.
    await rename(this.file, this.#previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temp, this.file);
    await syncFolder(this.#dir);
  }
}

type ReadList = { kind: 'ok'; jobs: unknown[] } | { kind: 'missing' } | { kind: 'unreadable' };

async function readList(file: string): Promise<ReadList> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  try {
    return { kind: 'ok', jobs: StoreFileSchema.parse(JSON.parse(text)).jobs };
  } catch {
    return { kind: 'unreadable' };
  }
}

async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a folder; the renames are still atomic there.
  } finally {
    await handle.close();
  }
}
