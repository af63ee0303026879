import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceOptions } from '../../../../shared/contract/board';
import { Button, Select, TextField, errorText } from '../../ui';
import { useBoard } from '../../stores/board-store';
import { buildAddInput, emptyChoice, type AddChoice } from './add-choice';
import { optionsNote } from './board-words';
import type { BoardSectionId } from '../../../../shared/domain/board';

/**
 * Adding a card: an Installr app token is enough; connected accounts add lists to pick
 * from (an Installr app, a Test IO product, a Bitbar project).
 */
export function AddCardDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('board');
  const ref = useRef<HTMLDialogElement>(null);
  const options = useBoard((s) => s.options);
  const optionsLoading = useBoard((s) => s.optionsLoading);
  const loadOptions = useBoard((s) => s.loadOptions);
  const add = useBoard((s) => s.add);
  const adding = useBoard((s) => s.adding);
  const addError = useBoard((s) => s.addError);
  const clearAddError = useBoard((s) => s.clearAddError);
  const [choice, setChoice] = useState<AddChoice>(emptyChoice);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setChoice(emptyChoice);
      clearAddError();
      void loadOptions();
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, loadOptions, clearAddError]);

  const update = (change: Partial<AddChoice>) => setChoice((c) => ({ ...c, ...change }));
  const installrApps = options?.installr;
  const canPickInstallr = installrApps?.status === 'ready' && installrApps.items.length > 0;
  const fieldError = addError?.fields?.['installr.appToken'];
  const formError = fieldError || !addError ? undefined : errorText(addError);

  return (
    <dialog
      ref={ref}
      className="dialog board-dialog"
      aria-labelledby="board-add-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        className="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          if (await add(buildAddInput(choice, options))) onClose();
        }}
      >
        <h2 id="board-add-title">{t('add.title')}</h2>
        <fieldset className="board-fieldset">
          <legend>Installr</legend>
          {canPickInstallr ? (
            <div className="segmented" role="group" aria-label={t('add.how')}>
              {(['token', 'account'] as const).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  aria-pressed={choice.installrMode === mode}
                  onClick={() => update({ installrMode: mode })}
                >
                  {mode === 'token' ? t('add.paste') : t('add.pick')}
                </button>
              ))}
            </div>
          ) : null}
          {choice.installrMode === 'token' || !canPickInstallr ? (
            <TextField
              label={t('add.token')}
              value={choice.appToken}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => update({ appToken: event.target.value })}
              hint={t('add.tokenHint')}
              error={fieldError}
            />
          ) : (
            <Select
              label={t('add.app')}
              value={choice.installrAppId}
              options={selectOptions(installrApps, t('add.noApp'))}
              onChange={(installrAppId) => update({ installrAppId })}
            />
          )}
        </fieldset>
        <ServicePicker
          id="testio"
          legend={t('add.testio')}
          name={t('add.testioName')}
          service={options?.testio}
          loading={optionsLoading}
          value={choice.testioProductId}
          onChange={(testioProductId) => update({ testioProductId })}
        />
        <ServicePicker
          id="bitbar"
          legend={t('add.bitbar')}
          name={t('add.bitbarName')}
          service={options?.bitbar}
          loading={optionsLoading}
          value={choice.bitbarProjectId}
          onChange={(bitbarProjectId) => update({ bitbarProjectId })}
        />
        <ServicePicker
          id="productscience"
          legend={t('add.productscience')}
          name={t('add.productscienceName')}
          service={options?.productscience}
          loading={optionsLoading}
          value={choice.productScienceProject}
          onChange={(productScienceProject) => update({ productScienceProject })}
        />
        {formError ? (
          <p className="field-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" busy={adding}>
            {t('add.submit')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

function ServicePicker({
  id,
  legend,
  name,
  service,
  loading,
  value,
  onChange,
}: {
  id: BoardSectionId;
  legend: string;
  /** The picker's subject without "(optional)", for the waiting and empty lines. */
  name: string;
  service: ServiceOptions | undefined;
  loading: boolean;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('board');
  if (!service) {
    return loading ? <p className="subtle">{t('add.lookingFor', { what: name })}</p> : null;
  }
  if (service.status !== 'ready' || service.items.length === 0) {
    return (
      <p className="subtle">
        <strong>{name}:</strong> {optionsNote(id, service)}
      </p>
    );
  }
  return (
    <Select
      label={legend}
      value={value}
      options={selectOptions(service, t('add.none'))}
      onChange={onChange}
    />
  );
}

function selectOptions(service: ServiceOptions | undefined, none: string) {
  return [
    { value: '', label: none },
    ...(service?.items ?? []).map((item) => ({
      value: String(item.id),
      label: item.detail ? `${item.title} — ${item.detail}` : item.title,
    })),
  ];
}
