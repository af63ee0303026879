import type { HttpContext } from '../framework/http-context';
import { presentDevice } from './catalog';
import { projectFor, type BitbarEnv } from './env';
import { ApiFailure, numberParam } from './http';
import { viewDeviceRun, type DeviceRunView } from './progress';
import type { DeviceRunPlan, Project, TestRun, User } from './state';

/** The run behind `:projectId/runs/:runId`, if the user may see it. */
export function runFor(
  env: BitbarEnv,
  ctx: HttpContext,
  user: User,
): { project: Project; run: TestRun } {
  const project = projectFor(env, ctx, user);
  const run = env.state.runs.get(numberParam(ctx, 'runId'));
  if (!run || run.projectId !== project.id)
    throw new ApiFailure(404, `Test run ${ctx.params.runId ?? ''} not found`);
  return { project, run };
}

export function deviceRunFor(env: BitbarEnv, ctx: HttpContext, user: User) {
  const { project, run } = runFor(env, ctx, user);
  const plan = run.deviceRuns.find((d) => d.id === numberParam(ctx, 'deviceRunId'));
  if (!plan) throw new ApiFailure(404, `Device run ${ctx.params.deviceRunId ?? ''} not found`);
  return { project, run, plan, view: viewDeviceRun(plan, run.config.mode, env.now()) };
}

/** The app package the demo runs report (performance samples, junit class names). */
export const packageOf = (project: Project) =>
  `com.example.${
    project.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '')
      .slice(0, 24) || 'app'
  }`;

export function runViews(
  env: BitbarEnv,
  run: TestRun,
): { plan: DeviceRunPlan; view: DeviceRunView }[] {
  const now = env.now();
  return run.deviceRuns.map((plan) => ({ plan, view: viewDeviceRun(plan, run.config.mode, now) }));
}

/** The testRun Object; `projectId`/`projectName` let a client open a run from `/me/runs`. */
export function presentRun(env: BitbarEnv, run: TestRun) {
  const views = runViews(env, run).map((v) => v.view);
  const total = views.length;
  const finished = views.filter((v) => v.finished).length;
  const succeeded = views.filter(
    (v) => v.runStatus === 'SUCCEEDED' || v.runStatus === 'WARNING',
  ).length;
  const waiting = views.every((v) => v.runStatus === 'WAITING');
  const state = total > 0 && finished === total ? 'FINISHED' : waiting ? 'WAITING' : 'RUNNING';
  const zip = run.screenshotZip;
  const now = env.now();
  return {
    id: run.id,
    number: run.number,
    createTime: run.createTime,
    displayName: run.displayName,
    executionRatio: state === 'WAITING' ? null : round(finished / total),
    successRatio: state === 'WAITING' ? null : round(succeeded / total),
    startedByDisplayName: run.startedBy.name,
    state,
    screenshotZipState: !zip ? 'BLANK' : now < zip.readyAt ? 'PROGRESS' : 'READY',
    projectId: run.projectId,
    projectName: env.state.projects.get(run.projectId)?.name ?? '',
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function presentDeviceRun(plan: DeviceRunPlan, view: DeviceRunView, origin: string) {
  const current = view.states[view.states.length - 1] ?? null;
  const interrupted =
    view.states.find((s) => s.status === 'EXCLUDED' || s.status === 'FAILED') ?? null;
  return {
    id: plan.id,
    runTime: view.running?.start ?? null,
    device: presentDevice(plan.device, origin),
    deviceName: view.startTime ? plan.device.displayName : '',
    deviceSerialId: view.startTime ? `SN${plan.device.id}${plan.seed % 1000}` : '',
    testCaseSuccessNo: view.testsPassed,
    testCaseAllNo: view.testsRun,
    testCaseCount: view.testCount,
    softwareVersion: plan.device.softwareVersion,
    createTime: plan.createTime,
    startTime: view.startTime,
    currentState: current,
    interruptedByState: plan.outcome === 'EXCLUDED' ? interrupted : null,
    runStatus: view.runStatus,
  };
}
