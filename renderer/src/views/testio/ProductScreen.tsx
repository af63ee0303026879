import { useEffect } from 'react';
import { productTypeWords } from '../../../../shared/domain/testio-words';
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
import { TestsPanel } from './TestsPanel';

const TABS: { id: ProductTab; label: string }[] = [
  { id: 'tests', label: 'Tests' },
  { id: 'bugs', label: 'Bugs' },
  { id: 'environments', label: 'Environments' },
  { id: 'features', label: 'Features' },
  { id: 'templates', label: 'Templates' },
];

/** One product: its tests and bugs, and the environments, features and templates tests use. */
export function ProductScreen({ productId, tab }: { productId: number; tab: ProductTab }) {
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
      title={product?.title ?? 'Product'}
      subtitle={
        product ? (product.description ?? productTypeWords(product.productType)) : undefined
      }
      actions={
        <>
          <Button variant="ghost" onClick={() => show({ kind: 'products' })}>
            ← All products
          </Button>
          <Button variant="primary" onClick={() => show({ kind: 'newTest', productId })}>
            New test
          </Button>
        </>
      }
    >
      <div className="segmented testio-tabs" role="group" aria-label="Show">
        {TABS.map((item) => (
          <button
            key={item.id}
            type="button"
            aria-pressed={item.id === tab}
            onClick={() => show({ kind: 'product', productId, tab: item.id })}
          >
            {item.label}
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
