import './testio.css';
import { useTestioProducts } from '../../stores/testio-products-store';
import { NewTestScreen } from './NewTestScreen';
import { ProductScreen } from './ProductScreen';
import { ProductsScreen } from './ProductsScreen';
import { TestScreen } from './TestScreen';

/** Test IO for a QA lead: products → a product's tests, bugs and setup → one test. */
export function TestioView() {
  const screen = useTestioProducts((state) => state.screen);
  switch (screen.kind) {
    case 'products':
      return <ProductsScreen />;
    case 'product':
      return <ProductScreen productId={screen.productId} tab={screen.tab} />;
    case 'newTest':
      return <NewTestScreen productId={screen.productId} />;
    case 'test':
      return <TestScreen productId={screen.productId} testId={screen.testId} />;
  }
}
