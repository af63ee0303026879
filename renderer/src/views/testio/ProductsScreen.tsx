import { useEffect, useState } from 'react';
import { useTestioProducts } from '../../stores/testio-products-store';
import { Badge, Button, EmptyState, ErrorState, LoadingState, Page } from '../../ui';
import { ProductForm } from './ProductForm';
import { industry, productType } from './testio-labels';
import { useTranslation } from 'react-i18next';
import { AccountSwitcher } from '../../app/AccountSwitcher';

/** Every Test IO product; one click opens it, one button creates another. */
export function ProductsScreen() {
  const { t } = useTranslation('testio');
  const products = useTestioProducts((state) => state.products);
  const loadProducts = useTestioProducts((state) => state.loadProducts);
  const show = useTestioProducts((state) => state.show);
  const [adding, setAdding] = useState(false);

  useEffect(() => void loadProducts(), [loadProducts]);

  const list = products.data;
  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <>
          <AccountSwitcher service="testio" onSwitched={loadProducts} />
          <Button busy={products.loading} onClick={() => void loadProducts()}>
            {t('refresh')}
          </Button>
          <Button variant="primary" onClick={() => setAdding(true)} disabled={adding}>
            {t('products.new')}
          </Button>
        </>
      }
    >
      {adding ? <ProductForm onDone={() => setAdding(false)} /> : null}
      {products.error ? (
        <ErrorState error={products.error} onRetry={() => void loadProducts()} />
      ) : null}
      {!list && products.loading ? <LoadingState label={t('products.loading')} /> : null}
      {list && list.length === 0 ? (
        <EmptyState
          icon="◎"
          title={t('products.none')}
          action={
            <Button variant="primary" onClick={() => setAdding(true)}>
              {t('products.createFirst')}
            </Button>
          }
        >
          {t('products.noneHint')}
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? (
        <div className="list" aria-label={t('products.label')}>
          {list.map((product) => (
            <button
              key={product.id}
              type="button"
              className="list-row"
              onClick={() => show({ kind: 'product', productId: product.id, tab: 'tests' })}
            >
              <div className="testio-row-main">
                <span className="testio-row-title">{product.title}</span>
                {product.description ? <span className="subtle">{product.description}</span> : null}
              </div>
              {industry(t, product.industry) ? (
                <span className="subtle">{industry(t, product.industry)}</span>
              ) : null}
              <Badge>{productType(t, product.productType)}</Badge>
            </button>
          ))}
        </div>
      ) : null}
    </Page>
  );
}
