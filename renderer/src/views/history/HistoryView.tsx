import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../../shared/domain/history';
import { SERVICE_NAMES, SERVICES } from '../../../../shared/domain/services';
import { HISTORY_PAGE_SIZE, isFiltered, primaryLink, useHistory } from '../../stores/history-store';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  formatBytes,
  formatDate,
  formatNumber,
  LoadingState,
  Page,
  Select,
  TextField,
  type Tone,
} from '../../ui';
import { resultLabel } from '../upload/result-words';
import './history.css';

const OUTCOMES: Record<Delivery['outcome'], [label: string, tone: Tone]> = {
  delivered: ['history:outcome.delivered', 'good'],
  failed: ['history:outcome.failed', 'bad'],
  cancelled: ['history:outcome.cancelled', 'neutral'],
  'already-delivered': ['history:outcome.alreadyDelivered', 'info'],
};

const SERVICE_OPTIONS = SERVICES.map(({ id, name }) => ({ value: id, label: name }));

/** Everything Dropship ever delivered, searchable, with a way back to each build. */
export function HistoryView() {
  const { t } = useTranslation('history');
  const page = useHistory((s) => s.page);
  const offset = useHistory((s) => s.offset);
  const filter = useHistory((s) => s.filter);
  const load = useHistory((s) => s.load);
  const clearFilter = useHistory((s) => s.clearFilter);
  const goToPage = useHistory((s) => s.goToPage);
  const exportCsv = useHistory((s) => s.exportCsv);
  const exporting = useHistory((s) => s.exporting);
  const exported = useHistory((s) => s.exported);
  const exportError = useHistory((s) => s.exportError);

  useEffect(() => {
    void load();
  }, [load]);

  const total = page.data?.total ?? 0;
  return (
    <Page
      title={t('page.title')}
      subtitle={t('page.subtitle')}
      actions={
        <Button onClick={() => void exportCsv()} busy={exporting} disabled={total === 0}>
          {t('page.export')}
        </Button>
      }
    >
      <Filters />
      {exported ? (
        <p className="banner banner-good" role="status">
          {t('exported', {
            count: exported.rows,
            rows: formatNumber(exported.rows),
            path: exported.path,
          })}
        </p>
      ) : null}
      {exportError ? <ErrorState error={exportError} /> : null}
      <Card>
        {page.error ? <ErrorState error={page.error} onRetry={() => void load()} /> : null}
        {!page.data && page.loading ? <LoadingState label={t('loading')} /> : null}
        {page.data && total === 0 ? (
          isFiltered(filter) ? (
            <EmptyState
              icon="⌕"
              title={t('noMatch.title')}
              action={<Button onClick={clearFilter}>{t('noMatch.clear')}</Button>}
            >
              {t('noMatch.body')}
            </EmptyState>
          ) : (
            <EmptyState icon="⇪" title={t('empty.title')}>
              {t('empty.body')}
            </EmptyState>
          )
        ) : null}
        {page.data && total > 0 ? (
          <>
            <DeliveryTable deliveries={page.data.deliveries} />
            <nav className="history-pages" aria-label={t('pages.label')}>
              <span className="muted" aria-live="polite">
                {t('pages.range', {
                  first: formatNumber(offset + 1),
                  last: formatNumber(offset + page.data.deliveries.length),
                  total: formatNumber(total),
                })}
              </span>
              <Button
                size="small"
                disabled={offset === 0}
                onClick={() => goToPage(offset - HISTORY_PAGE_SIZE)}
              >
                {t('pages.newer')}
              </Button>
              <Button
                size="small"
                disabled={offset + HISTORY_PAGE_SIZE >= total}
                onClick={() => goToPage(offset + HISTORY_PAGE_SIZE)}
              >
                {t('pages.older')}
              </Button>
            </nav>
          </>
        ) : null}
      </Card>
    </Page>
  );
}

function Filters() {
  const { t } = useTranslation('history');
  const filter = useHistory((s) => s.filter);
  const facets = useHistory((s) => s.facets);
  const setFilter = useHistory((s) => s.setFilter);
  const accounts = [
    { value: '', label: t('filters.anyAccount') },
    ...(facets?.accounts ?? []).map((a) => ({ value: a, label: a || t('filters.unnamed') })),
  ];
  return (
    <Card>
      <div className="history-filters" role="search" aria-label={t('filters.label')}>
        <TextField
          label={t('filters.app')}
          placeholder={t('filters.appPlaceholder')}
          list="history-apps"
          value={filter.app}
          onChange={(e) => setFilter({ app: e.target.value })}
        />
        <datalist id="history-apps">
          {(facets?.apps ?? []).map((app) => (
            <option key={app.id} value={app.id}>
              {app.name ?? app.id}
            </option>
          ))}
        </datalist>
        <TextField
          label={t('filters.version')}
          value={filter.version}
          onChange={(e) => setFilter({ version: e.target.value })}
        />
        <Select
          label={t('filters.service')}
          value={filter.service}
          options={[{ value: '' as const, label: t('filters.anyService') }, ...SERVICE_OPTIONS]}
          onChange={(service) => setFilter({ service })}
        />
        <Select
          label={t('filters.account')}
          value={filter.account}
          options={accounts}
          onChange={(account) => setFilter({ account })}
        />
        <TextField
          label={t('filters.from')}
          type="date"
          value={filter.from}
          onChange={(e) => setFilter({ from: e.target.value })}
        />
        <TextField
          label={t('filters.to')}
          type="date"
          value={filter.to}
          onChange={(e) => setFilter({ to: e.target.value })}
        />
      </div>
    </Card>
  );
}

function DeliveryTable({ deliveries }: { deliveries: Delivery[] }) {
  const { t } = useTranslation('history');
  const openLink = useHistory((s) => s.openLink);
  const sendAgain = useHistory((s) => s.sendAgain);
  return (
    <table className="history-table">
      <caption className="sr-only">{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.when')}</th>
          <th scope="col">{t('table.build')}</th>
          <th scope="col">{t('table.where')}</th>
          <th scope="col">{t('table.result')}</th>
          <th scope="col">
            <span className="sr-only">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => {
          const [label, tone] = OUTCOMES[d.outcome];
          const link = primaryLink(d);
          return (
            <tr key={d.id}>
              <td className="history-when">{formatDate(d.finishedAt)}</td>
              <td className="history-build">
                <div className="history-app">{d.appName ?? d.fileName}</div>
                <div className="subtle">
                  {d.version
                    ? `${t('table.versionAndBuild', { version: d.version, build: d.build ?? '?' })} · `
                    : ''}
                  {d.fileName} · {formatBytes(d.fileSize)}
                </div>
              </td>
              <td className="history-where">
                <div>{SERVICE_NAMES[d.service]}</div>
                <div className="subtle">{d.account}</div>
              </td>
              <td>
                <Badge tone={tone}>{t(label)}</Badge>
                {d.error ? <div className="subtle history-error">{d.error}</div> : null}
              </td>
              <td className="history-actions">
                {link ? (
                  <Button size="small" onClick={() => openLink(link.url)}>
                    {resultLabel(link.label)}
                  </Button>
                ) : null}
                <Button size="small" onClick={() => sendAgain(d)}>
                  {t('table.sendAgain')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
