import type { FormEvent } from 'react';
import type { InviteMode } from '../../../../shared/contract/installr';
import { describeInvalidEmails } from '../../../../shared/domain/emails';
import { useInstallrTeam } from '../../stores/installr-team-store';
import { Button, Card, Choice, ErrorState, TextArea } from '../../ui';
import { inviteSummary } from './team-words';

const MODES: { value: InviteMode; label: string; detail: string }[] = [
  {
    value: 'notify',
    label: 'Notify them by email',
    detail: 'Installr emails each person an invitation to install the build.',
  },
  {
    value: 'add',
    label: 'Add silently',
    detail: 'They get access without an email; send them their invite link yourself.',
  },
];

/** Paste addresses, see at once which are wrong, choose how people hear about it. */
export function InviteForm() {
  const form = useInstallrTeam((state) => state.form);
  const setText = useInstallrTeam((state) => state.setText);
  const finishTyping = useInstallrTeam((state) => state.finishTyping);
  const setMode = useInstallrTeam((state) => state.setMode);
  const invite = useInstallrTeam((state) => state.invite);
  const { feedback } = form;
  const serverFieldError = form.error?.fields?.emails;
  const fieldError = feedback.invalid.length
    ? describeInvalidEmails(feedback.invalid)
    : serverFieldError;
  const count = feedback.ready.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void invite();
  };

  return (
    <Card title="Invite testers">
      <form className="stack" onSubmit={submit} noValidate>
        <TextArea
          label="Email addresses"
          rows={5}
          placeholder={'ana@example.com, ben@example.com'}
          value={form.text}
          onChange={(event) => setText(event.target.value)}
          onBlur={finishTyping}
          error={fieldError}
          hint="Separate them with commas, spaces or new lines."
        />
        {feedback.invalid.length > 1 ? (
          <ul className="installr-issues" aria-label="Addresses to fix">
            {feedback.invalid.map((entry) => (
              <li key={entry.value}>
                “{entry.value}”: {entry.reason}
              </li>
            ))}
          </ul>
        ) : null}
        {count > 0 || feedback.duplicates.length > 0 ? (
          <p className="subtle" style={{ margin: 0 }} aria-live="polite">
            {count} address{count === 1 ? '' : 'es'} ready
            {feedback.duplicates.length > 0
              ? ` · pasted twice, sent once: ${feedback.duplicates.join(', ')}`
              : ''}
          </p>
        ) : null}
        <fieldset className="installr-choices">
          <legend>How should they hear about it?</legend>
          {MODES.map((mode) => (
            <Choice
              key={mode.value}
              type="radio"
              name="invite-mode"
              value={mode.value}
              checked={form.mode === mode.value}
              onChange={() => setMode(mode.value)}
            >
              <span className="stack" style={{ gap: 0 }}>
                <span>{mode.label}</span>
                <span className="subtle">{mode.detail}</span>
              </span>
            </Choice>
          ))}
        </fieldset>
        {form.error && !serverFieldError ? <ErrorState error={form.error} /> : null}
        {form.result ? (
          <div className="banner banner-good" role="status">
            {inviteSummary(form.result)}
          </div>
        ) : null}
        <div className="row">
          <Button type="submit" variant="primary" busy={form.sending}>
            {count > 0 && !fieldError
              ? `Invite ${count} tester${count === 1 ? '' : 's'}`
              : 'Invite'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
