import { DropshipError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { externalHref } from '../platform';
import type { Handlers } from './types';
import { t } from '../i18n/translate';

export function systemHandlers(ctx: CoreContext): Handlers['system'] {
  return {
    chooseSavePath: async (options) => ({
      path: (await ctx.platform.chooseSavePath(options)) ?? null,
    }),
    chooseFolder: async (options) => ({ path: (await ctx.platform.chooseFolder(options)) ?? null }),
    openExternal: async ({ url }) => {
      const href = externalHref(url);
      if (!href) {
        throw new DropshipError({
          code: 'invalid_input',
          retryable: false,
          message: t('common:onlyWebLinks'),
        });
      }
      await ctx.platform.openExternal(href);
    },
    showInFolder: async ({ path }) => ctx.platform.showInFolder(path),
    copyText: ({ text }) => ctx.platform.writeClipboard(text),
  };
}
