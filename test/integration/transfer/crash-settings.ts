/** Settings shared by the crashing child and the core that restarts after it. */
export const crashSettings = {
  // Test IO takes its checkable route (storage, then finalize by id) for this build.
  uploads: { testioDirectUploadLimit: 1_000_000 },
};
