import { readFile } from 'node:fs/promises';
import type { NetworkStatus } from '../../../shared/contract/network';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_IDS } from '../../../shared/domain/services';
import { DEFAULT_BASE_URLS } from '../accounts/service-defaults';
import type { CoreContext } from '../context';
import { PROXY_CREDENTIALS_KEY, readProxyCredentials } from '../http/app-network';
import { readPemBundle } from '../http/network';
import { parseProxyUrl, ProxySettingError, redactUserinfo } from '../http/proxy-rules';
import { updateSettings } from '../settings-store';
import { testConnection } from './network-test';
import type { Handlers } from './types';
import { t } from '../i18n/translate';

export function networkHandlers(ctx: CoreContext): Handlers['network'] {
  return {
    status: () => networkStatus(ctx),

    update: async (input) => {
      if (!ctx.network.fromSettings) {
        throw invalid(t('network:settings.fixedByRun'), 'proxyMode');
      }
      let proxyUrl = '';
      let fromUrl: { username: string; password: string } | undefined;
      if (input.proxyMode === 'manual') {
        if (!input.proxyUrl) throw invalid(t('network:settings.enterProxy'), 'proxyUrl');
        try {
          const route = parseProxyUrl(input.proxyUrl, 'manual');
          if (route.kind === 'proxy') {
            proxyUrl = route.url;
            fromUrl = route.credentials;
          }
        } catch (error) {
          if (error instanceof ProxySettingError) throw invalid(error.message, 'proxyUrl');
          throw error;
        }
      }
      for (const file of input.caFiles) {
        const text = await readFile(file, 'utf8').catch(() => undefined);
        if (text === undefined)
          throw invalid(t('network:settings.cannotRead', { file }), 'caFiles');
        try {
          readPemBundle(text, file);
        } catch (error) {
          throw invalid(
            t('network:settings.notPem', { reason: (error as Error).message }),
            'caFiles',
          );
        }
      }
      // Credentials typed in the address move to the vault; settings keep the bare URL.
      const username = fromUrl?.username ?? input.proxyUsername;
      const password = fromUrl?.password ?? input.proxyPassword;
      if (input.clearProxyCredentials) await ctx.vault.delete(PROXY_CREDENTIALS_KEY);
      else if (username) {
        await ctx.vault.set(
          PROXY_CREDENTIALS_KEY,
          JSON.stringify({ username, password: password ?? '' }),
        );
      }
      updateSettings(ctx.settings, (draft) => {
        draft.network = {
          proxyMode: input.proxyMode,
          proxyUrl,
          caFiles: [...new Set(input.caFiles)],
        };
      });
      await ctx.network.rebuild();
      return networkStatus(ctx);
    },

    test: ({ service }) => testConnection(ctx, service),
  };
}

async function networkStatus(ctx: CoreContext): Promise<NetworkStatus> {
  const { network } = ctx.settings.read();
  const credentials = await readProxyCredentials(ctx.vault);
  const services = await Promise.all(
    SERVICE_IDS.map(async (service) => {
      const baseUrl = (await ctx.accounts.baseUrl(service)) ?? DEFAULT_BASE_URLS[service];
      const [route] = await ctx.http.routes(baseUrl);
      return {
        service,
        host: new URL(baseUrl).host,
        route: route?.kind === 'proxy' ? redactUserinfo(route.url) : 'Direct',
        origin: route?.origin ?? 'none',
      };
    }),
  );
  return {
    proxyMode: network.proxyMode,
    proxyUrl: network.proxyUrl,
    hasProxyCredentials: credentials !== undefined,
    ...(credentials ? { proxyUsername: credentials.username } : {}),
    caFiles: network.caFiles,
    caSources: ctx.http.network.trust.sources,
    services,
  };
}

function invalid(message: string, field: string): DropshipError {
  return new DropshipError({
    code: 'invalid_input',
    retryable: false,
    message,
    fields: { [field]: message },
  });
}
