import { pick, seededRandom } from '../framework/random';
import type {
  BugRecord,
  BugStory,
  PlannedReport,
  Severity,
  TestRecord,
  TestioWorkspace,
} from './workspace';

/**
 * Simulated progress: a test is pending until its start, running for its duration (at the
 * workspace's pace), then completed. While it runs, testers report the bugs planned for
 * it at creation. Nothing ticks in the background: every request first catches the
 * workspace up with the clock, so a stopped emulator leaves no timers behind.
 */

export type TestStatus = 'pending' | 'running' | 'completed' | 'cancelled';

export function testStatus(test: TestRecord, now: number): TestStatus {
  if (test.cancelled) return 'cancelled';
  if (now < test.starts_at) return 'pending';
  return now < test.ends_at ? 'running' : 'completed';
}

/** Files every report whose moment has come; call before answering any request. */
export function catchUp(workspace: TestioWorkspace): void {
  const now = workspace.now();
  for (const test of workspace.tests) {
    if (test.cancelled || now < test.starts_at) continue;
    const elapsed = (now - test.starts_at) / Math.max(1, test.ends_at - test.starts_at);
    while (test.planned.length > 0 && test.planned[0]!.atFraction <= elapsed) {
      const report = test.planned.shift()!;
      const at = test.starts_at + report.atFraction * (test.ends_at - test.starts_at);
      workspace.bugs.push(fileReport(workspace, test, report, at));
    }
  }
}

/** Schedules a test's life and the bugs its testers will find (seeded by the test id). */
export function schedule(workspace: TestioWorkspace, test: TestRecord): void {
  const { startDelayMs, msPerTestHour } = workspace.pace;
  test.starts_at = test.created_at + startDelayMs;
  test.ends_at = test.starts_at + test.duration * msPerTestHour;
  test.planned = planReports(test);
}

const SEVERITIES_BY_TYPE: Record<string, Severity[]> = {
  // Focused tests hunt high and critical bugs only (getting-started: "Testing Types").
  focused: ['high', 'critical', 'high'],
  usability: ['low', 'visual', 'content', 'low', 'high'],
  default: ['critical', 'high', 'low', 'visual', 'content', 'high', 'low'],
};

export function planReports(test: TestRecord): PlannedReport[] {
  const random = seededRandom(test.id);
  const count = test.testing_type === 'rapid' ? 4 : 6;
  const severities = SEVERITIES_BY_TYPE[test.testing_type] ?? SEVERITIES_BY_TYPE.default!;
  const reports: PlannedReport[] = [];
  for (let i = 0; i < count; i++) {
    // Spread over the first 90% of the run, so a finished test has all its reports.
    const atFraction = ((i + 0.2 + random() * 0.6) / count) * 0.9;
    reports.push({
      atFraction,
      severity: severities[i % severities.length]!,
      story: pick(random, STORIES),
      tester: pick(random, TESTERS),
      device: pick(random, DEVICES),
    });
  }
  return reports;
}

function fileReport(
  workspace: TestioWorkspace,
  test: TestRecord,
  report: PlannedReport,
  at: number,
): BugRecord {
  const base = test.test_environment.url ?? 'app://main';
  return {
    id: workspace.nextId('bug'),
    test_id: test.id,
    product_id: test.product_id,
    title: report.story.title,
    severity: report.severity,
    status: 'new',
    known: false,
    exported_at: null,
    export_requested: false,
    language: test.report_language,
    location: base.replace(/\/$/, '') + report.story.location,
    expected_result: report.story.expected,
    actual_result: report.story.actual,
    steps: report.story.steps,
    reported_at: new Date(at).toISOString(),
    author: report.tester,
    device: report.device,
    reject_reason: null,
    reject_comment: null,
  };
}

const TESTERS = ['Amara O.', 'Jonas K.', 'Priya S.', 'Mateo R.', 'Lena W.', 'Kenji T.'];
const DEVICES = [
  'iPhone 15, iOS 18.1',
  'Pixel 8, Android 15',
  'Galaxy S23, Android 14',
  'MacBook Air, Safari 18',
  'Windows 11, Chrome 131',
  'iPad Air, iPadOS 17.6',
];

const STORIES: BugStory[] = [
  {
    title: 'Checkout button does nothing after changing the delivery address',
    location: '/checkout',
    steps:
      '1. Add any item to the cart\n2. Open checkout\n3. Change the delivery address\n4. Tap “Pay now”',
    expected: 'The payment page opens.',
    actual: 'Nothing happens; the button stays pressed.',
  },
  {
    title: 'Search results overlap the filter bar on small screens',
    location: '/search?q=shoes',
    steps: '1. Open the site on a narrow screen\n2. Search for “shoes”',
    expected: 'Results start below the filter bar.',
    actual: 'The first row of results is hidden behind the filter bar.',
  },
  {
    title: 'Password reset email link opens an error page',
    location: '/account/reset',
    steps: '1. Request a password reset\n2. Open the link in the email',
    expected: 'A form to choose a new password.',
    actual: '“Something went wrong” page with code 500.',
  },
  {
    title: 'Price shows “NaN €” for items on sale',
    location: '/products/summer-sale',
    steps: '1. Open the summer sale category\n2. Look at any discounted item',
    expected: 'The discounted price, e.g. “24,99 €”.',
    actual: 'The price reads “NaN €”.',
  },
  {
    title: 'App crashes when rotating the device on the order summary',
    location: '/orders/latest',
    steps: '1. Open the latest order\n2. Rotate the device to landscape',
    expected: 'The summary re-lays out.',
    actual: 'The app closes immediately.',
  },
  {
    title: 'Typo in the newsletter banner: “Subcribe”',
    location: '/',
    steps: '1. Open the home page\n2. Scroll to the newsletter banner',
    expected: '“Subscribe”.',
    actual: '“Subcribe”.',
  },
  {
    title: 'Coupon code is accepted twice and doubles the discount',
    location: '/cart',
    steps: '1. Add an item\n2. Apply coupon SAVE10\n3. Apply SAVE10 again',
    expected: 'The second attempt is refused.',
    actual: 'The discount is applied twice.',
  },
  {
    title: 'Login form loses the typed email after a wrong password',
    location: '/login',
    steps: '1. Enter an email and a wrong password\n2. Submit',
    expected: 'The email stays filled in.',
    actual: 'Both fields are cleared.',
  },
];
