import type { z } from 'zod';
import type { CreateFeatureInputSchema } from '../../../../shared/contract/testio';
import type { TestioFeature, TestioTemplate } from '../../../../shared/domain/testio';
import type { ServiceCredentials } from '../../accounts/accounts';
import { testioRequest } from './request';
import {
  FeatureEnvelopeSchema,
  FeatureListSchema,
  TemplateListSchema,
  type ApiFeatureSchema,
} from './schemas';
import { t } from '../../i18n/translate';

/** Features and test templates: the two ways to say what a test covers. */

type NewFeature = z.output<typeof CreateFeatureInputSchema>;

export async function listFeatures(
  credentials: ServiceCredentials,
  productId: number,
): Promise<TestioFeature[]> {
  const body = await testioRequest(
    credentials,
    {
      method: 'GET',
      path: `products/${productId}/features`,
      action: t('testio:action.listFeatures'),
      subject: t('testio:subject.product', { productId: productId }),
    },
    FeatureListSchema,
  );
  return body.features.map(toFeature);
}

export async function createFeature(
  credentials: ServiceCredentials,
  feature: NewFeature,
): Promise<TestioFeature> {
  const body = await testioRequest(
    credentials,
    {
      method: 'POST',
      path: 'features',
      action: t('testio:action.createFeature', { title: feature.title }),
      subject: t('testio:subject.product', { productId: feature.productId }),
      json: {
        product_id: feature.productId,
        feature: {
          title: feature.title,
          ...(feature.description ? { description: feature.description } : {}),
          ...(feature.howToFind ? { howtofind: feature.howToFind } : {}),
          user_stories: feature.userStories,
        },
      },
    },
    FeatureEnvelopeSchema,
  );
  return toFeature(body.feature);
}

export async function listTemplates(
  credentials: ServiceCredentials,
  productId: number,
): Promise<TestioTemplate[]> {
  const body = await testioRequest(
    credentials,
    {
      method: 'GET',
      path: 'test_templates',
      query: { product_id: productId },
      action: t('testio:action.listTemplates'),
      subject: t('testio:subject.product', { productId: productId }),
    },
    TemplateListSchema,
  );
  return body.test_templates.map((template) => ({
    id: template.id,
    title: template.title,
    ...(template.default_test_duration != null
      ? { defaultDurationHours: template.default_test_duration }
      : {}),
    ...(template.min_test_duration != null ? { minDurationHours: template.min_test_duration } : {}),
    ...(template.max_test_duration != null ? { maxDurationHours: template.max_test_duration } : {}),
  }));
}

function toFeature(feature: z.output<typeof ApiFeatureSchema>): TestioFeature {
  return {
    id: feature.id,
    title: feature.title,
    ...(feature.description ? { description: feature.description } : {}),
    ...(feature.howtofind ? { howToFind: feature.howtofind } : {}),
    userStories: feature.user_stories ?? [],
  };
}
