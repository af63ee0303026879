import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DropshipErrorShape } from '../../../shared/errors';
import { Button } from './Button';
import { errorWords } from './error-words';

export function EmptyState({
  icon = '◌',
  title,
  children,
  action,
}: {
  icon?: string;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state" role="status">
      <span className="state-icon" aria-hidden>
        {icon}
      </span>
      <span className="state-title">{title}</span>
      {children ? <span>{children}</span> : null}
      {action}
    </div>
  );
}

/** Skeleton rows while a list loads; announced once for screen readers. */
export function LoadingState({ label, rows = 3 }: { label?: string; rows?: number }) {
  const { t } = useTranslation('common');
  return (
    <div className="stack" role="status" aria-live="polite" style={{ padding: 16 }}>
      <span className="sr-only">{label ?? t('loading')}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton" style={{ width: `${90 - i * 12}%` }} />
      ))}
    </div>
  );
}

/** A failure in plain words, the service's hint, and a way to try again. */
export function ErrorState({
  error,
  onRetry,
}: {
  error: DropshipErrorShape;
  onRetry?: () => void;
}) {
  const { t } = useTranslation('common');
  const words = errorWords(error);
  return (
    <div className="banner banner-bad" role="alert">
      <span aria-hidden>⚠</span>
      <div className="stack" style={{ gap: 4, flex: 1 }}>
        <strong>{words.headline}</strong>
        {words.hint ? <span className="muted">{words.hint}</span> : null}
      </div>
      {onRetry ? (
        <Button size="small" onClick={onRetry}>
          {t('tryAgain')}
        </Button>
      ) : null}
    </div>
  );
}
