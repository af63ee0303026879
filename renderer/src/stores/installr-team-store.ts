import { create } from 'zustand';
import type {
  BuildRef,
  InstallrTeam,
  InviteMode,
  InviteResult,
} from '../../../shared/contract/installr';
import { parseEmails, type InvalidEmail } from '../../../shared/domain/emails';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { translate as t } from '../lib/translate';
import { track, type Loadable } from './async-state';

/** What the invite form shows while the person types. */
export interface InviteFeedback {
  ready: string[];
  invalid: InvalidEmail[];
  duplicates: string[];
}

/**
 * The shared parser, minus the address still being typed: "ana@exa" is not an error
 * yet while the cursor is on it. Once a separator follows it, or the person leaves the
 * field or presses Invite (`final`), it counts.
 */
export function inviteFeedback(text: string, final: boolean): InviteFeedback {
  const parsed = parseEmails(text);
  const typing = !final && !/[\s,;]$/.test(text);
  const last = text
    .split(/[\s,;]+/)
    .pop()
    ?.replace(/^[<"']+|[>"']+$/g, '');
  const invalid = typing ? parsed.invalid.filter((entry) => entry.value !== last) : parsed.invalid;
  return { ready: parsed.valid, invalid, duplicates: parsed.duplicates };
}

interface InviteForm {
  text: string;
  mode: InviteMode;
  /** The person left the field or tried to send: report every problem. */
  final: boolean;
  feedback: InviteFeedback;
  sending: boolean;
  result?: InviteResult;
  error?: DropshipErrorShape;
}

interface InstallrTeamState {
  appId?: number;
  build: BuildRef;
  team: Loadable<InstallrTeam>;
  form: InviteForm;
  /** Picks the build whose team to show; the Testers view loads it. */
  choose: (appId: number, build: BuildRef) => void;
  loadTeam: () => Promise<void>;
  setText: (text: string) => void;
  finishTyping: () => void;
  setMode: (mode: InviteMode) => void;
  invite: () => Promise<boolean>;
  /** Someone who asked for access, by email: the one being given access now. */
  approving?: string;
  approveError?: DropshipErrorShape & { email: string };
  /**
   * Gives a person who asked for access what they asked for. Installr has no approval
   * call; inviting them to the build does it (the API gives invited testers access) and
   * emails them the install link.
   */
  approve: (email: string) => Promise<void>;
}

const emptyForm = (mode: InviteMode = 'notify'): InviteForm => ({
  text: '',
  mode,
  final: false,
  feedback: { ready: [], invalid: [], duplicates: [] },
  sending: false,
});

export const useInstallrTeam = create<InstallrTeamState>((set, get) => {
  const patchForm = (changes: Partial<InviteForm>) => set({ form: { ...get().form, ...changes } });

  return {
    build: 'latest',
    team: { loading: false },
    form: emptyForm(),
    choose: (appId, build) => {
      if (get().appId === appId && get().build === build) return;
      set({
        appId,
        build,
        team: { loading: false },
        form: emptyForm(get().form.mode),
        approving: undefined,
        approveError: undefined,
      });
    },
    loadTeam: async () => {
      const { appId, build } = get();
      if (appId === undefined) return;
      await track(
        { read: () => get().team, write: (team) => set({ team }) },
        () => dropship.installr.getTeam({ appId, build }),
        // The person may have picked another build meanwhile; keep only the current answer.
        { isCurrent: () => get().appId === appId && get().build === build },
      );
    },
    approve: async (email) => {
      const { appId, build } = get();
      if (appId === undefined || get().approving) return;
      const approving = await track(
        {
          read: () => ({ loading: get().approving === email }),
          write: ({ loading, error }) =>
            set({
              approving: loading ? email : undefined,
              approveError: error ? { ...error, email } : undefined,
            }),
        },
        () => dropship.installr.inviteTesters({ appId, build, emails: email, mode: 'notify' }),
      );
      if (approving.ok) await get().loadTeam();
    },
    setText: (text) =>
      patchForm({
        text,
        feedback: inviteFeedback(text, get().form.final),
        error: undefined,
        result: undefined,
      }),
    finishTyping: () => {
      const { text } = get().form;
      patchForm({ final: text.trim() !== '', feedback: inviteFeedback(text, true) });
    },
    setMode: (mode) => patchForm({ mode }),
    invite: async () => {
      const { appId, build, form } = get();
      const feedback = inviteFeedback(form.text, true);
      patchForm({ final: true, feedback, result: undefined, error: undefined });
      if (feedback.invalid.length === 0 && feedback.ready.length === 0) {
        const message = t('testers:invite.noEmails');
        patchForm({
          error: { code: 'invalid_input', retryable: false, message, fields: { emails: message } },
        });
        return false;
      }
      if (appId === undefined || feedback.invalid.length > 0) return false;
      const sent = await track(
        {
          read: () => ({ loading: get().form.sending, error: get().form.error }),
          write: ({ loading, error }) => patchForm({ sending: loading, error }),
        },
        () => dropship.installr.inviteTesters({ appId, build, emails: form.text, mode: form.mode }),
      );
      if (!sent.ok) return false;
      set({ form: { ...emptyForm(form.mode), result: sent.value } });
      await get().loadTeam();
      return true;
    },
  };
});
