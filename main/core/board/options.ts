import type { BoardOptions, ServiceOptions } from '../../../shared/contract/board';
import { versionLine } from '../../../shared/domain/board-words';
import { productTypeWords } from '../../../shared/domain/testio-words';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { listApps } from '../providers/installr/client';
import { listProducts } from '../providers/testio/client';
import { untilAborted } from './abort';
import { sectionProblem } from './problems';

type Lister = (ctx: CoreContext, signal: AbortSignal) => Promise<ServiceOptions['items']>;

/** What each connected account offers to put on the board. */
const LISTERS: Partial<Record<ServiceId, Lister>> = {
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
      detail: productTypeWords(product.productType),
    }));
  },
};

const NOT_AVAILABLE: Partial<Record<ServiceId, string>> = {
  productscience: 'Product Science has no way to read builds back; nothing to pick here yet.',
};

/** Every service's list at once; one failing leaves the others usable. */
export async function boardOptions(ctx: CoreContext, timeoutMs: number): Promise<BoardOptions> {
  const services: ServiceId[] = ['installr', 'testio', 'bitbar', 'productscience'];
  const entries = await Promise.all(
    services.map(async (service) => [service, await optionsFor(ctx, service, timeoutMs)] as const),
  );
  return Object.fromEntries(entries) as BoardOptions;
}

async function optionsFor(
  ctx: CoreContext,
  service: ServiceId,
  timeoutMs: number,
): Promise<ServiceOptions> {
  const lister = LISTERS[service];
  if (!lister) {
    return {
      status: 'unavailable',
      message: NOT_AVAILABLE[service] ?? `Picking from ${SERVICE_NAMES[service]} comes later.`,
      items: [],
    };
  }
  if (ctx.accounts.connection(service).kind === 'none') {
    return {
      status: 'not_connected',
      message: `Connect ${SERVICE_NAMES[service]} in Settings to pick from it.`,
      items: [],
    };
  }
  try {
    const items = await lister(ctx, AbortSignal.timeout(timeoutMs));
    return { status: 'ready', items };
  } catch (error) {
    const problem = sectionProblem(service, error, {
      gone: `${SERVICE_NAMES[service]} could not find your account’s list`,
    });
    return { status: 'unavailable', message: problem.message, items: [] };
  }
}
