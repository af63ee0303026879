import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { DropshipError } from '../../../shared/errors';
import { t } from '../i18n/translate';

/**
 * Where a person asked Dropship to save a file (`~` is their home folder), checked before
 * anything is written: a full path, in a folder that exists. `example` shows the form.
 */
export async function checkedSavePath(path: string, example: string): Promise<string> {
  const target = expandHome(path);
  if (!isAbsolute(target)) throw refused(t('files:fullPath', { example }));
  const folder = dirname(target);
  const folderExists = await stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!folderExists) throw refused(t('files:noFolder', { folder }));
  return target;
}

export function couldNotWrite(target: string): DropshipError {
  return new DropshipError({
    code: 'internal',
    retryable: false,
    message: t('files:couldNotWrite', { file: target }),
    hint: t('files:couldNotWriteHint'),
  });
}

function expandHome(path: string): string {
  if (path === '~') return homedir();
  if (path.startsWith('~/')) return join(homedir(), path.slice(2));
  return isAbsolute(path) ? resolve(path) : path;
}

function refused(message: string): DropshipError {
  return new DropshipError({
    code: 'invalid_input',
    retryable: false,
    message,
    fields: { path: message },
  });
}
