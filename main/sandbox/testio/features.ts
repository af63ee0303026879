import { existingProduct } from './environments';
import {
  invalid,
  missing,
  optionalString,
  readObject,
  requiredString,
  isObject,
  workspaceRoute,
  type Routes,
} from './route-kit';
import type { FeatureRecord, TestioWorkspace } from './workspace';

/** POST /features (product_id beside the feature) and a product's features. */
export function registerFeatureRoutes(api: Routes, workspace: TestioWorkspace): void {
  api.get(
    '/products/:productId/features',
    workspaceRoute(workspace, (ctx) => {
      const productId = existingProduct(workspace, ctx.params.productId);
      const list = workspace.features.filter((f) => f.product_id === productId);
      ctx.json(200, { features: list.map(renderFeature) });
    }),
  );

  api.post(
    '/features',
    workspaceRoute(workspace, async (ctx) => {
      const body = await readObject(ctx);
      const absent = [
        ...(body.product_id === undefined ? ['product_id'] : []),
        ...(!isObject(body.feature) ? ['feature'] : []),
      ];
      if (absent.length) throw missing(...absent);
      const productId = existingProduct(workspace, String(body.product_id));
      const feature = createFeature(workspace, productId, body.feature as Record<string, unknown>);
      ctx.json(201, { feature: renderFeature(feature) });
    }),
  );
}

/** Validates and stores a feature (also for features defined inline in a new test). */
export function createFeature(
  workspace: TestioWorkspace,
  productId: number,
  fields: Record<string, unknown>,
): FeatureRecord {
  const title = requiredString(fields, 'title');
  const stories = fields.user_stories ?? [];
  if (!Array.isArray(stories) || !stories.every((story) => typeof story === 'string')) {
    throw invalid('User stories must be a list of sentences');
  }
  const feature: FeatureRecord = {
    id: workspace.nextId('feature'),
    product_id: productId,
    title,
    description: optionalString(fields, 'description'),
    howtofind: optionalString(fields, 'howtofind'),
    user_stories: (stories as string[]).map((story) => story.trim()).filter(Boolean),
  };
  workspace.features.push(feature);
  return feature;
}

export function renderFeature(feature: FeatureRecord) {
  const { product_id: _product, ...rest } = feature;
  return rest;
}
