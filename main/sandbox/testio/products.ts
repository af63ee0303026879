import { addProduct } from './seed';
import {
  invalid,
  optionalString,
  readRoot,
  requiredString,
  workspaceRoute,
  type Routes,
} from './route-kit';
import type { ProductRecord, TestioWorkspace } from './workspace';

export const PRODUCT_TYPES = ['website', 'mobile_app_ios', 'mobile_app_android', 'streaming_app'];

/** GET/POST /products (getting-started, step 2). */
export function registerProductRoutes(api: Routes, workspace: TestioWorkspace): void {
  api.get(
    '/products',
    workspaceRoute(workspace, (ctx) => {
      ctx.json(200, { products: workspace.products.map(renderProduct) });
    }),
  );

  api.post(
    '/products',
    workspaceRoute(workspace, async (ctx) => {
      const fields = await readRoot(ctx, 'product');
      const title = requiredString(fields, 'title');
      const productType = optionalString(fields, 'product_type') ?? 'website';
      if (!PRODUCT_TYPES.includes(productType)) {
        throw invalid(`Product type must be one of ${PRODUCT_TYPES.join(', ')}`);
      }
      if (workspace.products.some((p) => p.title.toLowerCase() === title.toLowerCase())) {
        throw invalid('Title has already been taken');
      }
      const id = addProduct(workspace, {
        title,
        description: optionalString(fields, 'description'),
        product_type: productType,
        industry: optionalString(fields, 'industry'),
      });
      ctx.json(201, { product: renderProduct(workspace.product(id)!) });
    }),
  );
}

export function renderProduct(product: ProductRecord) {
  return { ...product };
}
