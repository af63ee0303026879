import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The German build has no English left: a component's visible words and its labels for
 * assistive technology come from the locale files, never from text written in the JSX.
 * Names of products and formats (the same in every language) are allowed.
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'Dropship',
  'Installr',
  'Test IO',
  'Bitbar',
  'Product Science',
  'SHA-256',
  'iOS',
  'Android',
  'APK',
  'OK',
]);

const WORDY_ATTRIBUTES =
  /\b(label|title|aria-label|placeholder|hint|alt|legend|confirmLabel|subtitle|heading)="([^"]*)"/g;
// Text between tags; a `>` of an arrow (`=>`) or a comparison is code, not a tag.
const JSX_TEXT = /(?<![=\-\s])>\s*([^<>{}=;()&|]*[A-Za-z]{2,}[^<>{}=;()&|]*?)\s*</g;

function components(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return components(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

export function hardcodedWords(source: string): string[] {
  const found: string[] = [];
  // An address or a path as an example ("proxy.example.com:8080") reads the same everywhere.
  const technical = (text: string) => !/\s/.test(text.trim()) && /[./:@]/.test(text);
  const wordy = (text: string) =>
    /[A-Za-z]{2,}/.test(text) && !SAME_IN_EVERY_LANGUAGE.has(text.trim()) && !technical(text);
  for (const m of source.matchAll(WORDY_ATTRIBUTES)) if (wordy(m[2]!)) found.push(m[0]);
  for (const m of source.matchAll(JSX_TEXT)) if (wordy(m[1]!)) found.push(m[1]!.trim());
  return found;
}

describe('components', () => {
  it('write no words of their own: every word a person reads is a key', () => {
    const found = components('renderer/src').flatMap((file) =>
      hardcodedWords(readFileSync(file, 'utf8')).map((words) => `${file}: ${words}`),
    );
    expect(found).toEqual([]);
  });

  it('are read by the check in the forms words take', () => {
    expect(
      hardcodedWords(
        '<Button aria-label="Close">Save it</Button><Page title={t("x")} /><span>Installr</span>',
      ),
    ).toEqual(['aria-label="Close"', 'Save it']);
  });
});
