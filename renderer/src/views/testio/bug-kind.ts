import type { Translate } from '../../lib/translate';
import type { Tone } from '../../ui';
import { severity as severityLabel } from './testio-labels';

/**
 * Test IO's `severity` mixes two things: how bad a functional bug is (low, high,
 * critical) and what kind of report it is (visual, content, custom). People read them
 * apart: the kind as words, the severity as a coloured badge, only where there is one.
 */
export function bugKind(
  t: Translate,
  severity: string,
): {
  kind: string;
  severity?: { label: string; tone: Tone };
} {
  switch (severity.toLowerCase()) {
    case 'low':
    case 'high':
    case 'critical':
      return { kind: t('testio:kind.functional'), severity: severityLabel(t, severity) };
    case 'visual':
      return { kind: t('testio:kind.visual') };
    case 'content':
      return { kind: t('testio:kind.content') };
    case 'custom':
      return { kind: t('testio:kind.custom') };
    default:
      return { kind: t('testio:kind.bug'), severity: severityLabel(t, severity) };
  }
}
