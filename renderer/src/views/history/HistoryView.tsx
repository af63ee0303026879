import { useEffect } from 'react';
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
  LoadingState,
  Page,
  Select,
  TextField,
  type Tone,
} from '../../ui';
import './history.css';

const OUTCOMES: Record<Delivery['outcome'], [label: string, tone: Tone]> = {
  delivered: ['Delivered', 'good'],
  failed: ['Failed', 'bad'],
  cancelled: ['Cancelled', 'neutral'],
  'already-delivered': ['Already there', 'info'],
};

const SERVICE_CHOICES = [
  { value: '' as const, label: 'Any service' },
  ...SERVICES.map(({ id, name }) => ({ value: id, label: name })),
];

/** Everything Dropship ever delivered, searchable, with a way back to each build. */
export function HistoryView() {
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
      title="History"
      subtitle="Every build Dropship delivered, to which service and account, and what came of it."
      actions={
        <Button onClick={() => void exportCsv()} busy={exporting} disabled={total === 0}>
          Export CSV…
        </Button>
      }
    >
      <Filters />
      {exported ? (
        <p className="banner banner-good" role="status">
          Saved {exported.rows.toLocaleString()} deliveries to {exported.path}.
        </p>
      ) : null}
      {exportError ? <ErrorState error={exportError} /> : null}
      <Card>
        {page.error ? <ErrorState error={page.error} onRetry={() => void load()} /> : null}
        {!page.data && page.loading ? <LoadingState label="Loading the history…" /> : null}
        {page.data && total === 0 ? (
          isFiltered(filter) ? (
            <EmptyState
              icon="⌕"
              title="No deliveries match"
              action={<Button onClick={clearFilter}>Clear the filters</Button>}
            >
              Try fewer filters, or another spelling of the app.
            </EmptyState>
          ) : (
            <EmptyState icon="⇪" title="Nothing delivered yet">
              Builds you send from Upload or the command line appear here.
            </EmptyState>
          )
        ) : null}
        {page.data && total > 0 ? (
          <>
            <DeliveryTable deliveries={page.data.deliveries} />
            <nav className="history-pages" aria-label="Pages">
              <span className="muted" aria-live="polite">
                {offset + 1}–{offset + page.data.deliveries.length} of {total.toLocaleString()}
              </span>
              <Button
                size="small"
                disabled={offset === 0}
                onClick={() => goToPage(offset - HISTORY_PAGE_SIZE)}
              >
                Newer
              </Button>
              <Button
                size="small"
                disabled={offset + HISTORY_PAGE_SIZE >= total}
                onClick={() => goToPage(offset + HISTORY_PAGE_SIZE)}
              >
                Older
              </Button>
            </nav>
          </>
        ) : null}
      </Card>
    </Page>
  );
}

function Filters() {
  const filter = useHistory((s) => s.filter);
  const facets = useHistory((s) => s.facets);
  const setFilter = useHistory((s) => s.setFilter);
  const accounts = [
    { value: '', label: 'Any account' },
    ...(facets?.accounts ?? []).map((a) => ({ value: a, label: a || 'Unnamed' })),
  ];
  return (
    <Card>
      <div className="history-filters" role="search" aria-label="Filter deliveries">
        <TextField
          label="App"
          placeholder="Name or id"
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
          label="Version"
          value={filter.version}
          onChange={(e) => setFilter({ version: e.target.value })}
        />
        <Select
          label="Service"
          value={filter.service}
          options={SERVICE_CHOICES}
          onChange={(service) => setFilter({ service })}
        />
        <Select
          label="Account"
          value={filter.account}
          options={accounts}
          onChange={(account) => setFilter({ account })}
        />
        <TextField
          label="From"
          type="date"
          value={filter.from}
          onChange={(e) => setFilter({ from: e.target.value })}
        />
        <TextField
          label="To"
          type="date"
          value={filter.to}
          onChange={(e) => setFilter({ to: e.target.value })}
        />
      </div>
    </Card>
  );
}

function DeliveryTable({ deliveries }: { deliveries: Delivery[] }) {
  const openLink = useHistory((s) => s.openLink);
  const sendAgain = useHistory((s) => s.sendAgain);
  return (
    <table className="history-table">
      <caption className="sr-only">Deliveries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Build</th>
          <th scope="col">Where</th>
          <th scope="col">Result</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
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
                  {d.version ? `${d.version} (build ${d.build ?? '?'}) · ` : ''}
                  {d.fileName} · {formatBytes(d.fileSize)}
                </div>
              </td>
              <td className="history-where">
                <div>{SERVICE_NAMES[d.service]}</div>
                <div className="subtle">{d.account}</div>
              </td>
              <td>
                <Badge tone={tone}>{label}</Badge>
                {d.error ? <div className="subtle history-error">{d.error}</div> : null}
              </td>
              <td className="history-actions">
                {link ? (
                  <Button size="small" onClick={() => openLink(link.url)}>
                    {link.label}
                  </Button>
                ) : null}
                <Button size="small" onClick={() => sendAgain(d)}>
                  Send again
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
