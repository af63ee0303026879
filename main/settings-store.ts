import Store from 'electron-store';
import { SettingsSchema, type Settings } from '../shared/settings';
import type { SettingsStore } from './core/settings-store';

/** Settings on disk (electron-store), always read back through the zod schema. */
export class ElectronSettingsStore implements SettingsStore {
  readonly #store = new Store<{ settings: unknown }>({ name: 'settings' });

  read(): Settings {
    const parsed = SettingsSchema.safeParse(this.#store.get('settings') ?? {});
    // A file from a newer or broken version must not stop the app: start from defaults.
    return parsed.success ? parsed.data : SettingsSchema.parse({});
  }

  write(next: Settings): void {
    this.#store.set('settings', SettingsSchema.parse(next));
  }
}
