import { Canvas } from './png';
import type { DeviceRunView } from './progress';
import { hashSeed, seededRandom } from '../framework/random';
import type { DeviceRunPlan } from './state';

const TEST_NAMES = [
  'testLogin',
  'testSearchMovies',
  'testDetailTabs',
  'testFavourites',
  'testCheckout',
  'testSettings',
  'testShare',
  'testLogout',
];

export interface ScreenshotView {
  id: number;
  originalName: string;
  fail: boolean;
  type: 'PORTRAIT' | 'LANDSCAPE';
}

/** Screenshots appear as DEVICE_RUNNING progresses; a failed run's last one shows the failure. */
export function screenshotsOf(
  plan: DeviceRunPlan,
  view: DeviceRunView,
  packageName: string,
): ScreenshotView[] {
  if (plan.outcome === 'EXCLUDED' || !view.running) return [];
  const count = 3 + (plan.seed % 4);
  const visible = view.finished ? count : Math.floor(count * view.runningProgress);
  return Array.from({ length: visible }, (_, i) => ({
    id: plan.id * 100 + i + 1,
    originalName: `${packageName}.MainTest.${TEST_NAMES[(plan.seed + i) % TEST_NAMES.length]}_scr_${i + 1}.png`,
    fail: plan.outcome === 'FAILED' && i === count - 1,
    type: (plan.seed + i) % 5 === 0 ? 'LANDSCAPE' : 'PORTRAIT',
  }));
}

/** CPU (0..1) and memory (KB) samples across DEVICE_RUNNING, up to now. */
export function performanceOf(
  plan: DeviceRunPlan,
  view: DeviceRunView,
  now: number,
  packageName: string,
) {
  if (!view.running) return [];
  const { start, end } = view.running;
  const random = seededRandom(hashSeed(plan.seed, 7));
  const samples = 24;
  let cpu = 0.15 + random() * 0.2;
  let mem = 60000 + Math.floor(random() * 40000);
  const items = [];
  for (let i = 0; i < samples; i++) {
    const timestamp = Math.round(start + ((end - start) * i) / (samples - 1));
    cpu = Math.min(0.98, Math.max(0.02, cpu + (random() - 0.45) * 0.18));
    mem = Math.max(20000, mem + Math.round((random() - 0.35) * 6000));
    if (timestamp > now) break;
    items.push({ packageName, cpuUsage: Number(cpu.toFixed(3)), timestamp, memUsage: mem });
  }
  return items;
}

export function junitXml(plan: DeviceRunPlan, packageName: string): string {
  const cases = Array.from({ length: plan.testCount }, (_, i) => {
    const name = TEST_NAMES[i % TEST_NAMES.length] + (i >= TEST_NAMES.length ? String(i) : '');
    const failed = i >= plan.passed;
    return `    <testcase classname="${packageName}.MainTest" name="${name}" time="${(1 + (i % 4) * 0.7).toFixed(2)}">${
      failed
        ? `\n      <failure message="expected view to be displayed">junit.framework.AssertionFailedError</failure>\n    `
        : ''
    }</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="${plan.device.displayName}" tests="${plan.testCount}" failures="${plan.testCount - plan.passed}" errors="0">`,
    ...cases,
    '</testsuite>',
    '',
  ].join('\n');
}

export function logText(plan: DeviceRunPlan, view: DeviceRunView, packageName: string): string {
  const lines = view.states.map(
    (s) =>
      `${new Date(s.startTimeMS).toISOString()} I/Bitbar: ${s.deviceRunStateType} ${s.status}${s.failReason ? ` (${s.failReason})` : ''}`,
  );
  return [`--------- log of ${plan.device.displayName} (${packageName})`, ...lines, ''].join('\n');
}

/** A small picture standing in for a screenshot: a phone screen with a header bar. */
export function screenshotPng(shot: ScreenshotView): Buffer {
  const portrait = shot.type === 'PORTRAIT';
  const canvas = new Canvas(portrait ? 90 : 160, portrait ? 160 : 90);
  canvas.roundRect(0, 0, canvas.width, canvas.height, 0, [245, 246, 248]);
  canvas.roundRect(0, 0, canvas.width, 18, 0, shot.fail ? [190, 50, 50] : [50, 100, 190]);
  for (let row = 0; row < 4; row++)
    canvas.roundRect(8, 28 + row * 18, canvas.width - 16, 10, 3, [200, 205, 214]);
  return canvas.png();
}

/** A one-page PDF with lines of text (enough for a "Nice PDF report" stand-in). */
export function simplePdf(title: string, lines: string[]): Buffer {
  const esc = (t: string) => t.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const text = [`BT /F1 16 Tf 50 790 Td (${esc(title)}) Tj ET`]
    .concat(
      lines
        .slice(0, 45)
        .map((line, i) => `BT /F1 10 Tf 50 ${760 - i * 15} Td (${esc(line)}) Tj ET`),
    )
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
