import type { InvalidEmail } from '../../../shared/domain/emails';
import { isDroppable, refusalOf, type BitbarFileKind } from '../../../shared/domain/upload-rules';
import type { DiffNotice } from '../../../shared/domain/build-diff';
import type { DropOutcome, JobState } from '../../../shared/domain/job';
import { jobStateWords } from '../../../shared/domain/job-words';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import type { Tone } from '../../../shared/domain/tone';
import { formatNumber } from './format';
import { t } from './translate';

/**
 * The shared rules' cases (shared/domain, no language) in the core's language: why a
 * service cannot take a file, why the window takes no file of this kind, which emails
 * are not addresses, a job's state, a drop's outcome, a diff's notices. English reads
 * exactly as shared's own English words; the tones stay shared's.
 */
export function refusalWords(
  service: ServiceId,
  fileName: string,
  size: number,
  bitbarKind?: BitbarFileKind,
): string | undefined {
  const refusal = refusalOf(service, fileName, size, bitbarKind);
  const name = SERVICE_NAMES[service];
  switch (refusal?.reason) {
    case undefined:
      return undefined;
    case 'bitbar-kind':
      return refusal.ext
        ? t('transfer:refusal.bitbarKind', {
            allowed: refusal.allowed.join(t('transfer:refusal.or')),
            kind: t(`transfer:refusal.kind.${refusal.kind}`),
            ext: refusal.ext,
          })
        : t('transfer:refusal.bitbarKindNoExt', {
            allowed: refusal.allowed.join(t('transfer:refusal.or')),
            kind: t(`transfer:refusal.kind.${refusal.kind}`),
          });
    case 'app-bundle':
      return t('transfer:refusal.appBundle', { service: name });
    case 'extension':
      return refusal.ext
        ? t('transfer:refusal.extension', {
            service: name,
            accepts: refusal.accepts,
            ext: refusal.ext,
          })
        : t('transfer:refusal.noExtension', { service: name, accepts: refusal.accepts });
    case 'too-large':
      return t('transfer:refusal.tooLarge', { service: name, size: formatNumber(refusal.gib, 2) });
    case 'empty':
      return t('transfer:refusal.empty');
  }
}

/** Why the window refuses the file outright (before inspection), or undefined. */
export function dropRefusalWords(fileName: string): string | undefined {
  return isDroppable(fileName) ? undefined : t('transfer:refusal.notABuild', { file: fileName });
}

/** One sentence naming the invalid addresses, for a form field or an error. */
export function invalidEmailsWords(invalid: readonly InvalidEmail[]): string {
  if (invalid.length === 1) {
    const [only] = invalid as [InvalidEmail];
    return t('installr:invite.notAnEmail', {
      value: only.value,
      reason: t(`installr:invite.problem.${only.problem}`),
    });
  }
  return t('installr:invite.notEmails', {
    values: invalid.map((i) => `“${i.value}”`).join(', '),
  });
}

/** A job's state in words, with shared's tone ("Waiting for Installr to confirm"). */
export function jobStateLabel(job: { state: JobState; service: ServiceId; attempt: number }): {
  label: string;
  tone: Tone;
} {
  const { tone } = jobStateWords(job);
  const service = SERVICE_NAMES[job.service];
  switch (job.state) {
    case 'preparing':
      return {
        label: t(job.attempt > 1 ? 'transfer:job.retrying' : 'transfer:job.preparing'),
        tone,
      };
    default:
      return { label: t(`transfer:job.${job.state}`, { service }), tone };
  }
}

const names = (services: ServiceId[]) => services.map((s) => SERVICE_NAMES[s]).join(', ');

/** "Delivered to all 4 services." or "Delivered to 3 of 4; Installr failed." */
export function dropSummaryWords({ delivered, failed, cancelled }: DropOutcome): string {
  const total = delivered.length + failed.length + cancelled.length;
  if (delivered.length === total) {
    return total === 1
      ? t('transfer:drop.deliveredTo', { services: names(delivered) })
      : t('transfer:drop.deliveredAll', { count: total });
  }
  const parts =
    total > 1 ? [t('transfer:drop.deliveredOf', { done: delivered.length, total })] : [];
  if (failed.length) parts.push(t('transfer:drop.failed', { services: names(failed) }));
  if (cancelled.length) parts.push(t('transfer:drop.cancelled', { services: names(cancelled) }));
  return t('transfer:drop.line', { parts: parts.join('; ') });
}

/** A diff's notice as a sentence. */
export function noticeWords(notice: DiffNotice): string {
  switch (notice.kind) {
    case 'other-app':
      return t('diff:differentApps', { before: notice.old, after: notice.new });
    case 'other-platform':
      return t('diff:differentPlatforms');
    case 'same-build':
      return t('diff:sameBuild', { build: notice.build });
    case 'build-down':
      return t('diff:buildWentDown', { before: notice.old, after: notice.new });
    case 'version-down':
      return t('diff:versionWentDown', { before: notice.old, after: notice.new });
  }
}
