// Moved to test/fixtures/encode/pad-zip.ts; this re-export keeps test/bench and older
// imports working until they import from there.
export { writePaddedZip } from '../fixtures/encode/pad-zip';
