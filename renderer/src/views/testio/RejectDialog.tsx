import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  REJECT_REASONS,
  type RejectReason,
  type TestioBug,
} from '../../../../shared/domain/testio';
import { useTestioBugs } from '../../stores/testio-bugs-store';
import { Button, Select, TextArea } from '../../ui';
import { rejectReason } from './testio-labels';
import { useTranslation } from 'react-i18next';

/** Rejecting needs a reason and a comment for the tester; both are asked for here. */
export function RejectDialog({ bug, onClose }: { bug: TestioBug; onClose: () => void }) {
  const { t } = useTranslation('testio');
  const ref = useRef<HTMLDialogElement>(null);
  const reject = useTestioBugs((state) => state.reject);
  const pending = useTestioBugs((state) => state.activity[bug.id]?.pending);
  const [reason, setReason] = useState<RejectReason>('not_reproducible');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) return setMissing(true);
    onClose();
    await reject(bug, reason, comment);
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="reject-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <h2 id="reject-title">{t('reject.title')}</h2>
        <p className="muted">{t('reject.intro', { title: bug.title })}</p>
        <Select
          label={t('reject.reason')}
          value={reason}
          options={REJECT_REASONS.map((value) => ({ value, label: rejectReason(t, value) }))}
          onChange={setReason}
        />
        <TextArea
          label={t('reject.comment')}
          rows={3}
          value={comment}
          error={missing ? t('reject.commentMissing') : undefined}
          onChange={(event) => {
            setComment(event.target.value);
            setMissing(false);
          }}
        />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant="danger" busy={pending === 'reject'}>
            {t('reject.button')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
