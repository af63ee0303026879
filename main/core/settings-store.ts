import { SettingsSchema, type Settings } from '../../shared/settings';

/** Where settings persist: electron-store in the app, memory in tests and the CLI. */
export interface SettingsStore {
  read(): Settings;
  write(next: Settings): void;
}

export class MemorySettingsStore implements SettingsStore {
  #settings: Settings;
  constructor(initial: unknown = {}) {
    this.#settings = SettingsSchema.parse(initial);
  }
  read(): Settings {
    return structuredClone(this.#settings);
  }
  write(next: Settings): void {
    this.#settings = SettingsSchema.parse(next);
  }
}

export function updateSettings(store: SettingsStore, change: (draft: Settings) => void): Settings {
  const draft = store.read();
  change(draft);
  store.write(draft);
  return store.read();
}
