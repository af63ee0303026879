import type { Router } from '../framework/router';
import { registerBugRoutes } from './bugs';
import { registerEnvironmentRoutes } from './environments';
import { registerExploratoryTestRoutes } from './exploratory-tests';
import { registerFeatureRoutes } from './features';
import { registerProductRoutes } from './products';
import type { Guard } from './route-kit';
import { registerTemplateRoutes } from './templates';
import type { TestioWorkspace } from './workspace';

/**
 * Every route beyond binary apps, on the emulator's router behind its auth guard:
 * products, test environments, features, templates, exploratory tests and bugs.
 */
export function registerWorkspaceRoutes(
  router: Router,
  workspace: TestioWorkspace,
  guard: Guard,
): void {
  registerProductRoutes(router, workspace, guard);
  registerEnvironmentRoutes(router, workspace, guard);
  registerFeatureRoutes(router, workspace, guard);
  registerTemplateRoutes(router, workspace, guard);
  registerExploratoryTestRoutes(router, workspace, guard);
  registerBugRoutes(router, workspace, guard);
}

export { seedWorkspace } from './seed';
export { DEMO_PACE, TestioWorkspace, type TestioPace } from './workspace';
