import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  REJECT_REASONS,
  type RejectReason,
  type TestioBug,
} from '../../../../shared/domain/testio';
import { REJECT_REASON_WORDS } from '../../../../shared/domain/testio-words';
import { useTestioBugs } from '../../stores/testio-bugs-store';
import { Button, Select, TextArea } from '../../ui';

const REASON_OPTIONS = REJECT_REASONS.map((value) => ({
  value,
  label: REJECT_REASON_WORDS[value],
}));

/** Rejecting needs a reason and a comment for the tester; both are asked for here. */
export function RejectDialog({ bug, onClose }: { bug: TestioBug; onClose: () => void }) {
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
        <h2 id="reject-title">Reject this bug?</h2>
        <p className="muted">“{bug.title}”. The tester sees your reason and comment.</p>
        <Select label="Reason" value={reason} options={REASON_OPTIONS} onChange={setReason} />
        <TextArea
          label="Comment for the tester"
          rows={3}
          value={comment}
          error={missing ? 'Tell the tester why the bug is rejected' : undefined}
          onChange={(event) => {
            setComment(event.target.value);
            setMissing(false);
          }}
        />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" busy={pending === 'reject'}>
            Reject bug
          </Button>
        </div>
      </form>
    </dialog>
  );
}
