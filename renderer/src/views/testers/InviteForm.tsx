import type { FormEvent } from 'react';
import type { InviteMode } from '../../../../shared/contract/installr';
import { useInstallrTeam } from '../../stores/installr-team-store';
import { Button, Card, Choice, ErrorState, TextArea } from '../../ui';
import { emailReason, invalidEmailsText, inviteSummary } from './team-words';
import { useTranslation } from 'react-i18next';

const MODES: Record<InviteMode, { label: string; detail: string }> = {
  notify: {
    label: 'testers:invite.mode.notify.label',
    detail: 'testers:invite.mode.notify.detail',
  },
  add: { label: 'testers:invite.mode.add.label', detail: 'testers:invite.mode.add.detail' },
};

/** Paste addresses, see at once which are wrong, choose how people hear about it. */
export function InviteForm() {
  const { t } = useTranslation('testers');
  const form = useInstallrTeam((state) => state.form);
  const setText = useInstallrTeam((state) => state.setText);
  const finishTyping = useInstallrTeam((state) => state.finishTyping);
  const setMode = useInstallrTeam((state) => state.setMode);
  const invite = useInstallrTeam((state) => state.invite);
  const { feedback } = form;
  const serverFieldError = form.error?.fields?.emails;
  const fieldError = feedback.invalid.length
    ? invalidEmailsText(t, feedback.invalid)
    : serverFieldError;
  const count = feedback.ready.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void invite();
  };

  return (
    <Card title={t('invite.title')}>
      <form className="stack" onSubmit={submit} noValidate>
        <TextArea
          label={t('invite.emails')}
          rows={5}
          placeholder={t('invite.placeholder')}
          value={form.text}
          onChange={(event) => setText(event.target.value)}
          onBlur={finishTyping}
          error={fieldError}
          hint={t('invite.hint')}
        />
        {feedback.invalid.length > 1 ? (
          <ul className="installr-issues" aria-label={t('invite.toFix')}>
            {feedback.invalid.map((entry) => (
              <li key={entry.value}>
                {t('invalid.quoted', { value: entry.value })}: {emailReason(t, entry)}
              </li>
            ))}
          </ul>
        ) : null}
        {count > 0 || feedback.duplicates.length > 0 ? (
          <p className="subtle" style={{ margin: 0 }} aria-live="polite">
            {t('invite.ready', { count })}
            {feedback.duplicates.length > 0
              ? ` · ${t('invite.duplicates', { emails: feedback.duplicates.join(', ') })}`
              : ''}
          </p>
        ) : null}
        <fieldset className="installr-choices">
          <legend>{t('invite.how')}</legend>
          {(Object.keys(MODES) as InviteMode[]).map((mode) => (
            <Choice
              key={mode}
              type="radio"
              name="invite-mode"
              value={mode}
              checked={form.mode === mode}
              onChange={() => setMode(mode)}
            >
              <span className="stack" style={{ gap: 0 }}>
                <span>{t(MODES[mode].label)}</span>
                <span className="subtle">{t(MODES[mode].detail)}</span>
              </span>
            </Choice>
          ))}
        </fieldset>
        {form.error && !serverFieldError ? <ErrorState error={form.error} /> : null}
        {form.result ? (
          <div className="banner banner-good" role="status">
            {inviteSummary(t, form.result)}
          </div>
        ) : null}
        <div className="row">
          <Button type="submit" variant="primary" busy={form.sending}>
            {count > 0 && !fieldError ? t('invite.inviteCount', { count }) : t('invite.invite')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
