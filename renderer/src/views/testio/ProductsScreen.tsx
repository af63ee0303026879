import { useEffect, useState } from 'react';
import { industryWords, productTypeWords } from '../../../../shared/domain/testio-words';
import { useTestioProducts } from '../../stores/testio-products-store';
import { Badge, Button, EmptyState, ErrorState, LoadingState, Page } from '../../ui';
import { ProductForm } from './ProductForm';
import { AccountSwitcher } from '../../app/AccountSwitcher';

/** Every Test IO product; one click opens it, one button creates another. */
export function ProductsScreen() {
  const products = useTestioProducts((state) => state.products);
  const loadProducts = useTestioProducts((state) => state.loadProducts);
  const show = useTestioProducts((state) => state.show);
  const [adding, setAdding] = useState(false);

  useEffect(() => void loadProducts(), [loadProducts]);

  const list = products.data;
  return (
    <Page
      title="Test IO"
      subtitle="Products you test with Test IO: their tests, the bugs testers found, and where they test."
      actions={
        <>
          <AccountSwitcher service="testio" onSwitched={loadProducts} />
          <Button busy={products.loading} onClick={() => void loadProducts()}>
            Refresh
          </Button>
          <Button variant="primary" onClick={() => setAdding(true)} disabled={adding}>
            New product
          </Button>
        </>
      }
    >
      {adding ? <ProductForm onDone={() => setAdding(false)} /> : null}
      {products.error ? (
        <ErrorState error={products.error} onRetry={() => void loadProducts()} />
      ) : null}
      {!list && products.loading ? <LoadingState label="Loading products from Test IO…" /> : null}
      {list && list.length === 0 ? (
        <EmptyState
          icon="◎"
          title="No products on Test IO yet"
          action={
            <Button variant="primary" onClick={() => setAdding(true)}>
              Create the first product
            </Button>
          }
        >
          A product is what testers test: a website or an app.
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? (
        <div className="list" aria-label="Products">
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
              {industryWords(product.industry) ? (
                <span className="subtle">{industryWords(product.industry)}</span>
              ) : null}
              <Badge>{productTypeWords(product.productType)}</Badge>
            </button>
          ))}
        </div>
      ) : null}
    </Page>
  );
}
