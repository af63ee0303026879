import { useEffect } from 'react';
import {
  productById,
  useTestioProducts,
  type ProductTab,
} from '../../stores/testio-products-store';
import { Button, Page } from '../../ui';
import { BugTriage } from './BugTriage';
import { EnvironmentsPanel } from './EnvironmentsPanel';
import { FeaturesPanel } from './FeaturesPanel';
import { TemplatesPanel } from './TemplatesPanel';
import { productType } from './testio-labels';
import { TestsPanel } from './TestsPanel';
import { useTranslation } from 'react-i18next';

const TABS: Record<ProductTab, string> = {
  tests: 'testio:tabs.tests',
  bugs: 'testio:tabs.bugs',
  environments: 'testio:tabs.environments',
  features: 'testio:tabs.features',
  templates: 'testio:tabs.templates',
};

/** One product: its tests and bugs, and the environments, features and templates tests use. */
export function ProductScreen({ productId, tab }: { productId: number; tab: ProductTab }) {
  const { t } = useTranslation('testio');
  const products = useTestioProducts((state) => state.products);
  const ensureProducts = useTestioProducts((state) => state.ensureProducts);
  const show = useTestioProducts((state) => state.show);
  const product = productById(products.data, productId);

  // Once per visit: reacting to the load's own state would retry a failing load forever.
  useEffect(() => {
    void ensureProducts();
  }, [ensureProducts]);

  return (
    <Page
      title={product?.title ?? t('product.fallbackTitle')}
      subtitle={product ? (product.description ?? productType(t, product.productType)) : undefined}
      actions={
        <>
          <Button variant="ghost" onClick={() => show({ kind: 'products' })}>
            ← {t('product.all')}
          </Button>
          <Button variant="primary" onClick={() => show({ kind: 'newTest', productId })}>
            {t('newTest.title')}
          </Button>
        </>
      }
    >
      <div className="segmented testio-tabs" role="group" aria-label={t('tabs.label')}>
        {(Object.keys(TABS) as ProductTab[]).map((item) => (
          <button
            key={item}
            type="button"
            aria-pressed={item === tab}
            onClick={() => show({ kind: 'product', productId, tab: item })}
          >
            {t(TABS[item])}
          </button>
        ))}
      </div>
      {tab === 'tests' ? <TestsPanel productId={productId} /> : null}
      {tab === 'bugs' ? <BugTriage productId={productId} showTestFilter /> : null}
      {tab === 'environments' ? <EnvironmentsPanel productId={productId} /> : null}
      {tab === 'features' ? <FeaturesPanel productId={productId} /> : null}
      {tab === 'templates' ? <TemplatesPanel productId={productId} /> : null}
    </Page>
  );
}
