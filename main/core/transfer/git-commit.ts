import { execFile } from 'node:child_process';
import { DropshipError } from '../../../shared/errors';
import { t } from '../i18n/translate';

/**
 * Product Science's `sourceControlId` and `sourceControlIsoTimestamp`, read the way its
 * doc says: `git show -s --format=%cI <commit>` (plus %H for the full hash). The ref is
 * typed by a person: one starting with `-` would be read as an option (`--output=…`
 * writes a file), so it is refused, and `--end-of-options` makes sure of it.
 */
export function gitCommit(
  folder: string,
  ref = 'HEAD',
): Promise<{ commitId: string; isoTimestamp: string }> {
  if (ref.startsWith('-')) {
    return Promise.reject(
      new DropshipError({
        code: 'invalid_input',
        retryable: false,
        message: t('transfer:git.dashRef', { ref: ref.slice(0, 80) }),
        fields: { ref: t('transfer:git.typeRef') },
      }),
    );
  }
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', folder, 'show', '-s', '--format=%H%n%cI', '--end-of-options', ref, '--'],
      { timeout: 10_000 },
      (error, stdout, stderr) => {
        const [commitId, isoTimestamp] = stdout.trim().split('\n');
        if (!error && commitId && isoTimestamp) return resolve({ commitId, isoTimestamp });
        const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
        reject(
          new DropshipError({
            code: 'invalid_input',
            retryable: false,
            message: missing
              ? t('transfer:git.missing')
              : t('transfer:git.notARepository', { ref }),
            hint: missing ? t('transfer:git.missingHint') : firstLine(stderr),
            fields: { folder: t('transfer:git.chooseRepository') },
          }),
        );
      },
    );
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) || t('transfer:git.chooseAnother');
}
