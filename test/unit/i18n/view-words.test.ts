import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstallrTester } from '../../../shared/contract/installr';
import { parseEmails } from '../../../shared/domain/emails';
import { applyLanguageChoice } from '../../../renderer/src/i18n';
import { translate as t } from '../../../renderer/src/lib/translate';
import { installsLabel } from '../../../renderer/src/views/apps/build-words';
import { percent, runOutcome, stepWords } from '../../../renderer/src/views/bitbar-runs/run-words';
import {
  creditsWord,
  deviceCount,
  runPrice,
} from '../../../renderer/src/views/devices/device-words';
import {
  invalidEmailsText,
  inviteSummary,
  teamSummary,
  testerStatusText,
} from '../../../renderer/src/views/testers/team-words';
import { bugKind } from '../../../renderer/src/views/testio/bug-kind';
import { testStatus } from '../../../renderer/src/views/testio/testio-labels';

const tester = (stage: InstallrTester['status']['stage']): InstallrTester => ({
  id: 1,
  email: 'a@example.com',
  devices: 0,
  status: { stage, text: '', tone: 'neutral' },
});

describe('the view words in English (the default)', () => {
  it('count with the right plural and the English number format', () => {
    expect(deviceCount(t, 1)).toBe('1 device');
    expect(deviceCount(t, 2000)).toBe('2,000 devices');
    expect(runPrice(t, 0)).toBe('free to run');
    expect(runPrice(t, 1)).toBe('1 credit per run');
    expect(installsLabel(t, 3)).toBe('3 installs');
    expect(teamSummary(t, [tester('installed'), tester('invited'), tester('invited')])).toBe(
      '3 testers · 1 installed · 2 waiting to accept',
    );
  });
});

describe('the view words in German', () => {
  beforeAll(() => applyLanguageChoice('de'));
  afterAll(() => applyLanguageChoice('en'));

  it('count devices, credits and installs for one and for several, with German numbers', () => {
    expect(deviceCount(t, 1)).toBe('1 Gerät');
    expect(deviceCount(t, 2000)).toBe('2.000 Geräte');
    expect(creditsWord(t, 0)).toBe('kostenlos');
    expect(creditsWord(t, 1)).toBe('1 Credit');
    expect(runPrice(t, 4)).toBe('4 Credits pro Lauf');
    expect(installsLabel(t, 0)).toBe('Noch nicht installiert');
    expect(installsLabel(t, 1)).toBe('1 Installation');
    expect(installsLabel(t, 2)).toBe('2 Installationen');
  });

  it('word a run’s outcome, skipped and failed devices apart', () => {
    const skipped = runOutcome(t, 'FINISHED', ['EXCLUDED', 'SUCCEEDED']);
    expect(skipped.badge.label).toBe('Beendet — 1 Gerät übersprungen');
    expect(skipped.summary).toBe(
      'Bestanden auf 1 von 1 gelaufenen Gerät · 1 übersprungen (Gerät nicht verfügbar)',
    );
    const failed = runOutcome(t, 'FINISHED', ['FAILED', 'FAILED', 'SUCCEEDED']);
    expect(failed.badge).toEqual({ label: 'Beendet — 2 Geräte fehlgeschlagen', tone: 'bad' });
    expect(failed.summary).toBe('Bestanden auf 1 von 3 gelaufenen Geräten');
    expect(percent(0.83)).toBe('83\u00a0%');
    expect(stepWords(t, 'DEVICE_RUNNING')).toBe('Tests laufen');
    expect(stepWords(t, 'SOMETHING_NEW')).toBe('something new');
  });

  it('sum up a team and an invite, for one tester and for several', () => {
    expect(teamSummary(t, [tester('installed')])).toBe('1 Tester · 1 installiert');
    expect(teamSummary(t, [tester('invited'), tester('invited')])).toBe(
      '2 Tester · 2 warten auf Annahme',
    );
    expect(testerStatusText(t, tester('awaiting_approval').status)).toBe(
      'Hat Zugriff angefragt — wartet auf Ihre Freigabe',
    );
    const one = inviteSummary(t, {
      mode: 'add',
      invited: [{ id: 1, email: 'a@example.com' }],
      duplicates: ['a@example.com'],
    });
    expect(one).toBe(
      '1 Tester ohne E-Mail hinzugefügt. Schicken Sie den Einladungslink selbst. a@example.com wurde doppelt eingefügt und einmal eingeladen.',
    );
  });

  it('say why an address is wrong, for one and for several', () => {
    expect(invalidEmailsText(t, parseEmails('ana@example').invalid)).toBe(
      '„ana@example“ ist keine E-Mail-Adresse (der Teil nach „@“ braucht einen Punkt, etwa example.com).',
    );
    expect(invalidEmailsText(t, parseEmails('nope, bad@').invalid)).toBe(
      'Das sind keine E-Mail-Adressen: „nope“, „bad@“.',
    );
  });

  it('word Test IO’s values, and one Test IO adds later as it wrote it', () => {
    expect(testStatus(t, 'running')).toEqual({
      label: 'Tester bei der Arbeit',
      detail: 'Bugs kommen an, sobald Tester sie melden.',
      tone: 'info',
    });
    expect(testStatus(t, 'customer_finalized').label).toBe('Customer finalized');
    expect(bugKind(t, 'high')).toEqual({
      kind: 'Funktionsfehler',
      severity: { label: 'Hoch', tone: 'warning' },
    });
  });
});
