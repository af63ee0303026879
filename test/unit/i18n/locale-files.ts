import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the tests read: renderer/src/i18n/locales/<language>/<namespace>.json, flattened. */
export const LOCALES_DIR = 'renderer/src/i18n/locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

/** language → "namespace:key.path" → text. */
export function readLocales(): Map<string, Map<string, string>> {
  const languages = new Map<string, Map<string, string>>();
  for (const language of readdirSync(LOCALES_DIR)) {
    const strings = new Map<string, string>();
    for (const file of readdirSync(join(LOCALES_DIR, language))) {
      if (!file.endsWith('.json')) continue;
      const namespace = file.slice(0, -'.json'.length);
      const tree = JSON.parse(readFileSync(join(LOCALES_DIR, language, file), 'utf8')) as Tree;
      for (const [key, text] of flatten(tree)) strings.set(`${namespace}:${key}`, text);
    }
    languages.set(language, strings);
  }
  return languages;
}

const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** A key as code names it: "ns:files" is there when "ns:files" or its plural forms are. */
export function hasKey(strings: Map<string, string>, key: string): boolean {
  return strings.has(key) || PLURAL_SUFFIXES.some((suffix) => strings.has(key + suffix));
}
