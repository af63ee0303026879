import { useEffect, useState } from 'react';
import type { BitbarNotification } from '../../../../shared/contract/bitbar-projects';
import { useBitbarProjectDetail } from '../../stores/bitbar-project-detail-store';
import { Button, Card, EmptyState, ErrorState, LoadingState, Select, TextField } from '../../ui';

const TYPES: { value: BitbarNotification['type']; label: string }[] = [
  { value: 'ALWAYS', label: 'After every run' },
  { value: 'ON_FAILURE', label: 'Only when a run fails' },
];

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
  const { shares, addShare, removeShare, busy, errors, saved } = useBitbarProjectDetail();
  const [email, setEmail] = useState('');
  return (
    <Card title="Shared with">
      <div className="stack">
        {shares.error ? <ErrorState error={shares.error} /> : null}
        {shares.loading && !shares.data ? <LoadingState rows={2} /> : null}
        {shares.data && shares.data.length === 0 ? (
          <EmptyState icon="☺" title="Only you">
            Share the project with another Bitbar user by e-mail.
          </EmptyState>
        ) : null}
        {shares.data && shares.data.length > 0 ? (
          <div className="list" role="list" aria-label="Shared with">
            {shares.data.map((share) => (
              <div role="listitem" key={share.id} className="list-row">
                <span className="spacer">{share.email}</span>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={`Stop sharing with ${share.email}`}
                  onClick={() => void removeShare(share.id)}
                >
                  Stop sharing
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
            label="Share with (e-mail)"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errors.share?.fields?.email ?? errors.share?.message}
          />
          <Button type="submit" busy={busy.share} disabled={!email.trim()}>
            Share
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
  const [email, setEmail] = useState('');
  const [type, setType] = useState<BitbarNotification['type']>('ON_FAILURE');
  const [scope, setScope] = useState<'project' | 'account'>('project');
  return (
    <Card title="E-mail notifications">
      <div className="stack">
        {notifications.error ? <ErrorState error={notifications.error} /> : null}
        {notifications.loading && !notifications.data ? <LoadingState rows={2} /> : null}
        {notifications.data && notifications.data.length === 0 ? (
          <EmptyState icon="✉" title="Nobody is notified">
            Add an address to hear about runs.
          </EmptyState>
        ) : null}
        {notifications.data && notifications.data.length > 0 ? (
          <div className="list" role="list" aria-label="Notifications">
            {notifications.data.map((n) => (
              <div role="listitem" key={n.id} className="list-row notification-row">
                <span className="stack" style={{ gap: 0, flex: 1, minWidth: 0 }}>
                  <span>{n.email}</span>
                  <span className="subtle">
                    {n.projectId === projectId ? 'This project' : 'Every project'}
                  </span>
                </span>
                <select
                  className="select notification-type"
                  aria-label={`When ${n.email} gets an e-mail`}
                  value={n.type}
                  onChange={(e) =>
                    void setNotificationType(n.id, e.target.value as BitbarNotification['type'])
                  }
                >
                  {TYPES.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </select>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={`Remove notification for ${n.email}`}
                  onClick={() => void removeNotification(n.id)}
                >
                  Remove
                </Button>
              </div>
            ))}
          </div>
        ) : null}
        <form
          className="stack"
          aria-label="Add a notification"
          onSubmit={(event) => {
            event.preventDefault();
            void addNotification(email, type, scope).then((ok) => ok && setEmail(''));
          }}
        >
          <div className="grid-3">
            <TextField
              label="E-mail"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.notification?.fields?.email}
            />
            <Select label="When" value={type} options={TYPES} onChange={setType} />
            <Select
              label="For"
              value={scope}
              options={[
                { value: 'project', label: 'This project' },
                { value: 'account', label: 'Every project' },
              ]}
              onChange={setScope}
            />
          </div>
          {errors.notification && !errors.notification.fields ? (
            <ErrorState error={errors.notification} />
          ) : null}
          <div className="row">
            <Button type="submit" busy={busy.notification} disabled={!email.trim()}>
              Add notification
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
