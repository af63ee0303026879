import {
  idParam,
  invalid,
  notFound,
  optionalString,
  readRoot,
  requiredString,
  workspaceRoute,
  type Routes,
} from './route-kit';
import type { EnvironmentRecord, EnvironmentSnapshot, TestioWorkspace } from './workspace';

/** /products/{id}/test_environments: list and create, one access method each. */
export function registerEnvironmentRoutes(api: Routes, workspace: TestioWorkspace): void {
  api.get(
    '/products/:productId/test_environments',
    workspaceRoute(workspace, (ctx) => {
      const productId = existingProduct(workspace, ctx.params.productId);
      const list = workspace.environments.filter((e) => e.product_id === productId);
      ctx.json(200, { test_environments: list.map(renderEnvironment) });
    }),
  );

  api.get(
    '/products/:productId/test_environments/:id',
    workspaceRoute(workspace, (ctx) => {
      const productId = existingProduct(workspace, ctx.params.productId);
      const id = idParam(ctx.params.id, 'Test environment');
      const environment = workspace.environments.find(
        (e) => e.id === id && e.product_id === productId,
      );
      if (!environment) throw notFound('Test environment');
      ctx.json(200, { test_environment: renderEnvironment(environment) });
    }),
  );

  api.post(
    '/products/:productId/test_environments',
    workspaceRoute(workspace, async (ctx) => {
      const productId = existingProduct(workspace, ctx.params.productId);
      const fields = readEnvironmentFields(workspace, await readRoot(ctx, 'test_environment'));
      const environment: EnvironmentRecord = {
        ...fields,
        id: workspace.nextId('environment'),
        product_id: productId,
      };
      workspace.environments.push(environment);
      ctx.json(201, { test_environment: renderEnvironment(environment) });
    }),
  );
}

export function existingProduct(
  workspace: TestioWorkspace,
  raw: string | undefined | null,
): number {
  const id = idParam(raw, 'Product');
  if (!workspace.product(id)) throw notFound('Product');
  return id;
}

const ACCESS_FIELDS = ['url', 'binary_app_id', 'file_url', 'file_base_64'] as const;

/**
 * Validates a test environment's fields (also used inline in a new exploratory test):
 * a title, and exactly one access method; mixing methods is refused.
 */
export function readEnvironmentFields(
  workspace: TestioWorkspace,
  fields: Record<string, unknown>,
): Omit<EnvironmentSnapshot, 'id'> {
  const title = requiredString(fields, 'title');
  const given = ACCESS_FIELDS.filter(
    (key) => fields[key] !== undefined && fields[key] !== null && fields[key] !== '',
  );
  if (given.length !== 1) {
    throw invalid(
      given.length === 0
        ? 'Provide one access method: url, binary_app_id, file_url or file_base_64'
        : `Provide only one access method, not ${given.join(' and ')}`,
    );
  }
  const url = optionalString(fields, 'url');
  if (url && !/^https?:\/\/[^\s/]+\.[^\s]+/.test(url))
    throw invalid('Url is not a valid web address');
  const binaryAppId = fields.binary_app_id;
  if (
    binaryAppId !== undefined &&
    !(Number.isInteger(binaryAppId) && (binaryAppId as number) > 0)
  ) {
    throw invalid('Binary app must be the id of an uploaded binary app');
  }
  if (typeof binaryAppId === 'number' && !workspace.binaryAppExists(binaryAppId)) {
    throw invalid(`Binary app ${binaryAppId} does not exist or is not finalized`);
  }
  if (given[0] === 'file_base_64' && !optionalString(fields, 'file_name')) {
    throw invalid('File name must be given with file_base_64');
  }
  const allowOrders = fields.allow_orders;
  if (allowOrders !== undefined && typeof allowOrders !== 'boolean') {
    throw invalid('Allow orders must be true or false');
  }
  return {
    title,
    url: url ?? optionalString(fields, 'file_url'),
    binary_app_id: typeof binaryAppId === 'number' ? binaryAppId : null,
    username: optionalString(fields, 'username'),
    password: optionalString(fields, 'password'),
    access: optionalString(fields, 'access'),
    allow_orders: allowOrders ?? false,
  };
}

export function renderEnvironment(environment: EnvironmentSnapshot | EnvironmentRecord) {
  const { product_id: _product, ...rest } = environment as EnvironmentRecord;
  return rest;
}
