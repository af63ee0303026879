import type { UploadJob } from '../../shared/contract/uploads';
import { jobStateWords } from '../../shared/domain/job-words';
import { SERVICE_NAMES } from '../../shared/domain/services';

const stateLabel = (job: UploadJob) => jobStateWords(job).label;

export function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes >= 10_000_000 ? 0 : 1)} MB`;
}

/** `Installr  [#########---------]  52%  24 MB of 45 MB  7.1 MB/s  3 s left  Sending` */
export function progressLine(job: UploadJob, width = 20): string {
  const name = SERVICE_NAMES[job.service].padEnd(16);
  const p = job.progress;
  const fraction = job.state === 'done' ? 1 : p.fraction;
  const filled = Math.round(fraction * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const parts = [name, bar, `${Math.floor(fraction * 100)}%`.padStart(4)];
  if (job.state === 'uploading' || job.state === 'finalizing') {
    parts.push(`${mb(p.bytesSent)} of ${mb(p.totalBytes)}`);
    if (p.bytesPerSecond > 0) parts.push(`${mb(p.bytesPerSecond)}/s`);
    if (p.etaSeconds !== undefined && job.state === 'uploading')
      parts.push(`${p.etaSeconds} s left`);
  }
  parts.push(
    job.attempt > 1 && job.state !== 'done'
      ? `${stateLabel(job)} (try ${job.attempt})`
      : stateLabel(job),
  );
  return parts.join('  ');
}

/**
 * Live progress on a terminal: one line per service, redrawn in place at most ~10 times
 * a second. Elsewhere (a pipe, a CI log): one line per state change, no redraws.
 */
export class ProgressPrinter {
  #jobs = new Map<string, UploadJob>();
  #drawn = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly out: NodeJS.WriteStream) {}

  update(job: UploadJob, stateChanged: boolean): void {
    const before = this.#jobs.get(job.id);
    this.#jobs.set(job.id, job);
    if (!this.out.isTTY) {
      if (stateChanged && before?.state !== job.state) {
        this.out.write(
          `${SERVICE_NAMES[job.service]}: ${stateLabel(job)}${job.note ? ` — ${job.note}` : ''}\n`,
        );
      }
      return;
    }
    this.#timer ??= setTimeout(() => this.draw(), 100);
  }

  draw(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.out.isTTY) return;
    const lines = [...this.#jobs.values()].map((job) => progressLine(job));
    if (this.#drawn > 0) this.out.write(`\x1b[${this.#drawn}A`);
    for (const line of lines) this.out.write(`\x1b[2K${line}\n`);
    this.#drawn = lines.length;
  }
}

/** What each service said, after every transfer finished. */
/** A service skipped because it already had these bytes: the CLI's "already delivered". */
export interface SkippedDelivery {
  service: UploadJob['service'];
  since: string;
  build: string | null;
  links: { label: string; url: string }[];
}

export function resultLines(jobs: UploadJob[], skipped: SkippedDelivery[] = []): string[] {
  const lines: string[] = [];
  for (const s of skipped) {
    const since = new Date(s.since).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    const build = s.build ? ` (build ${s.build})` : '';
    lines.push(
      '',
      `✓ Already on ${SERVICE_NAMES[s.service]} since ${since}${build}; not sent again.`,
    );
    for (const l of s.links) lines.push(`    ${l.label}: ${l.url}`);
    lines.push('    Use --again to send it anyway.');
  }
  for (const job of jobs) {
    const name = SERVICE_NAMES[job.service];
    if (job.result) {
      lines.push('', `✓ ${job.result.headline}`);
      for (const d of job.result.details) lines.push(`    ${d.label}: ${d.value}`);
      for (const l of job.result.links) lines.push(`    ${l.label}: ${l.url}`);
      lines.push(`    SHA-256: ${job.result.sha256}`);
    } else if (job.error) {
      lines.push('', `✗ ${name}: ${job.error.message}`);
      if (job.error.hint) lines.push(`    ${job.error.hint}`);
    } else {
      lines.push('', `✗ ${name}: ${stateLabel(job)}`);
    }
    if (job.warning) lines.push(`    Note: ${job.warning}`);
  }
  const delivered = jobs.filter((j) => j.state === 'done').length + skipped.length;
  const total = jobs.length + skipped.length;
  lines.push('', `Delivered to ${delivered} of ${total} service${total === 1 ? '' : 's'}.`);
  return lines;
}
