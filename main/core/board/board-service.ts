import { randomUUID } from 'node:crypto';
import type { AddCardInputSchema, Board } from '../../../shared/contract/board';
import {
  BOARD_SECTIONS,
  type BoardCard,
  type BoardCardConfig,
  type BoardSectionId,
  type SectionProblem,
} from '../../../shared/domain/board';
import { DropshipError } from '../../../shared/errors';
import type { z } from 'zod';
import type { CoreContext } from '../context';
import { updateSettings } from '../settings-store';
import { LastKnownStore, type LastKnownCard } from './last-known';
import { IconCache, monogram } from './pictures';
import { sectionProblem } from './problems';
import { goneMessage, SECTION_FETCHERS, sourceWords, type SectionData } from './sections';
import { t } from '../i18n/translate';

type AddCardInput = z.output<typeof AddCardInputSchema>;

interface SectionState {
  data?: SectionData[BoardSectionId];
  fetchedAt?: string;
  problem?: SectionProblem;
}

interface CardState {
  sections: Partial<Record<BoardSectionId, SectionState>>;
  checkedAt?: string;
  inflight?: Promise<void>;
}

export interface BoardServiceOptions {
  /** How long one section may take before it counts as unreachable. */
  sectionTimeoutMs?: number;
  now?: () => number;
}

/**
 * The board: cards persist in settings; what each service said last lives here, so a
 * section that fails keeps showing what was known, marked, and recovers on the next
 * refresh by itself. Sections of a card are fetched in parallel, each failing alone.
 */
export class BoardService {
  readonly #cache = new Map<string, CardState>();
  readonly #icons: IconCache;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  readonly #lastKnown: LastKnownStore;
  readonly #restored: Promise<void>;

  constructor(
    private readonly ctx: CoreContext,
    options: BoardServiceOptions = {},
  ) {
    this.#icons = new IconCache(ctx.http);
    this.#timeoutMs = options.sectionTimeoutMs ?? 15_000;
    this.#now = options.now ?? Date.now;
    this.#lastKnown = new LastKnownStore(ctx.dataDir);
    this.#restored = this.#lastKnown.load().then((cards) => this.restore(cards));
  }

  /** Resolves once what the board knew before a restart is back in memory. */
  ready(): Promise<void> {
    return this.#restored;
  }

  board(): Board {
    const { cards, refreshSeconds } = this.ctx.settings.read().board;
    return { cards: cards.map((config) => this.view(config)), refreshSeconds };
  }

  async refresh(cardId?: string): Promise<Board> {
    await this.ready();
    const configs = this.configs();
    const targets = cardId ? configs.filter((c) => c.id === cardId) : configs;
    if (cardId && targets.length === 0) throw missingCard();
    await Promise.all(targets.map((config) => this.refreshCard(config)));
    return this.board();
  }

