import { useEffect, useRef, useState } from 'react';
import { useBitbarSession } from '../../stores/bitbar-session-store';
import { Button, TextField } from '../../ui';
import { useTranslation } from 'react-i18next';

/**
 * Shown over any view when the Bitbar session ends. Signing in runs the interrupted
 * action again; the page underneath (and anything typed in it) stays as it was.
 */
export function BitbarSignIn() {
  const { t } = useTranslation('bitbarSession');
  const { prompt, busy, error, signIn, cancel } = useBitbarSession();
  const [password, setPassword] = useState('');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (prompt && !dialog.open) dialog.showModal();
    if (!prompt && dialog.open) dialog.close();
  }, [prompt]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="bitbar-signin-title"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void signIn(password).then(() => setPassword(''));
        }}
      >
        <h2 id="bitbar-signin-title">{t('title')}</h2>
        <p className="muted">
          {prompt?.email ? t('endedFor', { email: prompt.email }) : t('ended')}
        </p>
        {/* Lets password managers match the saved Bitbar login. */}
        <input type="email" autoComplete="username" value={prompt?.email ?? ''} readOnly hidden />
        <TextField
          label={t('password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error}
          autoFocus
        />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={cancel}>{t('notNow')}</Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!password}>
            {t('signIn')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
