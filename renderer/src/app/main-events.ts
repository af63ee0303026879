import { dropship } from '../lib/dropship';
import { accountsChanged } from '../stores/accounts-store';
import { signInRequired } from '../stores/bitbar-session-store';
import { goTo } from '../stores/navigation-store';
import { jobChanged, loadJobs, progressArrived } from '../stores/upload-jobs-store';
import { digestArrived, openBuild } from '../stores/upload-store';
import { loadWatch } from '../stores/watch-store';

/**
 * Every event main pushes, subscribed once for the whole renderer (main.tsx calls this
 * before the first render), each handed to the store it changes. Views never subscribe.
 * Returns the function that stops listening.
 */
export function listenToMain(): () => void {
  const stops = [
    dropship.on('uploads.job', jobChanged),
    dropship.on('uploads.progress', progressArrived),
    dropship.on('uploads.digest', digestArrived),
    dropship.on('accounts.changed', accountsChanged),
    dropship.on('bitbar.signInRequired', ({ email }) => signInRequired(email)),
    dropship.on('watch.buildFound', () => void loadWatch()),
    dropship.on('watch.folderState', () => void loadWatch()),
    // A build opened from the OS (file association) lands in Upload, as if dropped.
    dropship.on('app.openFile', ({ path, fileName }) => {
      goTo('upload');
      void openBuild(path, fileName);
    }),
  ];
  // Jobs and offered builds outlive any view: read them once events can keep them current.
  void loadJobs();
  void loadWatch();
  return () => stops.forEach((stop) => stop());
}
