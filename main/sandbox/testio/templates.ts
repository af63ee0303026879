import { existingProduct } from './environments';
import { missing, workspaceRoute, type Routes } from './route-kit';
import type { TestioWorkspace } from './workspace';

/** GET /test_templates?product_id=… (product_id is required). */
export function registerTemplateRoutes(api: Routes, workspace: TestioWorkspace): void {
  api.get(
    '/test_templates',
    workspaceRoute(workspace, (ctx) => {
      const raw = ctx.query.get('product_id');
      if (!raw) throw missing('product_id');
      const productId = existingProduct(workspace, raw);
      const list = workspace.templates.filter((t) => t.product_id === productId);
      ctx.json(200, {
        test_templates: list.map(({ product_id: _product, ...template }) => template),
      });
    }),
  );
}
