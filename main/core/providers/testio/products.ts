import type { z } from 'zod';
import type { CreateProductInputSchema } from '../../../../shared/contract/testio';
import type { TestioProduct } from '../../../../shared/domain/testio';
import type { ServiceCredentials } from '../../accounts/accounts';
import { testioRequest } from './request';
import { ProductEnvelopeSchema, ProductListSchema, type ApiProductSchema } from './schemas';
import { t } from '../../i18n/translate';

type NewProduct = z.output<typeof CreateProductInputSchema>;

export async function listProducts(
  credentials: ServiceCredentials,
  signal?: AbortSignal,
): Promise<TestioProduct[]> {
  const body = await testioRequest(
    credentials,
    {
      method: 'GET',
      path: 'products',
      action: t('testio:action.listProducts'),
      ...(signal ? { signal } : {}),
    },
    ProductListSchema,
  );
  return body.products.map(toProduct);
}

export async function createProduct(
  credentials: ServiceCredentials,
  product: NewProduct,
): Promise<TestioProduct> {
  const body = await testioRequest(
    credentials,
    {
      method: 'POST',
      path: 'products',
      action: t('testio:action.createProduct', { title: product.title }),
      json: {
        product: {
          title: product.title,
          ...(product.description ? { description: product.description } : {}),
          product_type: product.productType,
          ...(product.industry ? { industry: product.industry } : {}),
        },
      },
    },
    ProductEnvelopeSchema,
  );
  return toProduct(body.product);
}

/** "3 products at api.test.io": the connection check's answer. */
export async function verifyTestio(credentials: ServiceCredentials): Promise<string> {
  const products = await listProducts(credentials);
  const host = new URL(credentials.baseUrl).host;
  return `${products.length} product${products.length === 1 ? '' : 's'} at ${host}`;
}

function toProduct(product: z.output<typeof ApiProductSchema>): TestioProduct {
  return {
    id: product.id,
    title: product.title,
    ...(product.description ? { description: product.description } : {}),
    ...(product.product_type ? { productType: product.product_type } : {}),
    ...(product.industry ? { industry: product.industry } : {}),
  };
}
