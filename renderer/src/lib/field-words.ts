import { i18n } from '../i18n';
import { resources } from '../i18n/resources';

/**
 * Field problems come from the contract's schemas (shared/, no i18next there), in
 * English, checked in main and here alike. Their English sentence is the key, as in
 * gettext: `fields.json` holds each one, by name, in both languages, and this finds the
 * name from the English text. A sentence it does not know (a service's own) stays as is.
 */
const NAMES = new Map(
  Object.entries((resources.en?.fields ?? {}) as Record<string, string>).map(([name, text]) => [
    text,
    name,
  ]),
);

export function fieldText(message: string): string {
  const name = NAMES.get(message);
  return name ? i18n.t(name, { ns: 'fields' }) : message;
}

export function fieldTexts(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, text]) => [key, fieldText(text)]));
}
