import type { CoreContext } from '../context';
import {
  acceptBug,
  getBug,
  listBugs,
  markBugFixed,
  markBugKnown,
  rejectBug,
} from '../providers/testio/bugs';
import { createEnvironment, listEnvironments } from '../providers/testio/environments';
import { createFeature, listFeatures, listTemplates } from '../providers/testio/features';
import { createProduct, listProducts } from '../providers/testio/products';
import { createTest, getTest, listTests } from '../providers/testio/tests';
import type { Handlers } from './types';

/** Test IO channels → client calls with the current account's credentials. */
export function testioHandlers(ctx: CoreContext): Handlers['testio'] {
  const credentials = () => ctx.accounts.credentials('testio');
  return {
    listProducts: async () => listProducts(await credentials()),
    createProduct: async (input) => createProduct(await credentials(), input),
    listEnvironments: async ({ productId }) => listEnvironments(await credentials(), productId),
    createEnvironment: async ({ productId, ...fields }) =>
      createEnvironment(await credentials(), productId, fields),
    listFeatures: async ({ productId }) => listFeatures(await credentials(), productId),
    createFeature: async (input) => createFeature(await credentials(), input),
    listTemplates: async ({ productId }) => listTemplates(await credentials(), productId),
    listTests: async ({ productId, page, perPage }) =>
      listTests(await credentials(), productId, page, perPage),
    getTest: async ({ testId }) => getTest(await credentials(), testId),
    createTest: async (input) => createTest(await credentials(), input),
    listBugs: async (query) => listBugs(await credentials(), query),
    getBug: async ({ bugId }) => getBug(await credentials(), bugId),
    acceptBug: async ({ bugId }) => acceptBug(await credentials(), bugId),
    rejectBug: async (rejection) => rejectBug(await credentials(), rejection),
    markBugFixed: async ({ bugId }) => markBugFixed(await credentials(), bugId),
    markBugKnown: async ({ bugId }) => markBugKnown(await credentials(), bugId),
  };
}
