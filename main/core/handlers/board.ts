import { BoardService } from '../board/board-service';
import { defaultExportPath, exportBoard } from '../board/export/write';
import { boardOptions } from '../board/options';
import type { CoreContext } from '../context';
import type { Handlers } from './types';

const OPTIONS_TIMEOUT_MS = 15_000;

/** The status board. One service per core, so what each section said last is kept. */
export function boardHandlers(ctx: CoreContext): Handlers['board'] {
  const board = new BoardService(ctx);
  return {
    list: async () => {
      await board.ready();
      return board.board();
    },
    refresh: ({ cardId }) => board.refresh(cardId),
    options: () => boardOptions(ctx, OPTIONS_TIMEOUT_MS),
    add: (input) => board.add(input),
    remove: async ({ cardId }) => board.remove(cardId),
    setRefreshInterval: async ({ seconds }) => board.setRefreshInterval(seconds),
    exportDefaults: async () => ({ path: defaultExportPath(new Date()) }),
    exportHtml: async ({ path }) => exportBoard(await board.refresh(), path, new Date()),
  };
}
