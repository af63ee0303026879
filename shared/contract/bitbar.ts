import { bitbarDeviceChannels } from './bitbar-devices';
import { bitbarProjectChannels } from './bitbar-projects';
import { bitbarRunChannels } from './bitbar-runs';
import { bitbarSessionChannels } from './bitbar-session';
import { mergeDisjoint } from './merge';

/** Every Bitbar channel, one namespace (`window.dropship.bitbar.*`), declared per area. */
export const bitbarChannels = mergeDisjoint(
  bitbarSessionChannels,
  bitbarDeviceChannels,
  bitbarProjectChannels,
  bitbarRunChannels,
);

export { bitbarEvents } from './bitbar-session';
