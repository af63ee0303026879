import { useState, type FormEvent } from 'react';
import { PRODUCT_TYPES, type ProductType } from '../../../../shared/domain/testio';
import { INDUSTRY_WORDS, PRODUCT_TYPE_WORDS } from '../../../../shared/domain/testio-words';
import { useTestioProducts } from '../../stores/testio-products-store';
import { Button, Card, ErrorState, Select, TextArea, TextField } from '../../ui';

const TYPE_OPTIONS = PRODUCT_TYPES.map((value) => ({ value, label: PRODUCT_TYPE_WORDS[value] }));
const INDUSTRY_OPTIONS = [
  { value: '', label: 'Not specified' },
  ...Object.entries(INDUSTRY_WORDS).map(([value, label]) => ({ value, label })),
];

/** Title, description, what kind of product, which industry. */
export function ProductForm({ onDone }: { onDone: () => void }) {
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
    <Card title="New product">
      <form className="stack" onSubmit={(event) => void submit(event)} aria-label="New product">
        {creating.error && !fields ? <ErrorState error={creating.error} /> : null}
        <div className="grid-2">
          <TextField
            label="Name"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={fields?.title}
            autoFocus
          />
          <Select
            label="Kind of product"
            value={productType}
            options={TYPE_OPTIONS}
            onChange={setProductType}
          />
        </div>
        <TextArea
          label="Description"
          hint="Optional. What testers should know the product is for."
          value={description}
          rows={2}
          onChange={(event) => setDescription(event.target.value)}
        />
        <Select
          label="Industry"
          value={industry}
          options={INDUSTRY_OPTIONS}
          onChange={setIndustry}
        />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={cancel}>Cancel</Button>
          <Button type="submit" variant="primary" busy={creating.busy}>
            Create product
          </Button>
        </div>
      </form>
    </Card>
  );
}
