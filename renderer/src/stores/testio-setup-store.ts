import { create } from 'zustand';
import type { CreateEnvironmentInput, CreateFeatureInput } from '../../../shared/contract/testio';
import type {
  TestioEnvironment,
  TestioFeature,
  TestioTemplate,
} from '../../../shared/domain/testio';
import { dropship } from '../lib/dropship';
import { submit, track, type Loadable, type Submission } from './async-state';

/**
 * What a product's tests are set up from: its environments, features and templates,
 * each loaded per product and refreshed after something is created.
 */
interface TestioSetupState {
  environments: Record<number, Loadable<TestioEnvironment[]>>;
  features: Record<number, Loadable<TestioFeature[]>>;
  templates: Record<number, Loadable<TestioTemplate[]>>;
  environmentForm: Submission;
  featureForm: Submission;
  loadEnvironments: (productId: number) => Promise<void>;
  loadFeatures: (productId: number) => Promise<void>;
  loadTemplates: (productId: number) => Promise<void>;
  loadAll: (productId: number) => Promise<void>;
  createEnvironment: (input: CreateEnvironmentInput) => Promise<TestioEnvironment | undefined>;
  createFeature: (input: CreateFeatureInput) => Promise<TestioFeature | undefined>;
  resetForms: () => void;
}

type ListKey = 'environments' | 'features' | 'templates';

export const useTestioSetup = create<TestioSetupState>((set, get) => {
  async function load<T>(key: ListKey, productId: number, fetch: () => Promise<T[]>) {
    await track(
      {
        read: () => get()[key][productId] as Loadable<T[]> | undefined,
        write: (value) => set({ [key]: { ...get()[key], [productId]: value } }),
      },
      fetch,
    );
  }

  function append<T>(key: ListKey, productId: number, item: T) {
    const list = (get()[key][productId]?.data ?? []) as T[];
    set({ [key]: { ...get()[key], [productId]: { data: [...list, item], loading: false } } });
  }

  return {
    environments: {},
    features: {},
    templates: {},
    environmentForm: { busy: false },
    featureForm: { busy: false },
    loadEnvironments: (productId) =>
      load('environments', productId, () => dropship.testio.listEnvironments({ productId })),
    loadFeatures: (productId) =>
      load('features', productId, () => dropship.testio.listFeatures({ productId })),
    loadTemplates: (productId) =>
      load('templates', productId, () => dropship.testio.listTemplates({ productId })),
    loadAll: async (productId) => {
      await Promise.all([
        get().loadEnvironments(productId),
        get().loadFeatures(productId),
        get().loadTemplates(productId),
      ]);
    },
    createEnvironment: (input) =>
      submit(
        (environmentForm) => set({ environmentForm }),
        async () => {
          const environment = await dropship.testio.createEnvironment(input);
          append('environments', input.productId, environment);
          return environment;
        },
      ),
    createFeature: (input) =>
      submit(
        (featureForm) => set({ featureForm }),
        async () => {
          const feature = await dropship.testio.createFeature(input);
          append('features', input.productId, feature);
          return feature;
        },
      ),
    resetForms: () => set({ environmentForm: { busy: false }, featureForm: { busy: false } }),
  };
});
