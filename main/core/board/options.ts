import type { BoardOptions, ServiceOptions } from '../../../shared/contract/board';
import { SERVICE_IDS, SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import type { CoreContext } from '../context';
import { listApps } from '../providers/installr/client';
import { listProducts } from '../providers/testio/products';
import { listProjects } from '../providers/bitbar/projects';
import { humanize } from '../../../shared/domain/testio-words';
import { productScienceProjects } from './sections/productscience';
import { untilAborted } from './abort';
import { sectionProblem } from './problems';
import { t } from '../i18n/translate';
import { productTypeLabel, versionLine } from './words';

type Lister = (ctx: CoreContext, signal: AbortSignal) => Promise<ServiceOptions['items']>;

/** What each connected account offers to put on the board. */
const LISTERS: Record<ServiceId, Lister> = {
  installr: async (ctx, signal) => {
    const apps = await listApps(await ctx.accounts.credentials('installr'), signal);
    return apps.map((app) => ({
      id: app.id,
      title: app.title,
      ...(app.latestBuild
        ? { detail: versionLine(app.latestBuild.version, app.latestBuild.buildNumber) }
        : {}),
    }));
  },
  testio: async (ctx, signal) => {
    const products = await untilAborted(
      listProducts(await ctx.accounts.credentials('testio'), signal),
      signal,
    );
    return products.map((product) => ({
      id: product.id,
      title: product.title,
      detail: productTypeLabel(product.productType),
    }));
  },
  bitbar: async (ctx, signal) => {
    const page = await untilAborted(listProjects(ctx.bitbar, { offset: 0, limit: 100 }), signal);
    return page.projects.map((project) => ({
      id: project.id,
      title: project.name,
      detail: PROJECT_TYPE_WORDS[project.type]?.() ?? humanize(project.type.toLowerCase()),
    }));
  },
  // No read API: the projects Dropship has sent builds to (see sections/productscience.ts).
  productscience: async (ctx) =>
    (await productScienceProjects(ctx)).map((project) => ({ id: project, title: project })),
};

const PROJECT_TYPE_WORDS: Record<string, () => string> = {
  ANDROID: () => 'Android',
  IOS: () => 'iOS',
  UIAUTOMATOR: () => t('board:projectType.uiAutomator'),
  CTS: () => t('board:projectType.cts'),
};

/** Why a list is empty, when that needs saying. */
const WHEN_EMPTY: Partial<Record<ServiceId, () => string>> = {
  productscience: () => t('board:productScienceEmpty'),
};

/** Every service's list at once; one failing leaves the others usable. */
export async function boardOptions(ctx: CoreContext, timeoutMs: number): Promise<BoardOptions> {
  const entries = await Promise.all(
    SERVICE_IDS.map(
      async (service) => [service, await optionsFor(ctx, service, timeoutMs)] as const,
    ),
  );
  return Object.fromEntries(entries) as BoardOptions;
}

async function optionsFor(
  ctx: CoreContext,
  service: ServiceId,
  timeoutMs: number,
): Promise<ServiceOptions> {
  const lister = LISTERS[service];
  if (service !== 'productscience' && ctx.accounts.connection(service).kind === 'none') {
    return {
      status: 'not_connected',
      message: t('board:connectToPick', { service: SERVICE_NAMES[service] }),
      items: [],
    };
  }
  try {
    const items = await lister(ctx, AbortSignal.timeout(timeoutMs));
    const empty = items.length === 0 ? WHEN_EMPTY[service]?.() : undefined;
    return { status: 'ready', items, ...(empty ? { message: empty } : {}) };
  } catch (error) {
    const problem = sectionProblem(service, error, {
      gone: t('board:listGone', { service: SERVICE_NAMES[service] }),
    });
    return { status: 'unavailable', message: problem.message, items: [] };
  }
}
