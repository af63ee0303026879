import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../main/sandbox/bitbar/catalog';
import { planDeviceRuns, viewDeviceRun } from '../../../main/sandbox/bitbar/progress';
import type { ProjectConfig } from '../../../main/sandbox/bitbar/state';

const config = { mode: 'FULL_RUN', scheduler: 'PARALLEL' } as ProjectConfig;

describe('Bitbar emulator catalog and run progress', () => {
  it('generates the same catalog for the same seed, with both platforms', () => {
    const a = generateCatalog(2000);
    const b = generateCatalog(2000);
    expect(a.map((d) => d.displayName)).toEqual(b.map((d) => d.displayName));
    const ios = a.filter((d) => d.osType === 'IOS').length;
    expect(ios).toBeGreaterThan(300);
    expect(ios).toBeLessThan(700);
    expect(generateCatalog(5000)).toHaveLength(5000);
  });

  it('moves a device run from waiting through running to its outcome, on the clock', () => {
    let id = 0;
    const [plan] = planDeviceRuns(
      () => ++id,
      7,
      generateCatalog(3).slice(0, 1),
      config,
      1_000,
      100,
    );
    expect(viewDeviceRun(plan!, 'FULL_RUN', 1_050).runStatus).toBe('WAITING');
    const running = viewDeviceRun(plan!, 'FULL_RUN', 1_100 + 350);
    expect(running.runStatus).toBe('RUNNING');
    expect(running.states.at(-1)).toMatchObject({
      deviceRunStateType: 'DEVICE_RUNNING',
      status: 'STARTED',
      finishTimeMS: null,
    });
    const done = viewDeviceRun(plan!, 'FULL_RUN', 10_000);
    expect(done.finished).toBe(true);
    expect(['SUCCEEDED', 'FAILED', 'WARNING', 'EXCLUDED']).toContain(done.runStatus);
  });

  it('runs serial device runs one after another', () => {
    let id = 0;
    const plans = planDeviceRuns(
      () => ++id,
      7,
      generateCatalog(3),
      { ...config, scheduler: 'SERIAL' },
      0,
      100,
    );
    expect(plans.map((p) => p.startAt)).toEqual([100, 800, 1500]);
  });
});
