import { useEffect, useState, type FormEvent } from 'react';
import { useTestioSetup } from '../../stores/testio-setup-store';
import { Button, Card, EmptyState, ErrorState, LoadingState, TextArea, TextField } from '../../ui';
import { useTranslation } from 'react-i18next';

/** What testers should focus on, in user stories; a test can cover any of these. */
export function FeaturesPanel({ productId }: { productId: number }) {
  const { t } = useTranslation('testio');
  const features = useTestioSetup((state) => state.features[productId]);
  const loadFeatures = useTestioSetup((state) => state.loadFeatures);
  const [adding, setAdding] = useState(false);

  useEffect(() => void loadFeatures(productId), [productId, loadFeatures]);

  const list = features?.data;
  return (
    <div className="stack">
      <div className="row">
        <p className="muted spacer">{t('features.intro')}</p>
        <Button onClick={() => setAdding(true)} disabled={adding}>
          {t('features.new')}
        </Button>
      </div>
      {adding ? <FeatureForm productId={productId} onDone={() => setAdding(false)} /> : null}
      {features?.error ? (
        <ErrorState error={features.error} onRetry={() => void loadFeatures(productId)} />
      ) : null}
      {!list && features?.loading !== false ? <LoadingState label={t('features.loading')} /> : null}
      {list && list.length === 0 && !adding ? (
        <EmptyState icon="☰" title={t('features.none')}>
          {t('features.noneHint')}
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? (
        <div className="list" aria-label={t('tabs.features')}>
          {list.map((feature) => (
            <div key={feature.id} className="testio-bug">
              <span className="testio-row-title">{feature.title}</span>
              {feature.description ? <span className="muted">{feature.description}</span> : null}
              {feature.howToFind ? (
                <span className="subtle">{t('features.where', { where: feature.howToFind })}</span>
              ) : null}
              {feature.userStories.length > 0 ? (
                <ul className="subtle" style={{ margin: 0, paddingLeft: 18 }}>
                  {feature.userStories.map((story, index) => (
                    <li key={index}>{story}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function FeatureForm({ productId, onDone }: { productId: number; onDone: () => void }) {
  const { t } = useTranslation('testio');
  const form = useTestioSetup((state) => state.featureForm);
  const createFeature = useTestioSetup((state) => state.createFeature);
  const resetForms = useTestioSetup((state) => state.resetForms);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [howToFind, setHowToFind] = useState('');
  const [stories, setStories] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const userStories = stories.split('\n');
    if (await createFeature({ productId, title, description, howToFind, userStories })) onDone();
  };
  const fields = form.error?.fields;
  return (
    <Card title={t('features.new')}>
      <form
        className="stack"
        aria-label={t('features.new')}
        onSubmit={(event) => void submit(event)}
      >
        {form.error && !fields ? <ErrorState error={form.error} /> : null}
        <TextField
          label={t('features.name')}
          placeholder={t('features.namePlaceholder')}
          value={title}
          error={fields?.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextArea
          label={t('features.description')}
          hint={t('optional')}
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <TextField
          label={t('features.howToFind')}
          hint={t('optional')}
          value={howToFind}
          onChange={(e) => setHowToFind(e.target.value)}
        />
        <TextArea
          label={t('features.stories')}
          hint={t('features.storiesHint')}
          rows={4}
          value={stories}
          error={fields?.userStories}
          onChange={(e) => setStories(e.target.value)}
        />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button
            onClick={() => {
              resetForms();
              onDone();
            }}
          >
            {t('cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={form.busy}>
            {t('features.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
