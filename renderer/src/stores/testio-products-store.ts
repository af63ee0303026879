import { create } from 'zustand';
import type { CreateProductInput } from '../../../shared/contract/testio';
import type { TestioProduct } from '../../../shared/domain/testio';
import { dropship } from '../lib/dropship';
import { submit, track, type Loadable, type Submission } from './async-state';

export type ProductTab = 'tests' | 'bugs' | 'environments' | 'features' | 'templates';

/** Where the person is inside the Test IO view. */
export type TestioScreen =
  | { kind: 'products' }
  | { kind: 'product'; productId: number; tab: ProductTab }
  | { kind: 'newTest'; productId: number }
  | { kind: 'test'; productId: number; testId: number };

interface TestioProductsState {
  products: Loadable<TestioProduct[]>;
  creating: Submission;
  screen: TestioScreen;
  show: (screen: TestioScreen) => void;
  loadProducts: () => Promise<void>;
  /** Loads the products unless they are here or on their way. */
  ensureProducts: () => Promise<void>;
  /** Resolves with the new product, or undefined when it failed (see `creating.error`). */
  createProduct: (input: CreateProductInput) => Promise<TestioProduct | undefined>;
  clearCreateError: () => void;
}

/** Test IO products and the view's navigation between product, test form and test. */
export const useTestioProducts = create<TestioProductsState>((set, get) => ({
  products: { loading: false },
  creating: { busy: false },
  screen: { kind: 'products' },
  show: (screen) => set({ screen }),
  loadProducts: async () => {
    await track({ read: () => get().products, write: (products) => set({ products }) }, () =>
      dropship.testio.listProducts(),
    );
  },
  ensureProducts: async () => {
    const { data, loading } = get().products;
    if (!data && !loading) await get().loadProducts();
  },
  createProduct: (input) =>
    submit(
      (creating) => set({ creating }),
      async () => {
        const product = await dropship.testio.createProduct(input);
        set({
          products: { data: [...(get().products.data ?? []), product], loading: false },
          screen: { kind: 'product', productId: product.id, tab: 'tests' },
        });
        return product;
      },
    ),
  clearCreateError: () => set({ creating: { busy: false } }),
}));

export function productById(products: TestioProduct[] | undefined, id: number) {
  return products?.find((product) => product.id === id);
}
