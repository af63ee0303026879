import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClipboardStore } from '../stores/clipboard-store';
import { Button } from './Button';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation('common');
  const name = label ?? t('copy');
  const copied = useClipboardStore((s) => s.lastCopied === text);
  const copy = useClipboardStore((s) => s.copy);
  const clear = useClipboardStore((s) => s.clear);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => clear(text), 1500);
    return () => clearTimeout(timer);
  }, [copied, clear, text]);
  return (
    <Button size="small" aria-label={`${name}: ${text}`} onClick={() => void copy(text)}>
      {copied ? t('copied') : name}
    </Button>
  );
}
