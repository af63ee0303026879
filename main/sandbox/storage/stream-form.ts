/**
 * The storage emulators read forms and raw bodies with the framework's one streamed
 * reader and hashed writer; re-exported here so storage code keeps one import place.
 */
export {
  MalformedForm,
  readStreamedForm,
  writeHashed,
  type FileHandling,
  type FormEntry,
  type FormFilePart,
  type StoredFile,
} from '../framework/receive';
