import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { DropshipError } from '../../../shared/errors';

/**
 * Where a person asked Dropship to save a file (`~` is their home folder), checked before
 * anything is written: a full path, in a folder that exists. `example` shows the form.
 */
export async function checkedSavePath(path: string, example: string): Promise<string> {
  const target = expandHome(path);
  if (!isAbsolute(target)) throw refused(`Give the full location of the file, like ${example}.`);
  const folder = dirname(target);
  const folderExists = await stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!folderExists) throw refused(`The folder ${folder} does not exist.`);
  return target;
}

export function couldNotWrite(target: string): DropshipError {
  return new DropshipError({
    code: 'internal',
    retryable: false,
    message: `Dropship could not write ${target}.`,
    hint: 'Check that the folder is writable, or pick another place.',
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
