import type { InstallrSection, InstallrSource } from '../../../../shared/domain/board';
import { DEFAULT_BASE_URLS } from '../../accounts/service-defaults';
import type { CoreContext } from '../../context';
import { joinUrl } from '../../http/request';
import { appStatus, getApp, listApps } from '../../providers/installr/client';
import { installQrDataUrl, monogram, type IconCache } from '../pictures';
import { t } from '../../i18n/translate';

/**
 * A card's Installr section: the latest build, its install link as a QR code, the icon.
 * By app token it is one anonymous call; by account it reads the app's details.
 */
export async function fetchInstallrSection(
  ctx: CoreContext,
  source: InstallrSource,
  icons: IconCache,
  signal: AbortSignal,
): Promise<InstallrSection> {
  if (source.kind === 'appToken') {
    // Anonymous: works even when no Installr account is connected (then at Installr itself).
    const baseUrl = (await ctx.accounts.baseUrl('installr')) ?? DEFAULT_BASE_URLS.installr;
    const status = await appStatus(baseUrl, source.appToken, signal);
    const iconUrl = await iconFromAccount(ctx, status.bundleId, signal);
    return finish(icons, signal, {
      title: status.title,
      version: status.version,
      buildNumber: status.buildNumber,
      releasedAt: status.createdAt,
      releaseNotes: status.releaseNotes,
      installUrl: status.installUrl,
      iconUrl,
    });
  }
  const credentials = await ctx.accounts.credentials('installr');
  const app = await getApp(credentials, source.appId, signal);
  const build = app.latestBuild;
  return finish(icons, signal, {
    title: app.title,
    version: build?.version ?? t('board:noBuildYet'),
    buildNumber: build?.buildNumber,
    releasedAt: build?.createdAt ?? '',
    releaseNotes: build?.releaseNotes,
    // The status call's install link has this form (api-docs: …/tester/install/{buildId}).
    installUrl: build ? joinUrl(credentials.baseUrl, `tester/install/${build.id}`) : undefined,
    iconUrl: build?.iconUrl,
  });
}

interface Fetched {
  title: string;
  version: string;
  buildNumber: string | undefined;
  releasedAt: string;
  releaseNotes: string | undefined;
  installUrl: string | undefined;
  iconUrl: string | undefined;
}

async function finish(
  icons: IconCache,
  signal: AbortSignal,
  fetched: Fetched,
): Promise<InstallrSection> {
  const [icon, installQr] = await Promise.all([
    fetched.iconUrl ? icons.get(fetched.iconUrl, signal) : undefined,
    fetched.installUrl ? installQrDataUrl(fetched.installUrl) : undefined,
  ]);
  return {
    title: fetched.title,
    version: fetched.version,
    ...(fetched.buildNumber ? { buildNumber: fetched.buildNumber } : {}),
    releasedAt: fetched.releasedAt,
    ...(fetched.releaseNotes ? { releaseNotes: fetched.releaseNotes } : {}),
    ...(fetched.installUrl ? { installUrl: fetched.installUrl } : {}),
    ...(installQr ? { installQr } : {}),
    icon: icon ?? monogram(fetched.title),
  };
}

/**
 * The status call has no icon; when an Installr account is connected, its app list does.
 * Best effort: without an account, or when the list fails, the card keeps its monogram.
 */
async function iconFromAccount(
  ctx: CoreContext,
  bundleId: string,
  signal: AbortSignal,
): Promise<string | undefined> {
  if (ctx.accounts.connection('installr').kind === 'none') return undefined;
  try {
    const apps = await listApps(await ctx.accounts.credentials('installr'), signal);
    return apps.find((app) => app.bundleId === bundleId)?.latestBuild?.iconUrl;
  } catch {
    return undefined;
  }
}
