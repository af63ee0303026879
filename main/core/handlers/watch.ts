import type { WatchService } from '../watch/watch-service';
import type { Handlers } from './types';

export function watchHandlers(watch: WatchService): Handlers['watch'] {
  return {
    state: async () => watch.state(),
    addFolder: ({ path }) => watch.addFolder(path),
    removeFolder: ({ path }) => watch.removeFolder(path),
    setAutoDeliver: ({ on }) => watch.setAutoDeliver(on),
    dismiss: ({ id }) => watch.dismiss(id),
  };
}
