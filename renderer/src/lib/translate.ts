import { i18n } from '../i18n';

/**
 * A translation function as word helpers take it: the `t` of `useTranslation` (so the
 * component renders again when the language changes), or `translate` for stores, whose
 * messages are written outside any component. Keys are full "namespace:key" literals.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const translate: Translate = (key, options) => i18n.t(key, options);
