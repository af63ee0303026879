import { useCallback, useEffect, useMemo } from 'react';
import type { BitbarGroup } from '../../../../shared/contract/bitbar-devices';
import { useBitbarCatalog } from '../../stores/bitbar-catalog-store';
import type { OsFilter } from '../../stores/bitbar-catalog-filter';
import { useBitbarGroups } from '../../stores/bitbar-groups-store';
import { Button, EmptyState, ErrorState, formatNumber, LoadingState, ProgressBar } from '../../ui';
import { DeviceRow } from './DeviceRow';
import { GroupNotice } from './GroupNotice';
import { osWord } from './device-words';
import { VirtualList } from './VirtualList';
import { useTranslation } from 'react-i18next';

const OS_CHOICES: OsFilter[] = ['ALL', 'ANDROID', 'IOS'];

/** The Bitbar catalog: search and OS filter over thousands of devices, in a windowed list. */
export function CatalogPanel({
  group,
  memberIds,
}: {
  group?: BitbarGroup | undefined;
  memberIds?: Set<number>;
}) {
  const { t } = useTranslation('devices');
  const catalog = useBitbarCatalog();
  const picked = useBitbarGroups((s) => s.picked);
  const togglePick = useBitbarGroups((s) => s.togglePick);
  const clearPicks = useBitbarGroups((s) => s.clearPicks);
  const addPicked = useBitbarGroups((s) => s.addPicked);
  const adding = useBitbarGroups((s) => s.adding);
  const load = catalog.load;
  useEffect(() => void load(), [load]);
  // A group takes one platform: list only its devices from the start (All is one click away).
  const groupOs = group?.os;
  const setOs = catalog.setOs;
  useEffect(() => {
    if (!groupOs) return;
    setOs(groupOs);
    return () => setOs('ALL');
  }, [groupOs, setOs]);

  const pickedSet = useMemo(() => new Set(picked), [picked]);
  const renderRow = useCallback(
    (device: Parameters<typeof DeviceRow>[0]['device']) => (
      <DeviceRow
        device={device}
        picking={Boolean(group)}
        picked={pickedSet.has(device.id)}
        inGroup={memberIds?.has(device.id) ?? false}
        onToggle={togglePick}
      />
    ),
    [group, pickedSet, memberIds, togglePick],
  );

  const loaded = catalog.index.length;
  return (
    <section className="card catalog" aria-label={t('catalog.title')}>
      <div className="card-header">
        <h2>{group ? t('catalog.addTo', { group: group.name }) : t('catalog.title')}</h2>
        <span className="subtle" aria-live="polite">
          {catalog.total === null
            ? ''
            : t('catalog.shown', {
                count: catalog.visible.length,
                total: formatNumber(catalog.total),
              })}
          {catalog.searching ? ` · ${t('catalog.searching')}` : ''}
        </span>
      </div>
      <div className="catalog-controls">
        <input
          className="input"
          type="search"
          placeholder={t('catalog.searchPlaceholder')}
          aria-label={t('catalog.searchLabel')}
          value={catalog.query}
          onChange={(event) => catalog.setQuery(event.target.value)}
        />
        <div className="segmented" role="group" aria-label={t('catalog.os')}>
          {OS_CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={catalog.os === choice}
              onClick={() => catalog.setOs(choice)}
            >
              {choice === 'ALL' ? t('catalog.all') : osWord(choice)}
            </button>
          ))}
        </div>
      </div>
      {group ? <p className="subtle">{t('catalog.groupTakes', { os: osWord(group.os) })}</p> : null}
      {catalog.loading && catalog.total !== null && loaded < catalog.total ? (
        <div className="stack" style={{ gap: 4 }}>
          <span className="subtle">
            {t('catalog.loadingCount', {
              loaded: formatNumber(loaded),
              total: formatNumber(catalog.total),
            })}
          </span>
          <ProgressBar fraction={loaded / catalog.total} label={t('catalog.loadingBar')} />
        </div>
      ) : null}
      {catalog.error ? <ErrorState error={catalog.error} onRetry={() => void load()} /> : null}
      {catalog.loading && loaded === 0 ? (
        <LoadingState label={t('catalog.loading')} rows={6} />
      ) : catalog.visible.length === 0 && !catalog.error ? (
        <EmptyState icon="⌕" title={catalog.query ? t('catalog.noMatch') : t('catalog.none')}>
          {catalog.query ? t('catalog.noMatchHint') : t('catalog.empty')}
        </EmptyState>
      ) : (
        <VirtualList
          items={catalog.visible}
          rowHeight={56}
          height={440}
          label={t('catalog.listLabel')}
          renderRow={renderRow}
        />
      )}
      {group ? <GroupNotice /> : null}
      {group ? (
        <div className="row catalog-footer">
          <span className="muted">
            {picked.length === 0
              ? t('catalog.noneTicked')
              : t('catalog.ticked', { count: picked.length })}
          </span>
          <span className="spacer" />
          <Button onClick={clearPicks} disabled={picked.length === 0}>
            {t('catalog.clear')}
          </Button>
          <Button
            variant="primary"
            busy={adding}
            disabled={picked.length === 0}
            onClick={() => void addPicked()}
          >
            {picked.length > 0
              ? t('catalog.addCount', { count: picked.length })
              : t('catalog.addDevices')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
