import { useEffect } from 'react';
import { useClipboardStore } from '../stores/clipboard-store';
import { Button } from './Button';

export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const copied = useClipboardStore((s) => s.lastCopied === text);
  const copy = useClipboardStore((s) => s.copy);
  const clear = useClipboardStore((s) => s.clear);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => clear(text), 1500);
    return () => clearTimeout(timer);
  }, [copied, clear, text]);
  return (
    <Button size="small" aria-label={`${label}: ${text}`} onClick={() => void copy(text)}>
      {copied ? 'Copied' : label}
    </Button>
  );
}
