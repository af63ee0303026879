import type { Router } from '../framework/router';
import { existingProduct } from './environments';
import { missing, workspaceRoute, type Guard } from './route-kit';
import type { TestioWorkspace } from './workspace';

/** GET /test_templates?product_id=… (product_id is required). */
export function registerTemplateRoutes(
  router: Router,
  workspace: TestioWorkspace,
  guard: Guard,
): void {
  router.get(
    '/test_templates',
    workspaceRoute(guard, workspace, (ctx) => {
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
