import { useState } from 'react';
import type { BitbarTag } from '../../../../shared/contract/bitbar-runs';
import { useBitbarRuns } from '../../stores/bitbar-runs-store';
import { Button, errorText } from '../../ui';
import { useTranslation } from 'react-i18next';

/** The run's tags: remove with ✕, add by name. */
export function RunTags({ tags }: { tags: BitbarTag[] }) {
  const { t } = useTranslation('bitbarRuns');
  const { addTag, removeTag, busy, errors } = useBitbarRuns();
  const [name, setName] = useState('');
  return (
    <div className="stack" style={{ gap: 6 }}>
      <div className="row tag-row">
        {tags.length === 0 ? <span className="subtle">{t('tags.none')}</span> : null}
        {tags.length > 0 ? (
          <ul className="row tag-list" aria-label={t('tags.label')}>
            {tags.map((tag) => (
              <li key={tag.id} className="tag">
                {tag.name}
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={t('tags.remove', { tag: tag.name })}
                  onClick={() => void removeTag(tag.id)}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void addTag(name).then((ok) => ok && setName(''));
          }}
        >
          <input
            className="input tag-input"
            aria-label={t('tags.new')}
            placeholder={t('tags.placeholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button size="small" type="submit" busy={busy.tag} disabled={!name.trim()}>
            {t('tags.add')}
          </Button>
        </form>
      </div>
      {errors.tag ? (
        <span className="field-error" role="alert">
          {errorText(errors.tag)}
        </span>
      ) : null}
    </div>
  );
}
