import { useCallback, useEffect, useMemo } from 'react';
import type { BitbarGroup } from '../../../../shared/contract/bitbar-devices';
import { useBitbarCatalog } from '../../stores/bitbar-catalog-store';
import type { OsFilter } from '../../stores/bitbar-catalog-filter';
import { useBitbarGroups } from '../../stores/bitbar-groups-store';
import { Button, EmptyState, ErrorState, LoadingState, ProgressBar } from '../../ui';
import { DeviceRow } from './DeviceRow';
import { GroupNotice } from './GroupNotice';
import { deviceCount, osWord } from './device-words';
import { VirtualList } from './VirtualList';

const OS_CHOICES: { value: OsFilter; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'ANDROID', label: 'Android' },
  { value: 'IOS', label: 'iOS' },
];

/** The Bitbar catalog: search and OS filter over thousands of devices, in a windowed list. */
export function CatalogPanel({
  group,
  memberIds,
}: {
  group?: BitbarGroup | undefined;
  memberIds?: Set<number>;
}) {
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
    <section className="card catalog" aria-label="Device catalog">
      <div className="card-header">
        <h2>{group ? `Add devices to “${group.name}”` : 'Device catalog'}</h2>
        <span className="subtle" aria-live="polite">
          {catalog.total === null
            ? ''
            : `${deviceCount(catalog.visible.length)} shown of ${catalog.total.toLocaleString()}`}
          {catalog.searching ? ' · searching Bitbar…' : ''}
        </span>
      </div>
      <div className="catalog-controls">
        <input
          className="input"
          type="search"
          placeholder="Search by name, OS version or API level"
          aria-label="Search devices"
          value={catalog.query}
          onChange={(event) => catalog.setQuery(event.target.value)}
        />
        <div className="segmented" role="group" aria-label="Operating system">
          {OS_CHOICES.map((choice) => (
            <button
              key={choice.value}
              type="button"
              aria-pressed={catalog.os === choice.value}
              onClick={() => catalog.setOs(choice.value)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
      {group ? (
        <p className="subtle">
          This group takes {osWord(group.os)} devices. Tick devices, then add them.
        </p>
      ) : null}
      {catalog.loading && catalog.total !== null && loaded < catalog.total ? (
        <div className="stack" style={{ gap: 4 }}>
          <span className="subtle">
            Loading the catalog: {loaded.toLocaleString()} of {catalog.total.toLocaleString()}
          </span>
          <ProgressBar fraction={loaded / catalog.total} label="Loading the device catalog" />
        </div>
      ) : null}
      {catalog.error ? <ErrorState error={catalog.error} onRetry={() => void load()} /> : null}
      {catalog.loading && loaded === 0 ? (
        <LoadingState label="Loading the device catalog…" rows={6} />
      ) : catalog.visible.length === 0 && !catalog.error ? (
        <EmptyState icon="⌕" title={catalog.query ? 'No device matches' : 'No devices'}>
          {catalog.query ? 'Try fewer words, or another OS.' : 'The catalog is empty.'}
        </EmptyState>
      ) : (
        <VirtualList
          items={catalog.visible}
          rowHeight={56}
          height={440}
          label="Devices"
          renderRow={renderRow}
        />
      )}
      {group ? <GroupNotice /> : null}
      {group ? (
        <div className="row catalog-footer">
          <span className="muted">
            {picked.length === 0 ? 'No device ticked' : `${deviceCount(picked.length)} ticked`}
          </span>
          <span className="spacer" />
          <Button onClick={clearPicks} disabled={picked.length === 0}>
            Clear
          </Button>
          <Button
            variant="primary"
            busy={adding}
            disabled={picked.length === 0}
            onClick={() => void addPicked()}
          >
            {picked.length > 0 ? `Add ${deviceCount(picked.length)}` : 'Add devices'}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
