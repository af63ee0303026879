import { severityWords } from '../../../../shared/domain/testio-words';
import type { Tone } from '../../ui';

/**
 * Test IO's `severity` mixes two things: how bad a functional bug is (low, high,
 * critical) and what kind of report it is (visual, content, custom). People read them
 * apart: the kind as words, the severity as a coloured badge, only where there is one.
 */
export function bugKind(severity: string): {
  kind: string;
  severity?: { label: string; tone: Tone };
} {
  switch (severity.toLowerCase()) {
    case 'low':
    case 'high':
    case 'critical':
      return { kind: 'Functional bug', severity: severityWords(severity) };
    case 'visual':
      return { kind: 'Visual bug' };
    case 'content':
      return { kind: 'Content bug' };
    case 'custom':
      return { kind: 'Custom report' };
    default:
      return { kind: 'Bug', severity: severityWords(severity) };
  }
}
