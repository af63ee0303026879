import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DropshipError } from '../../../shared/errors';
import { applyLanguageChoice } from '../../../renderer/src/i18n';
import { asErrorShape } from '../../../renderer/src/lib/errors';
import { fieldText } from '../../../renderer/src/lib/field-words';
import { readLocales } from './locale-files';

const CONTRACT = 'shared/contract';

/** Every fixed English sentence the contract's schemas give a field (not template strings). */
function contractMessages(): string[] {
  // A sentence as a schema's last argument, as its `message`/`error`, or a text() rule's.
  const pattern = /(?:,\s*|message:\s*|error:\s*|\btext\(\s*)'([A-Z][^']*)'\s*,?\s*[)}]/g;
  return readdirSync(CONTRACT)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) =>
      [...readFileSync(join(CONTRACT, name), 'utf8').matchAll(pattern)].map((m) => m[1]!),
    );
}

describe('field problems from the contract', () => {
  const english = new Set(
    [...readLocales().get('en')!]
      .filter(([key]) => key.startsWith('fields:'))
      .map(([, text]) => text),
  );

  it('each have their words in fields.json, so none reaches a German screen in English', () => {
    const messages = contractMessages();
    expect(messages.length).toBeGreaterThan(30);
    expect(messages.filter((message) => !english.has(message))).toEqual([]);
  });

  describe('in German', () => {
    beforeAll(() => applyLanguageChoice('de'));
    afterAll(() => applyLanguageChoice('en'));

    it('read in German; a sentence a service wrote stays as it was', () => {
      expect(fieldText('Give the group a name')).toBe('Geben Sie der Gruppe einen Namen');
      expect(fieldText('The name is taken on Bitbar')).toBe('The name is taken on Bitbar');
    });

    it('are put in German when main’s error reaches the renderer', () => {
      const shape = asErrorShape(
        new DropshipError({
          code: 'invalid_input',
          retryable: false,
          message: 'name: Give it a name',
          fields: { name: 'Give it a name', email: 'Enter an e-mail address like ana@example.com' },
        }),
      );
      expect(shape.fields).toEqual({
        name: 'Geben Sie einen Namen ein',
        email: 'Geben Sie eine E-Mail-Adresse wie ana@example.com ein',
      });
    });
  });

  it('stay English in English', () => {
    expect(fieldText('Give the group a name')).toBe('Give the group a name');
  });
});
