import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Board, ExportResult } from '../../../../shared/contract/board';
import { checkedSavePath, couldNotWrite } from '../../files/save-path';
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
  const target = await checkedSavePath(path, '~/Downloads/status.html');
  const content = renderBoardHtml(board, now);
  try {
    await writeFile(target, content, 'utf8');
  } catch {
    throw couldNotWrite(target);
  }
  return { path: target, bytes: Buffer.byteLength(content), cards: board.cards.length };
}
