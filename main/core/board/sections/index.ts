import type { BoardCard, BoardCardConfig, BoardSectionId } from '../../../../shared/domain/board';
import type { CoreContext } from '../../context';
import type { IconCache } from '../pictures';
import { fetchBitbarSection } from './bitbar';
import { fetchInstallrSection } from './installr';
import { fetchProductScienceSection } from './productscience';
import { fetchTestioSection } from './testio';
import { t } from '../../i18n/translate';

/** What a section holds once fetched, by section. */
export type SectionData = {
  [S in BoardSectionId]: NonNullable<NonNullable<BoardCard[S]>['data']>;
};

export interface SectionDeps {
  ctx: CoreContext;
  icons: IconCache;
}

type Fetcher<S extends BoardSectionId> = (
  deps: SectionDeps,
  source: NonNullable<BoardCardConfig[S]>,
  signal: AbortSignal,
) => Promise<SectionData[S]>;

/** How each section of a card is fetched from its source in the card's settings. */
export const SECTION_FETCHERS: { [S in BoardSectionId]: Fetcher<S> } = {
  installr: ({ ctx, icons }, source, signal) => fetchInstallrSection(ctx, source, icons, signal),
  testio: ({ ctx }, source, signal) => fetchTestioSection(ctx, source, signal),
  bitbar: ({ ctx }, source, signal) => fetchBitbarSection(ctx, source, signal),
  productscience: ({ ctx }, source) => fetchProductScienceSection(ctx, source),
};

/** What a 404 means for each section, in the card's words. */
export function goneMessage(section: BoardSectionId, config: BoardCardConfig): string {
  switch (section) {
    case 'installr':
      return config.installr?.kind === 'appToken'
        ? t('board:gone.installrToken')
        : t('board:gone.installrApp');
    case 'testio':
      return config.testio?.title
        ? t('board:gone.testio', { title: config.testio.title })
        : t('board:gone.testioProduct');
    case 'bitbar':
      return t('board:gone.bitbar', { title: config.bitbar?.title ?? '' });
    case 'productscience':
      return t('board:gone.productscience');
  }
}

/** Which services a card follows, in words for its footer. */
export function sourceWords(config: BoardCardConfig): string[] {
  const words: string[] = [];
  if (config.installr) {
    words.push(
      config.installr.kind === 'appToken'
        ? t('board:source.installrToken')
        : t('board:source.installrAccount'),
    );
  }
  if (config.testio) words.push(t('board:source.testio', { title: config.testio.title }));
  if (config.bitbar) words.push(t('board:source.bitbar', { title: config.bitbar.title }));
  if (config.productscience) {
    words.push(t('board:source.productscience', { project: config.productscience.project }));
  }
  return words;
}
