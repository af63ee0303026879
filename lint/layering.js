// Layering rules ESLint has no built-in for (eslint.config.js turns them on).
//
// shellBoundary: the shell (main/*.ts: window, menu, vault, ipc-binding, …) and the dev tools (main/dev)
// sit beside main/core, main/sandbox and main/cli, so an import like `../window` reads
// like any other. This rule resolves each relative import and fails when one of those
// runtimes reaches into the shell or main/dev, which would drag Electron or Playwright
// into plain Node (tests, the CLI, the sandbox's own process).
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const mainDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'main');

const runtimes = new Set(['core', 'sandbox', 'cli']);

/** What a resolved path inside main/ belongs to, or undefined when it is allowed. */
function forbiddenTarget(target) {
  const rel = relative(mainDir, target);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const parts = rel === '' ? [] : rel.split(sep);
  if (parts[0] === 'dev') return 'main/dev (dev-only tools)';
  if (parts.length > 1 || runtimes.has(parts[0])) return undefined;
  return 'the shell (main/*.ts)';
}

export const shellBoundary = {
  meta: {
    type: 'problem',
    docs: {
      description: 'main/core, main/sandbox and main/cli never import the shell or main/dev',
    },
    schema: [],
    messages: {
      shell:
        '{{target}} is not importable from here: main/core, main/sandbox and main/cli run in plain Node. Pass what you need in through createCore instead.',
    },
  },
  create(context) {
    const from = dirname(context.filename);
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = forbiddenTarget(resolve(from, source.value));
      if (target) context.report({ node: source, messageId: 'shell', data: { target } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
    };
  },
};

const playwright = /^(@playwright\/|playwright(-core)?(\/|$))/;

// Playwright drives tests, previews and the icon maker; the app must not ship it.
export const noPlaywright = {
  meta: {
    type: 'problem',
    docs: { description: 'Playwright is imported only by main/dev and test/' },
    schema: [],
    messages: {
      playwright:
        'Playwright is a dev tool: import it only in main/dev/ or test/, never in code the app ships.',
    },
  },
  create(context) {
    const check = (source) => {
      if (
        source?.type === 'Literal' &&
        typeof source.value === 'string' &&
        playwright.test(source.value)
      )
        context.report({ node: source, messageId: 'playwright' });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      'CallExpression[callee.name="require"]': (node) => check(node.arguments[0]),
    };
  },
};
