export { Button } from './Button';
export { TextField, TextArea, Select, FieldFrame } from './TextField';
export { EmptyState, LoadingState, ErrorState } from './states';
export { Badge, type Tone } from './Badge';
export { ProgressBar } from './ProgressBar';
export { CopyButton } from './CopyButton';
export { Page, Card } from './Page';
export { ConfirmDialog } from './ConfirmDialog';
export * from './format';
