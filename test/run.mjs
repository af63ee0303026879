// The test command (`npm test`, called by .ci/run): installs what the tests need, runs the
// formatter check, linter, type checker, vitest and Playwright, then prints the one line
// CI counts — "N passed, N failed, N skipped" — from their JSON reports, and whether the
// conformance suite (test/conformance, real-world builds) ran or was skipped and why.
// Exits non-zero on any failure; skipped tests are not failures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureNodeModules } from '../main/dev/ensure-deps.mjs';

ensureNodeModules();
ensureChromium();
rmSync('.reports', { recursive: true, force: true });
mkdirSync('.reports', { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const checks = [
  { name: 'format', command: ['npx', 'prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'lint', command: ['npx', 'eslint', '--max-warnings', '0', '.'] },
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
];
const suites = [
  {
    name: 'unit',
    command: ['npx', 'vitest', 'run'],
    report: '.reports/vitest.json',
    count: vitestCounts,
  },
  {
    name: 'e2e',
    command: ['npx', 'playwright', 'test'],
    report: '.reports/e2e.json',
    count: playwrightCounts,
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];
const notes = [];
const wanted = (name) => only.length === 0 || only.includes(name);

for (const check of checks.filter((c) => wanted(c.name))) {
  const ok = run(check);
  if (ok) passed++;
  else failed++;
  summary.push(`${check.name}: ${ok ? 'ok' : 'FAILED'}`);
}
for (const suite of suites.filter((s) => wanted(s.name))) {
  const ok = run(suite);
  const counts = existsSync(suite.report)
    ? suite.count(JSON.parse(readFileSync(suite.report, 'utf8')))
    : undefined;
  if (!counts) {
    failed++;
    summary.push(`${suite.name}: no report (the runner crashed)`);
    continue;
  }
  passed += counts.passed;
  skipped += counts.skipped;
  // A runner that failed without a failing test (e.g. a suite that did not load) still fails.
  failed += counts.failed + (ok || counts.failed > 0 ? 0 : 1);
  summary.push(
    `${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  notes.push(...(counts.notes ?? []));
}

console.log(`\n${[...summary, ...notes].join('\n')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

function run({ name, command }) {
  console.log(`\n▶ ${name}: ${command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  console.log(
    `◀ ${name}: ${result.status === 0 ? 'ok' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

function vitestCounts(report) {
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    notes: [conformanceNote(report)],
  };
}

/** Whether test/conformance ran; when skipped, its describe titles carry the reason. */
function conformanceNote(report) {
  const results = (report.testResults ?? [])
    .filter((file) => /[\\/]test[\\/]conformance[\\/]/.test(file.name ?? ''))
    .flatMap((file) => file.assertionResults ?? []);
  const ran = results.filter((r) => r.status === 'passed' || r.status === 'failed');
  if (results.length === 0) return 'conformance suite: not run (no test/conformance results)';
  if (ran.length === 0) {
    const title = results[0].ancestorTitles?.[0] ?? '';
    const reason = title.includes(' — ') ? title.slice(title.indexOf(' — ') + 3) : 'skipped';
    return `conformance suite: ${results.length} tests ${reason}`;
  }
  const failedCount = ran.filter((r) => r.status === 'failed').length;
  return `conformance suite: ran on the real-world builds, ${ran.length - failedCount} passed, ${failedCount} failed`;
}

function playwrightCounts(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}
