import type { BoardCard, BoardCardConfig, BoardSectionId } from '../../../../shared/domain/board';
import type { CoreContext } from '../../context';
import type { IconCache } from '../pictures';
import { fetchBitbarSection } from './bitbar';
import { fetchInstallrSection } from './installr';
import { fetchProductScienceSection } from './productscience';
import { fetchTestioSection } from './testio';

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
        ? 'Installr no longer knows this app’s token — it may have been reset on Installr'
        : 'This app is no longer on Installr';
    case 'testio':
      return `“${config.testio?.title ?? 'This product'}” is no longer on Test IO`;
    case 'bitbar':
      return `The Bitbar project “${config.bitbar?.title ?? ''}” no longer exists`;
    case 'productscience':
      return 'Product Science no longer has this project';
  }
}

/** Which services a card follows, in words for its footer. */
export function sourceWords(config: BoardCardConfig): string[] {
  const words: string[] = [];
  if (config.installr) {
    words.push(
      config.installr.kind === 'appToken' ? 'Installr (by app token)' : 'Installr (your account)',
    );
  }
  if (config.testio) words.push(`Test IO: ${config.testio.title}`);
  if (config.bitbar) words.push(`Bitbar: ${config.bitbar.title}`);
  if (config.productscience) words.push(`Product Science: ${config.productscience.project}`);
  return words;
}
