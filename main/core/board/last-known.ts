import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BoardCardSchema } from '../../../shared/domain/board';

/**
 * What each card's sections said last, on disk (`<dataDir>/board/last-known.json`), so
 * after a restart with a service down the board still shows what it knew, and when.
 * Holds only what the screen shows (never an app token); losing it costs one refresh.
 */
const SectionsSchema = BoardCardSchema.pick({
  installr: true,
  testio: true,
  bitbar: true,
  productscience: true,
  checkedAt: true,
});
export type LastKnownCard = z.infer<typeof SectionsSchema>;

const FileSchema = z.object({
  version: z.literal(1),
  cards: z.record(z.string(), z.unknown()),
});

export class LastKnownStore {
  readonly #file: string;
  #writing: Promise<void> = Promise.resolve();
  #next: Record<string, LastKnownCard> | undefined;

  constructor(dataDir: string) {
    this.#file = join(dataDir, 'board', 'last-known.json');
  }

  async load(): Promise<Record<string, LastKnownCard>> {
    try {
      const file = FileSchema.parse(JSON.parse(await readFile(this.#file, 'utf8')));
      const cards: Record<string, LastKnownCard> = {};
      for (const [id, raw] of Object.entries(file.cards)) {
        const parsed = SectionsSchema.safeParse(raw);
        if (parsed.success) cards[id] = parsed.data;
      }
      return cards;
    } catch {
      return {}; // First start, or an unreadable file: the next refresh fills it again.
    }
  }

  /** Saves the latest snapshot; calls meanwhile coalesce into one write after it. */
  save(cards: Record<string, LastKnownCard>): Promise<void> {
    const pending = this.#next !== undefined;
    this.#next = cards;
    if (!pending) this.#writing = this.#writing.then(() => this.#drain());
    return this.#writing;
  }

  async #drain(): Promise<void> {
    const cards = this.#next;
    this.#next = undefined;
    if (!cards) return;
    try {
      await mkdir(join(this.#file, '..'), { recursive: true });
      const temp = `${this.#file}.tmp`;
      await writeFile(temp, JSON.stringify({ version: 1, cards }));
      await rename(temp, this.#file);
    } catch {
      // Not worth failing a refresh over: the board works without it, only less after a restart.
    }
  }
}
