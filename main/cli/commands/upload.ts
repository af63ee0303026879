import type { UploadJob } from '../../../shared/contract/uploads';
import { DropshipError } from '../../../shared/errors';
import type { Core } from '../../core/create-core';
import { inspectBuild } from '../../core/inspect';
import { describeFile } from '../../core/transfer/describe-file';
import { gitCommit } from '../../core/transfer/git-commit';
import { draftReleaseNotes, type ReleaseNotesDraft } from '../../core/git/release-notes';
import { alreadyDelivered, recordSkipped } from '../../core/history/already-delivered';
import { positiveInt, UsageError, type CliOptions } from '../args';
import { startCliCore } from '../cli-core';
import { ProgressPrinter, resultLines, type SkippedDelivery } from '../printer';
import { bitbarProjectRef, parseServices, projectChoice, targetsFrom } from '../targets';

interface Io {
  out: NodeJS.WriteStream;
  err: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** Ctrl-C: cancel every transfer, then report. */
  onInterrupt(cancel: () => void): void;
}

/** `dropship upload FILE --to …`: exit 0 when every delivery succeeded, 1 otherwise. */
export async function uploadCommand(file: string, o: CliOptions, io: Io): Promise<number> {
  const services = parseServices(o.to);
  const bitbarRef = services.includes('bitbar') ? bitbarProjectRef(o) : undefined;
  const concurrency = positiveInt(o.concurrency, '--concurrency');
  const directMb = positiveInt(o['testio-direct-limit'], '--testio-direct-limit');
  if (o['release-notes'] !== undefined && o['release-notes-from-git'] !== undefined) {
    throw new UsageError('Use --release-notes or --release-notes-from-git, not both.');
  }
  const cli = await startCliCore(services, {
    sandbox: o.sandbox ?? false,
    env: io.env,
    proxy: o.proxy,
    ca: o.ca,
    account: o.account,
    uploads: {
      ...(concurrency ? { maxConcurrentTransfers: Math.min(concurrency, 8) } : {}),
      ...(directMb ? { testioDirectUploadLimit: directMb * 1024 * 1024 } : {}),
    },
  });
  try {
    const facts = await describeFile(file, inspectBuild);
    const ctx = cli.core.ctx;
    // Hashed once here; the sends reuse the digest (file-digests.ts), so this costs no pass.
    const sha256 = await ctx.uploads.digests.ofFile(facts.path);
    const earlier = o.again ? new Map() : alreadyDelivered(ctx, sha256, services);
    const skipped: SkippedDelivery[] = [...earlier.values()].map((d) => {
      recordSkipped(ctx, facts, sha256, d);
      return { service: d.service, since: d.finishedAt, build: d.build, links: d.links };
    });
    const toSend = services.filter((s) => !earlier.has(s));
    const notes = o['release-notes-from-git']
      ? await draftReleaseNotes(
          o['release-notes-from-git'],
          facts.build ? ctx.history.lastCommit(facts.build.id) : undefined,
        )
      : undefined;
    const commit = o['ps-git'] ? await gitCommit(o['ps-git']) : undefined;
    const project = bitbarRef && toSend.includes('bitbar') ? projectChoice(bitbarRef) : undefined;
    const targets = targetsFrom(toSend, withNotes(o, notes), project, commit);
    const printer = o.json ? undefined : new ProgressPrinter(io.out);
    const latest = new Map<string, UploadJob>();
    const stop = cli.core.ctx.events.subscribe((name, payload) => {
      if (name === 'uploads.job') {
        const job = payload as UploadJob;
        latest.set(job.id, job);
        printer?.update(job, true);
      } else if (name === 'uploads.progress') {
        const { jobId, progress } = payload as { jobId: string; progress: UploadJob['progress'] };
        const job = latest.get(jobId);
        if (job) {
          latest.set(jobId, { ...job, progress });
          printer?.update({ ...job, progress }, false);
        }
      }
    });
    if (!o.json) {
      const where = o.sandbox ? ' (a local sandbox with demo data)' : '';
      if (toSend.length)
        io.out.write(`Sending ${facts.fileName} to ${toSend.join(', ')}${where}\n`);
      if (notes) io.out.write(notesLine(notes));
    }
    const sourceCommit = notes?.head ?? commit?.commitId;
    const started = toSend.length
      ? await call<{ jobs: UploadJob[] }>(cli.core, 'uploads.start', {
          path: facts.path,
          targets,
          ...(sourceCommit ? { commit: sourceCommit } : {}),
        })
      : { jobs: [] };
    io.onInterrupt(() => {
      for (const job of started.jobs) void cli.core.dispatch('uploads.cancel', { jobId: job.id });
    });
    await cli.core.ctx.uploads.settled();
    stop();
    printer?.draw();
    const jobs = (await call<UploadJob[]>(cli.core, 'uploads.list')).filter((j) =>
      started.jobs.some((s) => s.id === j.id),
    );
    const ok = jobs.every((j) => j.state === 'done');
    if (o.json) {
      io.out.write(`${JSON.stringify(report(facts, sha256, jobs, skipped, notes, ok), null, 2)}\n`);
    } else {
      io.out.write(`${resultLines(jobs, skipped).join('\n')}\n`);
    }
    return ok ? 0 : 1;
  } finally {
    await cli.close();
  }
}

async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const envelope = await core.dispatch(channel, input);
  if (!envelope.ok) throw new DropshipError(envelope.error);
  return envelope.value as T;
}

/** Drafted notes go where the person's own would: Installr's notes, Product Science's description. */
function withNotes(o: CliOptions, notes: ReleaseNotesDraft | undefined): CliOptions {
  if (!notes) return o;
  return { ...o, 'release-notes': notes.text, 'ps-description': o['ps-description'] ?? notes.text };
}

function notesLine(notes: ReleaseNotesDraft): string {
  const since =
    notes.since.kind === 'commit'
      ? `the last delivered build (${notes.since.ref.slice(0, 10)})`
      : notes.since.ref;
  return `Release notes from ${notes.commits} commit${notes.commits === 1 ? '' : 's'} since ${since}:\n${notes.text || '(nothing a tester would notice)'}\n`;
}

function report(
  facts: Awaited<ReturnType<typeof describeFile>>,
  sha256: string,
  jobs: UploadJob[],
  skipped: SkippedDelivery[],
  notes: ReleaseNotesDraft | undefined,
  ok: boolean,
) {
  const { build, ...file } = facts;
  return {
    ok,
    file: {
      ...file,
      sha256,
      ...(build ? { build: { ...build, iconDataUrl: undefined } } : {}),
    },
    ...(notes
      ? { releaseNotes: { text: notes.text, since: notes.since, commit: notes.head } }
      : {}),
    deliveries: [
      ...skipped.map((s) => ({
        service: s.service,
        state: 'already-delivered' as const,
        since: s.since,
        ...(s.build ? { build: s.build } : {}),
        links: s.links,
      })),
      ...jobs.map((j) => ({
        service: j.service,
        state: j.state,
        attempts: j.attempt,
        ...(j.result ? { result: j.result } : {}),
        ...(j.error ? { error: j.error } : {}),
        ...(j.warning ? { warning: j.warning } : {}),
      })),
    ],
  };
}
