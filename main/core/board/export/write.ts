import { stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Board, ExportResult } from '../../../../shared/contract/board';
import { DropshipError } from '../../../../shared/errors';
import { renderBoardHtml } from './board-html';

/** ~/Downloads/dropship-status-2026-11-23.html */
export function defaultExportPath(now: Date, home = homedir()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return join(home, 'Downloads', `dropship-status-${day}.html`);
}

/** Writes the board where the person chose (`~` is their home folder). */
export async function exportBoard(board: Board, path: string, now: Date): Promise<ExportResult> {
  const target = expandHome(path);
  if (!isAbsolute(target)) {
    throw refused('Give the full location of the file, like ~/Downloads/status.html.');
  }
  const folder = dirname(target);
  const folderExists = await stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!folderExists) throw refused(`The folder ${folder} does not exist.`);
  const content = renderBoardHtml(board, now);
  try {
    await writeFile(target, content, 'utf8');
  } catch {
    throw new DropshipError({
      code: 'internal',
      retryable: false,
      message: `Dropship could not write ${target}.`,
      hint: 'Check that the folder is writable, or pick another place.',
    });
  }
  return { path: target, bytes: Buffer.byteLength(content), cards: board.cards.length };
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
