// `npm run sandbox`: every emulator on fixed loopback ports, with the addresses and demo
// credentials printed, so the api-docs' curl examples can be pointed at it.
import { parseArgs } from 'node:util';
import { startSandbox, type SandboxService } from './index';

const { values } = parseArgs({
  options: {
    'random-ports': { type: 'boolean', default: false },
    'base-port': { type: 'string', default: '4010' },
  },
});
const base = Number(values['base-port']);
const order: SandboxService[] = ['installr', 'testio', 'bitbar', 'productscience'];
const ports = values['random-ports']
  ? {}
  : Object.fromEntries(order.map((service, i) => [service, base + i]));

const sandbox = await startSandbox({ ports });
console.log('Dropship sandbox — demo services on 127.0.0.1 (Ctrl+C to stop)\n');
for (const service of order) {
  const handle = sandbox.services[service];
  if (!handle) continue;
  console.log(`${service}`);
  console.log(`  base URL  ${handle.baseUrl}`);
  console.log(`  ${handle.auth === 'apiKey' ? 'API key ' : 'token   '}  ${handle.secret}`);
  for (const note of handle.notes ?? []) console.log(`  ${note}`);
  console.log('');
}
const installr = sandbox.services.installr;
if (installr) {
  console.log('Try:');
  console.log(`  curl -H "X-InstallrAppToken: ${installr.secret}" ${installr.baseUrl}/apps.json\n`);
}

const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
