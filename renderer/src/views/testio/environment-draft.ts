import type { EnvironmentFields } from '../../../../shared/contract/testio';
import type { Translate } from '../../lib/translate';

/** What the environment fields hold while someone types; turned into the contract's shape. */
export interface EnvironmentDraft {
  title: string;
  accessKind: 'url' | 'binaryApp';
  url: string;
  binaryAppId: string;
  username: string;
  password: string;
  accessNotes: string;
  allowOrders: boolean;
}

export const emptyEnvironmentDraft = (): EnvironmentDraft => ({
  title: '',
  accessKind: 'url',
  url: '',
  binaryAppId: '',
  username: '',
  password: '',
  accessNotes: '',
  allowOrders: false,
});

/** Exactly one access method leaves the form: the one chosen, never both. */
export function environmentFields(draft: EnvironmentDraft): EnvironmentFields {
  return {
    title: draft.title,
    access:
      draft.accessKind === 'url'
        ? { kind: 'url', url: draft.url }
        : { kind: 'binaryApp', binaryAppId: Number(draft.binaryAppId) || 0 },
    username: draft.username,
    password: draft.password,
    accessNotes: draft.accessNotes,
    allowOrders: draft.allowOrders,
  };
}

/** Field problems for the environment fields, whatever prefix the input nested them under. */
export function environmentErrors(
  t: Translate,
  fields: Record<string, string> | undefined,
  prefix: string,
): Partial<Record<'title' | 'url' | 'binaryAppId', string>> {
  if (!fields) return {};
  const at = (key: string) => fields[`${prefix}${key}`];
  return {
    title: at('title'),
    url: at('access.url'),
    binaryAppId: at('access.binaryAppId') && t('testio:environment.binaryAppIdError'),
  };
}
