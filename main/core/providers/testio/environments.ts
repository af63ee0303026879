import type { z } from 'zod';
import type { EnvironmentFieldsSchema } from '../../../../shared/contract/testio';
import type { TestioEnvironment } from '../../../../shared/domain/testio';
import type { ServiceCredentials } from '../../accounts/accounts';
import { testioRequest } from './request';
import {
  EnvironmentEnvelopeSchema,
  EnvironmentListSchema,
  type ApiEnvironmentSchema,
} from './schemas';
import { t } from '../../i18n/translate';

export type EnvironmentFields = z.output<typeof EnvironmentFieldsSchema>;

export async function listEnvironments(
  credentials: ServiceCredentials,
  productId: number,
): Promise<TestioEnvironment[]> {
  const body = await testioRequest(
    credentials,
    {
      method: 'GET',
      path: `products/${productId}/test_environments`,
      action: t('testio:action.listEnvironments'),
      subject: t('testio:subject.product', { productId: productId }),
    },
    EnvironmentListSchema,
  );
  return body.test_environments.map(toEnvironment);
}

export async function createEnvironment(
  credentials: ServiceCredentials,
  productId: number,
  fields: EnvironmentFields,
): Promise<TestioEnvironment> {
  const body = await testioRequest(
    credentials,
    {
      method: 'POST',
      path: `products/${productId}/test_environments`,
      action: t('testio:action.createEnvironment', { title: fields.title }),
      subject: t('testio:subject.product', { productId: productId }),
      json: { test_environment: environmentBody(fields) },
    },
    EnvironmentEnvelopeSchema,
  );
  return toEnvironment(body.test_environment);
}

/**
 * The request body of an environment, also used inline in a new test. Exactly one access
 * method is sent: a URL or a binary app, never both (Test IO rejects the mix).
 */
export function environmentBody(fields: EnvironmentFields): Record<string, unknown> {
  return {
    title: fields.title,
    ...(fields.access.kind === 'url'
      ? { url: fields.access.url }
      : { binary_app_id: fields.access.binaryAppId }),
    ...(fields.username ? { username: fields.username } : {}),
    ...(fields.password ? { password: fields.password } : {}),
    ...(fields.accessNotes ? { access: fields.accessNotes } : {}),
    allow_orders: fields.allowOrders,
  };
}

function toEnvironment(environment: z.output<typeof ApiEnvironmentSchema>): TestioEnvironment {
  return {
    id: environment.id,
    title: environment.title,
    ...(environment.url ? { url: environment.url } : {}),
    ...(environment.binary_app_id ? { binaryAppId: environment.binary_app_id } : {}),
    ...(environment.username ? { username: environment.username } : {}),
    hasPassword: Boolean(environment.password),
    ...(environment.access ? { accessNotes: environment.access } : {}),
    allowOrders: environment.allow_orders ?? false,
  };
}
