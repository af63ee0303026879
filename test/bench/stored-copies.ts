import type { ServiceId } from '../../shared/domain/services';
import type { Sandbox } from '../../main/sandbox';
import type { ProductScienceEmulator } from '../../main/sandbox/productscience/emulator';
import type { TestioEmulator } from '../../main/sandbox/testio/emulator';

/**
 * How many copies of one build a service holds, read from the emulator's own state: those
 * whose bytes match `sha256` exactly, and those under the build's name whose bytes differ.
 */
export function countStored(
  sandbox: Sandbox,
  service: ServiceId,
  fileName: string,
  sha256: string,
): { exact: number; other: number } {
  const tally = (files: { sha256: string }[]) => ({
    exact: files.filter((f) => f.sha256 === sha256).length,
    other: files.filter((f) => f.sha256 !== sha256).length,
  });
  switch (service) {
    case 'installr':
    case 'bitbar':
      // Every upload the service accepted, in order (a replaced Bitbar file still counts).
      return tally(
        sandbox.services[service]!.emulator.received.filter((f) => f.filename === fileName),
      );
    case 'testio': {
      // A binary app counts once finalized; its bytes are the S3 object under its key.
      const apps = [
        ...(sandbox.services.testio!.emulator as TestioEmulator).state.binaryApps.values(),
      ];
      const objects = sandbox.storage.s3.objects;
      return tally(
        apps
          .filter((a) => a.status === 'new' && a.filename === fileName && a.storageKey)
          .map((a) => ({ sha256: objects.get(a.storageKey!)?.sha256 ?? 'missing' })),
      );
    }
    case 'productscience': {
      const builds = (sandbox.services.productscience!.emulator as ProductScienceEmulator).builds();
      return tally(
        builds
          .filter((b) => b.buildFileName === fileName && b.file)
          .map((b) => ({ sha256: b.file!.sha256 })),
      );
    }
  }
}
