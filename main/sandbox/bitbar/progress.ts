import type { CatalogDevice } from './catalog';
import { between, hashSeed, seededRandom } from '../framework/random';
import type { DeviceOutcome, DeviceRunPlan, ProjectConfig } from './state';

/**
 * How a device run moves through Bitbar's states over time. Nothing ticks: every view is
 * computed from the clock, so a run created with a 20 ms step finishes in well under a
 * second in tests, and one with a 2 s step lets a person watch it.
 */
const ACTIVE_PHASES = [
  { type: 'PREPARING', steps: 1 },
  { type: 'DEVICE_TARGET_INSTALLING', steps: 1 },
  { type: 'DEVICE_TEST_INSTALLING', steps: 1 },
  { type: 'DEVICE_RUNNING', steps: 3 },
  { type: 'RESULTS_PROCESSING', steps: 1 },
] as const;

export interface StateView {
  id: number;
  deviceRunId: number;
  startTimeMS: number;
  finishTimeMS: number | null;
  retryTime: null;
  failReason: string | null;
  status: 'STARTED' | 'EXCLUDED' | 'FAILED' | 'SUCCEEDED';
  deviceRunStateType: string;
}

export interface DeviceRunView {
  states: StateView[];
  runStatus: 'WAITING' | 'RUNNING' | DeviceOutcome;
  finished: boolean;
  startTime: number | null;
  testsRun: number;
  testsPassed: number;
  testCount: number;
  /** The DEVICE_RUNNING window: screenshots and performance samples fall inside it. */
  running: { start: number; end: number } | null;
  /** 0..1: how much of DEVICE_RUNNING has elapsed. */
  runningProgress: number;
}

function phasesFor(mode: ProjectConfig['mode']) {
  return ACTIVE_PHASES.filter((p) => mode !== 'APP_CRAWLER' || p.type !== 'DEVICE_TEST_INSTALLING');
}

/** Creates the device runs of a new test run: outcomes are seeded by run and device. */
export function planDeviceRuns(
  nextId: () => number,
  runId: number,
  devices: CatalogDevice[],
  config: ProjectConfig,
  createTime: number,
  stepMs: number,
): DeviceRunPlan[] {
  const activeSteps = phasesFor(config.mode).reduce((sum, p) => sum + p.steps, 0);
  return devices.map((device, index) => {
    const seed = hashSeed(runId, device.id);
    const random = seededRandom(seed);
    const roll = random();
    const outcome: DeviceOutcome =
      roll < 0.7 ? 'SUCCEEDED' : roll < 0.85 ? 'FAILED' : roll < 0.95 ? 'WARNING' : 'EXCLUDED';
    const testCount = outcome === 'EXCLUDED' ? 0 : between(random, 6, 14);
    const passed = outcome === 'FAILED' ? testCount - between(random, 1, 3) : testCount;
    const queue =
      config.scheduler === 'SERIAL'
        ? index * activeSteps * stepMs
        : Math.round(((index % 4) * stepMs) / 2);
    return {
      id: nextId(),
      runId,
      device,
      createTime,
      startAt: createTime + stepMs + queue,
      stepMs,
      outcome,
      testCount,
      passed,
      seed,
    };
  });
}

export function viewDeviceRun(
  plan: DeviceRunPlan,
  mode: ProjectConfig['mode'],
  now: number,
): DeviceRunView {
  const stateId = (index: number) => plan.id * 10 + index;
  const waitingDone = now >= plan.startAt;
  const states: StateView[] = [
    {
      id: stateId(0),
      deviceRunId: plan.id,
      startTimeMS: plan.createTime,
      finishTimeMS: waitingDone ? plan.startAt : null,
      retryTime: null,
      failReason:
        waitingDone && plan.outcome === 'EXCLUDED'
          ? 'Device was not available; it was excluded from the run'
          : null,
      status: !waitingDone ? 'STARTED' : plan.outcome === 'EXCLUDED' ? 'EXCLUDED' : 'SUCCEEDED',
      deviceRunStateType: 'WAITING',
    },
  ];
  const view: DeviceRunView = {
    states,
    runStatus: 'WAITING',
    finished: false,
    startTime: null,
    testsRun: 0,
    testsPassed: 0,
    testCount: 0,
    running: null,
    runningProgress: 0,
  };
  if (!waitingDone) return view;
  if (plan.outcome === 'EXCLUDED') return { ...view, runStatus: 'EXCLUDED', finished: true };

  view.startTime = plan.startAt;
  view.runStatus = 'RUNNING';
  let at = plan.startAt;
  phasesFor(mode).forEach((phase, index) => {
    const start = at;
    const end = start + phase.steps * plan.stepMs;
    at = end;
    if (phase.type === 'DEVICE_RUNNING') {
      view.running = { start, end };
      view.runningProgress = Math.min(1, Math.max(0, (now - start) / (end - start)));
      view.testCount = now >= start ? plan.testCount : 0;
    }
    if (now < start) return;
    const done = now >= end;
    const failed = done && phase.type === 'DEVICE_RUNNING' && plan.outcome === 'FAILED';
    states.push({
      id: stateId(index + 1),
      deviceRunId: plan.id,
      startTimeMS: start,
      finishTimeMS: done ? end : null,
      retryTime: null,
      failReason: failed
        ? `${plan.testCount - plan.passed} of ${plan.testCount} tests failed`
        : null,
      status: !done ? 'STARTED' : failed ? 'FAILED' : 'SUCCEEDED',
      deviceRunStateType: phase.type,
    });
  });
  view.testsRun = Math.floor(plan.testCount * view.runningProgress);
  view.testsPassed = Math.min(view.testsRun, Math.floor(plan.passed * view.runningProgress));
  if (now >= at) {
    view.finished = true;
    view.runStatus = plan.outcome;
  }
  return view;
}
