import { execFile } from 'node:child_process';
import { DropshipError } from '../../../shared/errors';
import { t } from '../i18n/translate';

/**
 * Runs git in a folder the person chose. Refs come from people and from the history, so
 * every call puts them after `--end-of-options`: a ref can never be read as an option.
 * Resolves with stdout, or `undefined` when git answered "no" (not a repository, unknown ref);
 * a missing git is the one failure worth a message of its own.
 */
export function git(folder: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', folder, ...args],
      { timeout: 15_000, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout) => {
        if (!error) return resolve(stdout);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return reject(
            new DropshipError({
              code: 'invalid_input',
              retryable: false,
              message: t('git:missing'),
              hint: t('git:missingHint'),
            }),
          );
        }
        resolve(undefined);
      },
    );
  });
}
