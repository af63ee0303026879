import { dropship } from '../lib/dropship';
import { useNavigation } from '../stores/navigation-store';
import { useUpload } from '../stores/upload-store';

/** A build opened from the OS (file association) lands in the Upload view, as if dropped. */
export function listenForOpenedFiles(): () => void {
  return dropship.on('app.openFile', ({ path, fileName }) => {
    useNavigation.getState().go('upload');
    void useUpload.getState().openPath(path, fileName);
  });
}
