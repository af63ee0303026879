import { useTranslation } from 'react-i18next';
import type { LanguageChoice } from '../../../../shared/settings';
import { LANGUAGE_NAMES } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import { Card, ErrorState, Select } from '../../ui';
import { useLanguage } from '../../stores/language-store';

/** System / English / Deutsch: switches at once and is kept in the settings. */
export function LanguageSettings() {
  const { t } = useTranslation('settings');
  const { choice, error, choose } = useLanguage();
  const system = LANGUAGE_NAMES[languageOf(navigator.language)];
  const options: { value: LanguageChoice; label: string }[] = [
    { value: 'system', label: t('language.system', { language: system }) },
    { value: 'en', label: LANGUAGE_NAMES.en },
    { value: 'de', label: LANGUAGE_NAMES.de },
  ];
  return (
    <Card title={t('language.title')}>
      <Select
        label={t('language.label')}
        value={choice}
        options={options}
        onChange={(value) => void choose(value)}
        hint={t('language.hint')}
      />
      {error ? <ErrorState error={error} /> : null}
    </Card>
  );
}
