import type { UploadJob } from '../../../shared/contract/uploads';
import { DropshipError } from '../../../shared/errors';
import type { Core } from '../../core/create-core';
import { uploadsFor } from '../../core/transfer';
import { describeFile } from '../../core/transfer/drop';
import { gitCommit } from '../../core/transfer/git-commit';
import { positiveInt, type CliOptions } from '../args';
import { startCliCore } from '../cli-core';
import { ProgressPrinter, resultLines } from '../printer';
import { bitbarProjectRef, parseServices, targetsFrom, type BitbarProjectRef } from '../targets';

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
  const cli = await startCliCore(services, {
    sandbox: o.sandbox ?? false,
    env: io.env,
    proxy: o.proxy,
    ca: o.ca,
    uploads: {
      ...(concurrency ? { maxConcurrentTransfers: Math.min(concurrency, 8) } : {}),
      ...(directMb ? { testioDirectUploadLimit: directMb * 1024 * 1024 } : {}),
    },
  });
  try {
    const facts = await describeFile(file);
    const commit = o['ps-git'] ? await gitCommit(o['ps-git']) : undefined;
    const project = bitbarRef ? await resolveProject(cli.core, bitbarRef) : undefined;
    const targets = targetsFrom(services, o, project, commit);
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
      io.out.write(`Sending ${facts.fileName} to ${services.join(', ')}${where}\n`);
    }
    const started = await call<{ jobs: UploadJob[] }>(cli.core, 'uploads.start', {
      path: facts.path,
      targets,
    });
    io.onInterrupt(() => {
      for (const job of started.jobs) void cli.core.dispatch('uploads.cancel', { jobId: job.id });
    });
    await uploadsFor(cli.core.ctx).settled();
    stop();
    printer?.draw();
    const jobs = (await call<UploadJob[]>(cli.core, 'uploads.list')).filter((j) =>
      started.jobs.some((s) => s.id === j.id),
    );
    const ok = jobs.every((j) => j.state === 'done');
    if (o.json) {
      io.out.write(`${JSON.stringify(report(facts, jobs, ok), null, 2)}\n`);
    } else {
      io.out.write(`${resultLines(jobs).join('\n')}\n`);
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

async function resolveProject(core: Core, ref: BitbarProjectRef) {
  if ('create' in ref) return { kind: 'new' as const, name: ref.create, type: ref.type };
  const search = 'name' in ref ? ref.name : '';
  const page = await call<{ projects: { id: number; name: string }[] }>(core, 'bitbar.projects', {
    search,
    limit: 200,
  });
  const found = page.projects.find((p) => ('id' in ref ? p.id === ref.id : p.name === ref.name));
  if (found) return { kind: 'existing' as const, id: found.id, name: found.name };
  if ('id' in ref) return { kind: 'existing' as const, id: ref.id, name: `project ${ref.id}` };
  throw new DropshipError({
    code: 'invalid_input',
    service: 'bitbar',
    retryable: false,
    message: `Bitbar has no project named “${ref.name}”.`,
    hint: 'Use --bitbar-new-project to create it, or pass the project id.',
  });
}

function report(facts: Awaited<ReturnType<typeof describeFile>>, jobs: UploadJob[], ok: boolean) {
  const { build, ...file } = facts;
  const sha256 = jobs.find((j) => j.result)?.result?.sha256;
  return {
    ok,
    file: {
      ...file,
      ...(sha256 ? { sha256 } : {}),
      ...(build ? { build: { ...build, iconDataUrl: undefined } } : {}),
    },
    deliveries: jobs.map((j) => ({
      service: j.service,
      state: j.state,
      attempts: j.attempt,
      ...(j.result ? { result: j.result } : {}),
      ...(j.error ? { error: j.error } : {}),
      ...(j.warning ? { warning: j.warning } : {}),
    })),
  };
}
