/**
 * Test IO customer API v2: plain functions, one per endpoint, split by area. Binary app
 * uploads live in upload.ts (the transfer engine's side).
 */
export { listProducts, createProduct, verifyTestio } from './products';
export { listEnvironments, createEnvironment } from './environments';
export { listFeatures, createFeature, listTemplates } from './features';
export { createTest, listTests, getTest } from './tests';
export { listBugs, getBug, acceptBug, rejectBug, markBugFixed, markBugKnown } from './bugs';
