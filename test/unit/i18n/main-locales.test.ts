import { describe, expect, it } from 'vitest';
import { NAMESPACES, RESOURCES } from '../../../main/core/i18n/resources';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as [path, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe("main's German speaks every sentence its English does", () => {
  it.each(NAMESPACES)('%s: the same keys, none empty, the same placeholders', (ns) => {
    const en = new Map(leaves(RESOURCES.en[ns] as Tree));
    const de = new Map(leaves(RESOURCES.de[ns] as Tree));
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of de) {
      expect(text.trim(), `${ns}:${key}`).not.toBe('');
      expect(placeholders(text), `${ns}:${key}`).toEqual(placeholders(en.get(key)!));
    }
  });

  it('every plural has its one and other form in both languages', () => {
    for (const language of ['en', 'de'] as const) {
      for (const ns of NAMESPACES) {
        const keys = leaves(RESOURCES[language][ns] as Tree).map(([key]) => key);
        for (const key of keys.filter((k) => /_(one|other)$/.test(k))) {
          const base = key.replace(/_(one|other)$/, '');
          expect(keys, `${language} ${ns}:${base}`).toEqual(
            expect.arrayContaining([`${base}_one`, `${base}_other`]),
          );
        }
      }
    }
  });
});
