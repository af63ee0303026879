import { useEffect, useState } from 'react';
import type { BitbarNotification } from '../../../../shared/contract/bitbar-projects';
import { useBitbarProjectDetail } from '../../stores/bitbar-project-detail-store';
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  errorText,
  LoadingState,
  Select,
  TextField,
} from '../../ui';
import { useTranslation } from 'react-i18next';

const TYPES: Record<BitbarNotification['type'], string> = {
  ALWAYS: 'bitbarProjects:people.type.ALWAYS',
  ON_FAILURE: 'bitbarProjects:people.type.ON_FAILURE',
};

/** Who the project is shared with, and who gets e-mails about runs. */
export function PeoplePanel({ projectId }: { projectId: number }) {
  const loadPeople = useBitbarProjectDetail((s) => s.loadPeople);
  useEffect(() => void loadPeople(projectId), [projectId, loadPeople]);
  return (
    <div className="stack">
      <Sharing />
      <Notifications projectId={projectId} />
    </div>
  );
}

function Sharing() {
  const { t } = useTranslation('bitbarProjects');
  const { shares, addShare, removeShare, busy, errors, saved } = useBitbarProjectDetail();
  const [email, setEmail] = useState('');
  return (
    <Card title={t('people.sharedWith')}>
      <div className="stack">
        {shares.error ? <ErrorState error={shares.error} /> : null}
        {shares.loading && !shares.data ? <LoadingState rows={2} /> : null}
        {shares.data && shares.data.length === 0 ? (
          <EmptyState icon="☺" title={t('people.onlyYou')}>
            {t('people.onlyYouHint')}
          </EmptyState>
        ) : null}
        {shares.data && shares.data.length > 0 ? (
          <div className="list" role="list" aria-label={t('people.sharedWith')}>
            {shares.data.map((share) => (
              <div role="listitem" key={share.id} className="list-row">
                <span className="spacer">{share.email}</span>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={t('people.stopSharingWith', { email: share.email })}
                  onClick={() => void removeShare(share.id)}
                >
                  {t('people.stopSharing')}
                </Button>
              </div>
            ))}
          </div>
        ) : null}
        <form
          className="row inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void addShare(email).then((ok) => ok && setEmail(''));
          }}
        >
          <TextField
            label={t('people.shareWith')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errors.share?.fields?.email ?? (errors.share && errorText(errors.share))}
          />
          <Button type="submit" busy={busy.share} disabled={!email.trim()}>
            {t('people.share')}
          </Button>
        </form>
        {saved.share ? (
          <span className="subtle" role="status">
            {saved.share}
          </span>
        ) : null}
      </div>
    </Card>
  );
}

function Notifications({ projectId }: { projectId: number }) {
  const {
    notifications,
    addNotification,
    setNotificationType,
    removeNotification,
    busy,
    errors,
    saved,
  } = useBitbarProjectDetail();
  const { t } = useTranslation('bitbarProjects');
  const typeOptions = (Object.keys(TYPES) as BitbarNotification['type'][]).map((value) => ({
    value,
    label: t(TYPES[value]),
  }));
  const [email, setEmail] = useState('');
  const [type, setType] = useState<BitbarNotification['type']>('ON_FAILURE');
  const [scope, setScope] = useState<'project' | 'account'>('project');
  return (
    <Card title={t('people.notifications')}>
      <div className="stack">
        {notifications.error ? <ErrorState error={notifications.error} /> : null}
        {notifications.loading && !notifications.data ? <LoadingState rows={2} /> : null}
        {notifications.data && notifications.data.length === 0 ? (
          <EmptyState icon="✉" title={t('people.nobody')}>
            {t('people.nobodyHint')}
          </EmptyState>
        ) : null}
        {notifications.data && notifications.data.length > 0 ? (
          <div className="list" role="list" aria-label={t('people.notificationsLabel')}>
            {notifications.data.map((n) => (
              <div role="listitem" key={n.id} className="list-row notification-row">
                <span className="stack" style={{ gap: 0, flex: 1, minWidth: 0 }}>
                  <span>{n.email}</span>
                  <span className="subtle">
                    {n.projectId === projectId ? t('people.thisProject') : t('people.everyProject')}
                  </span>
                </span>
                <select
                  className="select notification-type"
                  aria-label={t('people.whenEmail', { email: n.email })}
                  value={n.type}
                  onChange={(e) =>
                    void setNotificationType(n.id, e.target.value as BitbarNotification['type'])
                  }
                >
                  {typeOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={t('people.removeFor', { email: n.email })}
                  onClick={() => void removeNotification(n.id)}
                >
                  {t('people.remove')}
                </Button>
              </div>
            ))}
          </div>
        ) : null}
        <form
          className="stack"
          aria-label={t('people.addLabel')}
          onSubmit={(event) => {
            event.preventDefault();
            void addNotification(email, type, scope).then((ok) => ok && setEmail(''));
          }}
        >
          <div className="grid-3">
            <TextField
              label={t('people.email')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.notification?.fields?.email}
            />
            <Select
              label={t('people.when')}
              value={type}
              options={typeOptions}
              onChange={setType}
            />
            <Select
              label={t('people.for')}
              value={scope}
              options={[
                { value: 'project', label: t('people.thisProject') },
                { value: 'account', label: t('people.everyProject') },
              ]}
              onChange={setScope}
            />
          </div>
          {errors.notification && !errors.notification.fields ? (
            <ErrorState error={errors.notification} />
          ) : null}
          <div className="row">
            <Button type="submit" busy={busy.notification} disabled={!email.trim()}>
              {t('people.add')}
            </Button>
            {saved.notification ? (
              <span className="subtle" role="status">
                {saved.notification}
              </span>
            ) : null}
          </div>
        </form>
      </div>
    </Card>
  );
}
