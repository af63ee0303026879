import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasKey, readLocales } from './locale-files';

/**
 * A static scan of the renderer (and shared/, whose word functions return keys): every key
 * the code names must exist in English and German. Keys are literals so this scan sees
 * them; `t(\`…${x}\`)` is refused — map codes to literal "namespace:key" strings instead.
 */
const ROOTS = ['renderer/src', 'shared'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const locales = readLocales();
const en = locales.get('en')!;
const namespaces = new Set([...en.keys()].map((key) => key.split(':')[0]!));

interface Use {
  file: string;
  key: string;
}

/** The namespace a file's bare `t('key')` reads: its first useTranslation('ns'), else common. */
function defaultNamespace(source: string): string {
  const match = /useTranslation\(\s*\[?\s*['"]([\w-]+)['"]/.exec(source);
  return match?.[1] ?? 'common';
}

export function keysUsedIn(file: string, source: string): { uses: Use[]; dynamic: string[] } {
  const uses: Use[] = [];
  const dynamic: string[] = [];
  const fallback = defaultNamespace(source);
  const qualify = (key: string) => {
    const [prefix] = key.split(':');
    return key.includes(':') && namespaces.has(prefix!) ? key : `${fallback}:${key}`;
  };
  // t('key'), i18n.t('ns:key'), i18nKey="key"
  for (const m of source.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g))
    uses.push({ file, key: qualify(m[2]!) });
  for (const m of source.matchAll(/i18nKey=\{?\s*(['"])([^'"]+)\1/g))
    uses.push({ file, key: qualify(m[2]!) });
  // Any literal "namespace:key" (maps from codes to keys, word functions in shared/).
  for (const m of source.matchAll(/(['"`])([a-z][\w-]*):([\w.-]+)\1/g)) {
    if (namespaces.has(m[2]!)) uses.push({ file, key: `${m[2]}:${m[3]}` });
  }
  for (const m of source.matchAll(/\bt\(\s*`[^`]*\$\{/g)) dynamic.push(`${file}: ${m[0]}`);
  return { uses, dynamic };
}

describe('the keys the code uses', () => {
  const found = ROOTS.flatMap(sourceFiles).map((file) =>
    keysUsedIn(file, readFileSync(file, 'utf8')),
  );
  const uses = found.flatMap((result) => result.uses);

  it('are found at all (the scan reads the code)', () => {
    expect(uses.length).toBeGreaterThan(0);
  });

  it('exist in every language', () => {
    for (const [language, strings] of locales) {
      const missing = uses.filter((use) => !hasKey(strings, use.key));
      expect(missing, `missing in ${language}`).toEqual([]);
    }
  });

  it('are literals the scan can check', () => {
    expect(found.flatMap((result) => result.dynamic)).toEqual([]);
  });

  it('are read by the scan in each form the code writes them', () => {
    const sample = [
      "const { t } = useTranslation('upload');",
      "t('drop.title'); t('common:ago.justNow'); i18n.t('board:stale', { count });",
      'const WORDS = { a: \'history:empty\' }; <Trans i18nKey="drop.hint" />',
    ].join('\n');
    expect(keysUsedIn('x.tsx', sample).uses.map((use) => use.key)).toEqual(
      expect.arrayContaining(['upload:drop.title', 'common:ago.justNow', 'upload:drop.hint']),
    );
  });
});
