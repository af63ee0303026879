import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Choice, ErrorState, formatList } from '../../ui';
import { isUnreadableBuild, useUpload } from '../../stores/upload-store';
import { SERVICE_IDS, SERVICE_NAMES, type ServiceId } from '../../../../shared/domain/services';
import { InstallrOptions } from './InstallrOptions';
import { BitbarOptions } from './BitbarOptions';
import { ProductScienceOptions } from './ProductScienceOptions';
import { TestioOptions } from './TestioOptions';
import { focusAfterSend } from './focus-after-send';
import { deliveredTo, isHeldAsDelivered } from '../../stores/build-history';
import { useHistory } from '../../stores/history-store';
import { alreadyWords } from './diff-words';
import { resultLabel } from './result-words';
import { refusalWords } from './refusal-words';
import { AccountPicker } from './AccountPicker';

const OPTIONS: Record<ServiceId, () => ReactNode> = {
  installr: () => <InstallrOptions />,
  testio: () => <TestioOptions />,
  bitbar: () => <BitbarOptions />,
  productscience: () => <ProductScienceOptions />,
};

/** One card per service: tick it to send there, and its options appear below. */
export function ServiceChoices() {
  const { t } = useTranslation('upload');
  const file = useUpload((s) => s.file);
  const forms = useUpload((s) => s.forms);
  const selected = useUpload((s) => s.selected);
  const toggle = useUpload((s) => s.toggle);
  const send = useUpload((s) => s.send);
  const sending = useUpload((s) => s.sending);
  const sendError = useUpload((s) => s.sendError);
  const sentTo = useUpload((s) => s.sentTo);
  const sendMore = useUpload((s) => s.sendMore);
  const reset = useUpload((s) => s.reset);
  const sendUnreadable = useUpload((s) => s.sendUnreadable);
  const history = useUpload((s) => s.history);
  const sendAgain = useUpload((s) => s.sendAgain);
  const sendAgainAnyway = useUpload((s) => s.sendAgainAnyway);
  const openLink = useHistory((s) => s.openLink);
  if (!file) return null;
  const held = isUnreadableBuild(file) && !sendUnreadable;
  if (sentTo.length > 0) {
    return (
      <section className="card row sent-card" aria-label={t('choices.label')} data-send-choices>
        <span>
          {t('choices.sent', { services: formatList(sentTo.map((s) => SERVICE_NAMES[s])) })}
        </span>
        <span className="spacer" />
        <Button size="small" onClick={sendMore}>
          {t('choices.sendMore')}
        </Button>
        <Button size="small" variant="primary" onClick={reset}>
          {t('choices.dropAnother')}
        </Button>
      </section>
    );
  }
  const verdict = (service: ServiceId) => file.services.find((s) => s.service === service);
  return (
    <section className="stack" aria-label={t('choices.label')} data-send-choices>
      <h2 className="section-title">{t('choices.title')}</h2>
      <div className="service-grid">
        {SERVICE_IDS.map((service) => {
          const v = verdict(service);
          const on = selected.includes(service);
          const account = forms[service].account;
          const earlier = deliveredTo(history, service, account);
          const heldAsDelivered = isHeldAsDelivered(history, sendAgain, service, account);
          return (
            <div
              key={service}
              className="card service-card"
              role="group"
              aria-label={SERVICE_NAMES[service]}
              data-selected={on || undefined}
              data-delivered={earlier ? true : undefined}
            >
              <Choice
                type="checkbox"
                checked={on}
                disabled={!v?.accepted || held || heldAsDelivered}
                onChange={(event) => toggle(service, event.target.checked)}
              >
                <span className="stack" style={{ gap: 2 }}>
                  <strong>{SERVICE_NAMES[service]}</strong>
                  {v?.accepted ? null : (
                    <span className="subtle">
                      {refusalWords(service, file.fileName, file.size) ?? v?.reason}
                    </span>
                  )}
                  {v?.accepted && held ? (
                    <span className="subtle">{t('choices.heldBack')}</span>
                  ) : null}
                  {earlier ? (
                    <span className="already-delivered">
                      {t(heldAsDelivered ? 'choices.notAgain' : 'choices.sendingAgain', {
                        already: alreadyWords(service, earlier),
                      })}
                    </span>
                  ) : null}
                </span>
              </Choice>
              {earlier ? (
                <div className="row already-actions">
                  {heldAsDelivered && v?.accepted && !held ? (
                    <Button
                      size="small"
                      onClick={() => sendAgainAnyway(service)}
                      aria-label={t('choices.sendAgainAnywayTo', {
                        service: SERVICE_NAMES[service],
                      })}
                    >
                      {t('choices.sendAgainAnyway')}
                    </Button>
                  ) : null}
                  {earlier.links.map((link) => (
                    <Button
                      key={link.url}
                      size="small"
                      variant="ghost"
                      onClick={() => openLink(link.url)}
                    >
                      {resultLabel(link.label)} ↗
                    </Button>
                  ))}
                </div>
              ) : null}
              {on ? (
                <div className="service-options">
                  <AccountPicker service={service} />
                  {OPTIONS[service]()}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      {sendError ? <ErrorState error={sendError} /> : null}
      <div className="row">
        <Button
          variant="primary"
          busy={sending}
          disabled={selected.length === 0}
          onClick={() => void send().then((dropId) => focusAfterSend(dropId !== undefined, dropId))}
        >
          {selected.length === 0
            ? t('choices.chooseWhere')
            : selected.length === 1
              ? t('choices.sendToOne', { service: SERVICE_NAMES[selected[0]!] })
              : t('choices.sendToMany', { count: selected.length })}
        </Button>
      </div>
    </section>
  );
}
