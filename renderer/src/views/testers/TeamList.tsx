import type { InstallrTester } from '../../../../shared/contract/installr';
import { useInstallrTeam } from '../../stores/installr-team-store';
import { Badge, Button, Card, CopyButton, EmptyState, ErrorState, LoadingState } from '../../ui';
import { teamSummary, testerStatusText } from './team-words';
import { useTranslation } from 'react-i18next';

/** The build's team: each tester's progress in plain words, and their invite link. */
export function TeamList() {
  const { t } = useTranslation('testers');
  const team = useInstallrTeam((state) => state.team);
  const loadTeam = useInstallrTeam((state) => state.loadTeam);
  const justInvited = useInstallrTeam((state) => state.form.result?.invited);
  const data = team.data;

  let body;
  if (team.error) body = <ErrorState error={team.error} onRetry={() => void loadTeam()} />;
  else if (!data) body = <LoadingState label={t('team.loading')} />;
  else if (data.testers.length === 0 && data.pending.length === 0) {
    body = (
      <EmptyState icon="☺" title={t('team.nobody')}>
        {t('team.nobodyHint')}
      </EmptyState>
    );
  } else {
    const fresh = new Set(justInvited?.map((t) => t.email.toLowerCase()));
    body = (
      <div className="stack">
        <p className="muted" style={{ margin: 0 }}>
          {teamSummary(t, data.testers)}
        </p>
        <ul className="list installr-plain-list" aria-label={t('team.testers')}>
          {data.testers.map((tester) => (
            <TesterRow
              key={tester.id}
              tester={tester}
              fresh={fresh.has(tester.email.toLowerCase())}
            />
          ))}
        </ul>
        {data.pending.length > 0 ? (
          <>
            <h3>{t('team.asked')}</h3>
            <p className="subtle" style={{ margin: 0 }}>
              {t('team.askedHint')}
            </p>
            <ul className="list installr-plain-list" aria-label={t('team.asked')}>
              {data.pending.map((tester) => (
                <TesterRow key={tester.id} tester={tester} fresh={false} pending />
              ))}
            </ul>
          </>
        ) : null}
      </div>
    );
  }
  return <Card title={t('team.title')}>{body}</Card>;
}

function TesterRow({
  tester,
  fresh,
  pending = false,
}: {
  tester: InstallrTester;
  fresh: boolean;
  pending?: boolean;
}) {
  const { t } = useTranslation('testers');
  const { status } = tester;
  const approve = useInstallrTeam((state) => state.approve);
  const approving = useInstallrTeam((state) => state.approving);
  const approveError = useInstallrTeam((state) =>
    state.approveError?.email === tester.email ? state.approveError : undefined,
  );
  return (
    <li className="list-row" aria-label={tester.email}>
      <div className="stack" style={{ gap: 4, flex: 1, minWidth: 0 }}>
        <div className="row" style={{ gap: 8 }}>
          <strong className="installr-ellipsis">{tester.email}</strong>
          {fresh ? <Badge tone="info">{t('team.justInvited')}</Badge> : null}
        </div>
        <div className="row" style={{ gap: 8 }}>
          <Badge
            tone={status.tone}
            title={status.serviceLabel && `Installr: ${status.serviceLabel}`}
          >
            {testerStatusText(t, status)}
          </Badge>
          {tester.devices > 0 ? (
            <span className="subtle">{t('team.devices', { count: tester.devices })}</span>
          ) : null}
        </div>
        {approveError ? <ErrorState error={approveError} /> : null}
      </div>
      {pending ? (
        <Button
          size="small"
          variant="primary"
          busy={approving === tester.email}
          disabled={approving !== undefined && approving !== tester.email}
          aria-label={t('team.giveAccessTo', { email: tester.email })}
          onClick={() => void approve(tester.email)}
        >
          {t('team.giveAccess')}
        </Button>
      ) : null}
      {tester.inviteLink ? (
        <CopyButton text={tester.inviteLink} label={t('team.copyLink')} />
      ) : null}
    </li>
  );
}
