/**
 * A determinate bar when the fraction is known, an indeterminate one when not
 * (e.g. waiting for the service to answer after the last byte was sent).
 */
export function ProgressBar({
  fraction,
  label,
  tone,
}: {
  fraction?: number | undefined;
  label: string;
  tone?: 'good' | 'bad';
}) {
  const known = fraction !== undefined && Number.isFinite(fraction);
  const percent = known ? Math.round(Math.min(Math.max(fraction, 0), 1) * 1000) / 10 : undefined;
  return (
    <div
      className={`progress${known ? '' : ' progress-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div
        className="progress-fill"
        data-tone={tone}
        style={known ? { width: `${percent}%` } : undefined}
      />
    </div>
  );
}
