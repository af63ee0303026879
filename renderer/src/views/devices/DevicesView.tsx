import { useEffect } from 'react';
import { useBitbarGroups } from '../../stores/bitbar-groups-store';
import { Page } from '../../ui';
import { AccountSwitcher } from '../../app/AccountSwitcher';
import { CatalogPanel } from './CatalogPanel';
import { GroupEditor } from './GroupEditor';
import { GroupNotice } from './GroupNotice';
import { GroupsPanel } from './GroupsPanel';
import './devices.css';
import { useTranslation } from 'react-i18next';

/** Bitbar devices: browse the catalog, build device groups, pick a group for a project. */
export function DevicesView() {
  const { t } = useTranslation('devices');
  const open = useBitbarGroups((s) => s.open);
  const selected = useBitbarGroups((s) => {
    const data = s.groups.data;
    return data
      ? [...data.mine, ...data.project, ...data.public].find((g) => g.id === s.selectedId)
      : undefined;
  });

  useEffect(() => void open(), [open]);

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={<AccountSwitcher service="bitbar" onSwitched={open} />}
    >
      <div className="devices-layout">
        <GroupsPanel />
        <div className="stack devices-main">
          {selected ? (
            <GroupEditor key={selected.id} group={selected} />
          ) : (
            <>
              <GroupNotice />
              <CatalogPanel />
            </>
          )}
        </div>
      </div>
    </Page>
  );
}
