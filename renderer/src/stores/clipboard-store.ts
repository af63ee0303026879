import { create } from 'zustand';
import { dropship } from '../lib/dropship';

interface ClipboardState {
  /** The text last copied, so every Copy button showing it can say "Copied". */
  lastCopied?: string;
  /** Copies through main (the page has no clipboard permission); resolves with success. */
  copy: (text: string) => Promise<boolean>;
  /** Forgets the last copy (the "Copied" label times out). */
  clear: (text: string) => void;
}

export const useClipboardStore = create<ClipboardState>((set, get) => ({
  copy: async (text) => {
    try {
      await dropship.system.copyText({ text });
      set({ lastCopied: text });
      return true;
    } catch {
      set({ lastCopied: undefined });
      return false;
    }
  },
  clear: (text) => {
    if (get().lastCopied === text) set({ lastCopied: undefined });
  },
}));
