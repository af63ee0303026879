/// <reference types="vite/client" />
import type { Resource, ResourceLanguage } from 'i18next';

/**
 * Every namespace of every language, found by file name (locales/<language>/<namespace>.json)
 * and bundled eagerly: adding a namespace is adding two files, with no list to edit.
 */
const files = import.meta.glob<ResourceLanguage[string]>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

function collect(): Resource {
  const resources: Resource = {};
  for (const [path, strings] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    resources[language] = { ...resources[language], [namespace]: strings };
  }
  return resources;
}

export const resources = collect();
export const namespaces = [...new Set(Object.values(resources).flatMap(Object.keys))].sort();
