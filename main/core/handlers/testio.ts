import type { CoreContext } from '../context';
import * as testio from '../providers/testio/client';
import type { Handlers } from './types';

/** Test IO channels → client calls with the current account's credentials. */
export function testioHandlers(ctx: CoreContext): Handlers['testio'] {
  const credentials = () => ctx.accounts.credentials('testio');
  return {
    listProducts: async () => testio.listProducts(await credentials()),
    createProduct: async (input) => testio.createProduct(await credentials(), input),
    listEnvironments: async ({ productId }) =>
      testio.listEnvironments(await credentials(), productId),
    createEnvironment: async ({ productId, ...fields }) =>
      testio.createEnvironment(await credentials(), productId, fields),
    listFeatures: async ({ productId }) => testio.listFeatures(await credentials(), productId),
    createFeature: async (input) => testio.createFeature(await credentials(), input),
    listTemplates: async ({ productId }) => testio.listTemplates(await credentials(), productId),
    listTests: async ({ productId, page, perPage }) =>
      testio.listTests(await credentials(), productId, page, perPage),
    getTest: async ({ testId }) => testio.getTest(await credentials(), testId),
    createTest: async (input) => testio.createTest(await credentials(), input),
    listBugs: async (query) => testio.listBugs(await credentials(), query),
    getBug: async ({ bugId }) => testio.getBug(await credentials(), bugId),
    acceptBug: async ({ bugId }) => testio.acceptBug(await credentials(), bugId),
    rejectBug: async (rejection) => testio.rejectBug(await credentials(), rejection),
    markBugFixed: async ({ bugId }) => testio.markBugFixed(await credentials(), bugId),
    markBugKnown: async ({ bugId }) => testio.markBugKnown(await credentials(), bugId),
  };
}
