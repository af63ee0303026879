import type { TestioEnv, TestioRoutes } from './emulator';
import type { TestioState } from './state';
import { registerBugRoutes } from './bugs';
import { registerEnvironmentRoutes } from './environments';
import { registerExploratoryTestRoutes } from './exploratory-tests';
import { registerFeatureRoutes } from './features';
import { registerProductRoutes } from './products';
import { seedWorkspace } from './seed';
import { registerTemplateRoutes } from './templates';
import { DEMO_PACE, type TestioPace, type TestioWorkspace } from './workspace';

const workspaces = new WeakMap<TestioState, TestioWorkspace>();

/**
 * Every route beyond binary apps: products, test environments, features, templates,
 * exploratory tests and bugs, over one seeded workspace per emulator.
 */
export const workspaceRoutes: TestioRoutes = (api, env) => {
  const workspace = seedWorkspace(paceFromEnvironment());
  // Environments may point at binary apps uploaded through the other routes.
  workspace.binaryAppExists = (id) => env.state.binaryApps.get(id)?.status === 'new';
  workspaces.set(env.state, workspace);
  registerProductRoutes(api, workspace);
  registerEnvironmentRoutes(api, workspace);
  registerFeatureRoutes(api, workspace);
  registerTemplateRoutes(api, workspace);
  registerExploratoryTestRoutes(api, workspace);
  registerBugRoutes(api, workspace);
};

/** The workspace behind a running emulator, for tests that set the pace or look inside. */
export function workspaceOf(state: TestioState | { state: TestioState }): TestioWorkspace {
  const workspace = workspaces.get('state' in state ? state.state : state);
  if (!workspace) throw new Error('This Test IO emulator has no workspace routes');
  return workspace;
}

/**
 * `DROPSHIP_TESTIO_PACE=fast` (or `startDelayMs,msPerTestHour`) speeds the sandbox up
 * for a demo or an e2e run; the default keeps a rapid test watchable (~12 s).
 */
export function paceFromEnvironment(value = process.env.DROPSHIP_TESTIO_PACE): TestioPace {
  if (value === 'fast') return { startDelayMs: 300, msPerTestHour: 1_000 };
  const [start, hour] = (value ?? '').split(',').map(Number);
  if (Number.isFinite(start) && Number.isFinite(hour) && start! >= 0 && hour! > 0) {
    return { startDelayMs: start!, msPerTestHour: hour! };
  }
  return DEMO_PACE;
}

export type { TestioEnv };