  async add(input: AddCardInput): Promise<Board> {
    await this.ready();
    this.refuseDuplicate(input);
    const config: BoardCardConfig = {
      id: randomUUID(),
      title:
        input.testio?.title ??
        input.bitbar?.title ??
        input.productscience?.project ??
        t('board:newApp'),
      addedAt: new Date(this.#now()).toISOString(),
      ...input,
    };
    updateSettings(this.ctx.settings, (draft) => {
      draft.board.cards.push(config);
    });
    await this.refreshCard(config);
    // A mistyped app token is not worth a card: say so at the field instead.
    const installr = this.#cache.get(config.id)?.sections.installr;
    if (config.installr?.kind === 'appToken' && installr?.problem?.kind === 'gone') {
      this.remove(config.id);
      const message = t('board:unknownAppToken');
      throw new DropshipError({
        code: 'invalid_input',
        service: 'installr',
        retryable: false,
        message,
        fields: { 'installr.appToken': message },
      });
    }
    return this.board();
  }

  remove(cardId: string): Board {
    if (!this.configs().some((c) => c.id === cardId)) throw missingCard();
    updateSettings(this.ctx.settings, (draft) => {
      draft.board.cards = draft.board.cards.filter((c) => c.id !== cardId);
    });
    this.#cache.delete(cardId);
    void this.persist();
    return this.board();
  }

  setRefreshInterval(seconds: number): Board {
    updateSettings(this.ctx.settings, (draft) => {
      draft.board.refreshSeconds = seconds;
    });
    return this.board();
  }

  private configs(): BoardCardConfig[] {
    return this.ctx.settings.read().board.cards;
  }

  private state(cardId: string): CardState {
    let state = this.#cache.get(cardId);
    if (!state) {
      state = { sections: {} };
      this.#cache.set(cardId, state);
    }
    return state;
  }

  /** One refresh per card at a time: a second caller waits for the running one. */
  private refreshCard(config: BoardCardConfig): Promise<void> {
    const state = this.state(config.id);
    state.inflight ??= this.fetchSections(config, state).finally(() => {
      state.inflight = undefined;
    });
    return state.inflight;
  }

  private async fetchSections(config: BoardCardConfig, state: CardState): Promise<void> {
    const sections = BOARD_SECTIONS.filter((section) => config[section]);
    await Promise.all(sections.map((section) => this.fetchSection(config, state, section)));
    state.checkedAt = new Date(this.#now()).toISOString();
    this.rememberTitle(config, state);
    await this.persist();
  }

  /** Writes every card's sections as they are now (see last-known.ts). */
  private persist(): Promise<void> {
    const cards: Record<string, LastKnownCard> = {};
    for (const config of this.configs()) {
      const state = this.#cache.get(config.id);
      if (!state?.checkedAt) continue;
      cards[config.id] = { checkedAt: state.checkedAt, ...state.sections } as LastKnownCard;
    }
    return this.#lastKnown.save(cards);
  }

  /** Last session's data comes back without its problems: this session checks afresh. */
  private restore(cards: Record<string, LastKnownCard>): void {
    for (const [id, card] of Object.entries(cards)) {
      if (this.#cache.has(id)) continue;
      const sections: CardState['sections'] = {};
      for (const section of BOARD_SECTIONS) {
        const known = card[section];
        if (known?.data) sections[section] = { data: known.data, fetchedAt: known.fetchedAt };
      }
      this.#cache.set(id, { sections, ...(card.checkedAt ? { checkedAt: card.checkedAt } : {}) });
    }
  }

  private async fetchSection(config: BoardCardConfig, state: CardState, section: BoardSectionId) {
    // One signature for all sections; the config key and the fetcher key are the same.
    const fetcher = SECTION_FETCHERS[section] as (
      deps: { ctx: CoreContext; icons: IconCache },
      source: unknown,
      signal: AbortSignal,
    ) => Promise<SectionData[BoardSectionId]>;
    const previous = state.sections[section];
    try {
      const data = await fetcher(
        { ctx: this.ctx, icons: this.#icons },
        config[section],
        AbortSignal.timeout(this.#timeoutMs),
      );
      state.sections[section] = { data, fetchedAt: new Date(this.#now()).toISOString() };
    } catch (error) {
      const problem = sectionProblem(section, error, { gone: goneMessage(section, config) });
      state.sections[section] = { ...previous, problem };
    }
  }

  /** The card keeps the app's name from Installr, so it is named right when offline. */
  private rememberTitle(config: BoardCardConfig, state: CardState): void {
    const installr = state.sections.installr?.data as SectionData['installr'] | undefined;
    if (!installr || installr.title === config.title) return;
    updateSettings(this.ctx.settings, (draft) => {
      const card = draft.board.cards.find((c) => c.id === config.id);
      if (card) card.title = installr.title;
    });
  }

  private view(config: BoardCardConfig): BoardCard {
    const state = this.#cache.get(config.id);
    const installr = state?.sections.installr?.data as SectionData['installr'] | undefined;
    const title = installr?.title ?? config.title;
    const card: BoardCard = {
      id: config.id,
      title,
      icon: installr?.icon ?? monogram(title),
      sources: sourceWords(config),
      refreshing: Boolean(state?.inflight),
      ...(state?.checkedAt ? { checkedAt: state.checkedAt } : {}),
    };
    for (const section of BOARD_SECTIONS) {
      if (!config[section]) continue;
      const current = state?.sections[section] ?? {};
      Object.assign(card, { [section]: current });
    }
    return card;
  }

  private refuseDuplicate(input: AddCardInput): void {
    const same = this.configs().find(
      (c) =>
        (input.installr?.kind === 'appToken' &&
          c.installr?.kind === 'appToken' &&
          c.installr.appToken === input.installr.appToken) ||
        (input.installr?.kind === 'account' &&
          c.installr?.kind === 'account' &&
          c.installr.appId === input.installr.appId),
    );
    if (!same) return;
    throw new DropshipError({
      code: 'conflict',
      retryable: false,
      message: t('board:alreadyOnBoard', { title: same.title }),
    });
  }
}

function missingCard(): DropshipError {
  return new DropshipError({
    code: 'not_found',
    retryable: false,
    message: t('board:cardGone'),
  });
}
