import { describe, expect, it } from 'vitest';
import { readLocales } from './locale-files';

const locales = readLocales();
const en = locales.get('en')!;
const de = locales.get('de')!;

describe('the German and English texts', () => {
  it('ship exactly the two languages', () => {
    expect([...locales.keys()].sort()).toEqual(['de', 'en']);
  });

  it('have the same keys: nothing English is missing in German, nothing is left over', () => {
    expect([...en.keys()].filter((key) => !de.has(key))).toEqual([]);
    expect([...de.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

  it('leave no German text empty', () => {
    expect([...de].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    expect([...en].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
    const differing = [...en]
      .filter(([key, text]) => {
        const german = de.get(key);
        if (german === undefined) return false;
        // A plural form may drop the count ("one file" / "eine Datei").
        const wanted = placeholders(text).filter((name) => name !== 'count');
        const given = placeholders(german).filter((name) => name !== 'count');
        return JSON.stringify(wanted) !== JSON.stringify(given);
      })
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});
