import { useState, type FormEvent } from 'react';
import { PRODUCT_TYPES, type ProductType } from '../../../../shared/domain/testio';
import { INDUSTRY_WORDS } from '../../../../shared/domain/testio-words';
import { useTestioProducts } from '../../stores/testio-products-store';
import { Button, Card, ErrorState, Select, TextArea, TextField } from '../../ui';
import { useTranslation } from 'react-i18next';
import { industry as industryWord, productType as productTypeWord } from './testio-labels';

/** Title, description, what kind of product, which industry. */
export function ProductForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('testio');
  const creating = useTestioProducts((state) => state.creating);
  const createProduct = useTestioProducts((state) => state.createProduct);
  const clearError = useTestioProducts((state) => state.clearCreateError);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [productType, setProductType] = useState<ProductType>('website');
  const [industry, setIndustry] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await createProduct({ title, description, productType, industry });
    if (created) onDone();
  };
  const fields = creating.error?.fields;
  const cancel = () => {
    clearError();
    onDone();
  };

  return (
    <Card title={t('products.new')}>
      <form
        className="stack"
        onSubmit={(event) => void submit(event)}
        aria-label={t('products.new')}
      >
        {creating.error && !fields ? <ErrorState error={creating.error} /> : null}
        <div className="grid-2">
          <TextField
            label={t('products.name')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={fields?.title}
            autoFocus
          />
          <Select
            label={t('products.kind')}
            value={productType}
            options={PRODUCT_TYPES.map((value) => ({ value, label: productTypeWord(t, value) }))}
            onChange={setProductType}
          />
        </div>
        <TextArea
          label={t('products.description')}
          hint={t('products.descriptionHint')}
          value={description}
          rows={2}
          onChange={(event) => setDescription(event.target.value)}
        />
        <Select
          label={t('products.industry')}
          value={industry}
          options={[
            { value: '', label: t('products.noIndustry') },
            ...Object.keys(INDUSTRY_WORDS).map((value) => ({
              value,
              label: industryWord(t, value) ?? value,
            })),
          ]}
          onChange={setIndustry}
        />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={cancel}>{t('cancel')}</Button>
          <Button type="submit" variant="primary" busy={creating.busy}>
            {t('products.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
