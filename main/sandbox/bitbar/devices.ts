import type { Router } from '../framework/router';
import { presentDevice, type CatalogDevice } from './catalog';
import { originOf, type BitbarEnv } from './env';
import { fail, guarded } from './http';
import { FRAME_HEIGHTS } from './images';
import { sendList, type ListOptions } from './list';

export const deviceList: ListOptions<CatalogDevice> = {
  searchText: (d) => `${d.displayName} ${d.softwareVersion.releaseVersion}`,
  sortFields: {
    id: (d) => d.id,
    displayName: (d) => d.displayName.toLowerCase(),
    creditsPrice: (d) => d.creditsPrice,
    apiLevel: (d) => d.softwareVersion.apiLevel,
    osType: (d) => d.osType,
  },
};

/** The public catalog (no authorization needed) and the device pictures it links to. */
export function deviceRoutes(router: Router, env: BitbarEnv): void {
  router.get(
    '/api/v2/devices',
    guarded((ctx) => {
      const origin = originOf(ctx);
      sendList(ctx, env.state.catalog(), deviceList, (d) => presentDevice(d, origin));
    }),
  );

  const modelsByPrefix = new Map(env.state.catalog().map((d) => [d.imagePrefix, d.model]));
  router.get('/resources/images/devices/:file', (ctx) => {
    const match = /^(.+)-h(\d+)\.png$/.exec(ctx.params.file ?? '');
    const model = match ? modelsByPrefix.get(match[1] ?? '') : undefined;
    const height = Number(match?.[2]);
    if (!model || !(FRAME_HEIGHTS as readonly number[]).includes(height)) return fail(ctx, 404);
    const png = env.images.get(model, height);
    ctx.res.writeHead(200, {
      'content-type': 'image/png',
      'content-length': png.length,
      'cache-control': 'public, max-age=86400',
    });
    ctx.res.end(png);
  });
}
