import { useState } from 'react';
import type { BitbarTag } from '../../../../shared/contract/bitbar-runs';
import { useBitbarRuns } from '../../stores/bitbar-runs-store';
import { Button } from '../../ui';

/** The run's tags: remove with ✕, add by name. */
export function RunTags({ tags }: { tags: BitbarTag[] }) {
  const { addTag, removeTag, busy, errors } = useBitbarRuns();
  const [name, setName] = useState('');
  return (
    <div className="stack" style={{ gap: 6 }}>
      <div className="row tag-row">
        {tags.length === 0 ? <span className="subtle">No tags</span> : null}
        {tags.length > 0 ? (
          <ul className="row tag-list" aria-label="Tags">
            {tags.map((tag) => (
              <li key={tag.id} className="tag">
                {tag.name}
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove tag ${tag.name}`}
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
            aria-label="New tag"
            placeholder="Add a tag"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button size="small" type="submit" busy={busy.tag} disabled={!name.trim()}>
            Add tag
          </Button>
        </form>
      </div>
      {errors.tag ? (
        <span className="field-error" role="alert">
          {errors.tag.message}
        </span>
      ) : null}
    </div>
  );
}
