import type { ServerTls } from '../framework/certificates';
import { startEmulator, type Emulator } from '../framework/emulator-server';
import type { HttpContext } from '../framework/http-context';
import { demoSecret } from '../framework/random';
import { Router, type RouteHandler } from '../framework/router';
import { findBuild, latestBuild, type App, type Build, type InstallrAccount } from './model';
import {
  installrError as error,
  renderAppDetails,
  renderAppList,
  renderAppStatus,
  renderTeam,
} from './render';
import { SEED_APP_TOKENS, seedAccount } from './seed';
import { inviteTesters } from './team-invite';
import { createApp } from './upload';

export interface SeededAppToken {
  id: number;
  title: string;
  bundleId: string;
  platform: 'IOS' | 'ANDROID';
  appToken: string;
}

export type InstallrEmulator = Emulator & {
  demoToken: string;
  /**
   * A second team's API token: an account of its own (no apps yet, team "QA"), so two
   * Dropship accounts on one sandbox see different data.
   */
  secondToken: string;
  secondAccount: InstallrAccount;
  /** Each seeded app's anonymous status token (GET /apps/status/{appToken}.json). */
  appTokens: SeededAppToken[];
  /** The live account behind the API, for tests that need to look or nudge. */
  account: InstallrAccount;
  /** The text fields of every upload form received (`releaseNotes`, `notify`, `add`), in order. */
  uploadForms: Record<string, string>[];
};

export { SEED_APP_TOKENS };

/**
 * Installr (api-docs/installr-api.txt): header auth, `.json` format (`.xml` is refused
 * with 406), every documented endpoint, errors as `{result: "error", message}`.
 */
export async function startInstallrEmulator(
  options: { port?: number | undefined; tls?: ServerTls | undefined } = {},
): Promise<InstallrEmulator> {
  const account = seedAccount();
  const secondAccount = emptyAccount('Second Team');
  const demoToken = demoSecret('installr-demo');
  const secondToken = demoSecret('installr-second');
  const byToken = new Map([
    [demoToken, account],
    [secondToken, secondAccount],
  ]);
  const authed = authedBy(byToken);
  const router = new Router();
  // The emulator's own address, known once it listens; URLs in bodies point back to it.
  let base = '';
  /** `path.json` (`.xml` refused), and `path` alone, since JSON is the default format. */
  const route = (method: 'GET' | 'POST', path: string, handler: RouteHandler) => {
    router.on(method, `${path}.:format`, json(handler));
    router.on(method, path, handler);
  };

  route(
    'GET',
    '/apps',
    authed(({ ctx, account }) => ctx.json(200, renderAppList(base, account))),
  );

  route(
    'POST',
    '/apps',
    authed(({ ctx, account }) =>
      createApp(ctx, { account, base, emulator: installr, forms: installr.uploadForms }),
    ),
  );

  route('GET', '/apps/status/:appToken', (ctx) => {
    const app = [...byToken.values()]
      .flatMap((a) => a.apps)
      .find((a) => a.appToken === ctx.params.appToken);
    const build = app && latestBuild(app);
    if (!app || !build) return ctx.json(404, error('No app found for this app token'));
    ctx.json(200, renderAppStatus(base, app, build));
  });

  route(
    'GET',
    '/apps/:id',
    authed(({ ctx, account }) => {
      const app = findApp(account, ctx.params.id);
      if (!app) return ctx.json(404, error(`App ${ctx.params.id} not found`));
      ctx.json(200, {
        appData: renderAppDetails(base, app),
        message: 'appData',
        result: 'success',
      });
    }),
  );

  /** Team routes: the app and the build (`latest` or an id) exist, or 404 saying which. */
  const team = (
    handler: (
      ctx: HttpContext,
      app: App,
      build: Build,
      account: InstallrAccount,
    ) => Promise<void> | void,
  ) =>
    authed(async ({ ctx, account }) => {
      const app = findApp(account, ctx.params.appId);
      const buildId = ctx.params.buildId ?? '';
      const build = app && findBuild(app, buildId);
      if (!app || !build) {
        ctx.req.resume();
        const missing = app
          ? `Build ${buildId} not found for app ${app.id}`
          : `App ${ctx.params.appId} not found`;
        return ctx.json(404, error(missing));
      }
      await handler(ctx, app, build, account);
    });
  route(
    'GET',
    '/apps/:appId/builds/:buildId/team',
    team((ctx, _app, build, account) => ctx.json(200, renderTeam(base, account, build))),
  );
  route(
    'POST',
    '/apps/:appId/builds/:buildId/team',
    team((ctx, app, build, account) =>
      inviteTesters(ctx, { account, app, build, base, filesDir: installr.filesDir }),
    ),
  );

  // The icon URL in app bodies: the launcher icon read from the app's uploaded build.
  router.get('/installr-prod/icons/:file', (ctx) => {
    const app = [...byToken.values()]
      .flatMap((a) => a.apps)
      .find((a) => `${a.id}.png` === ctx.params.file);
    if (!app?.icon) return ctx.text(404, 'No icon for this app.');
    ctx.res.writeHead(200, { 'content-type': 'image/png', 'content-length': app.icon.length });
    ctx.res.end(app.icon);
  });

  // Where the links in bodies lead: a person opening them in a browser sees where they are.
  router.get('/register/index', (ctx) =>
    ctx.text(200, 'Installr sandbox: a tester would create their account here.'),
  );
  router.get('/tester/install/:buildId', (ctx) =>
    ctx.text(200, `Installr sandbox: a tester would install build ${ctx.params.buildId} here.`),
  );

  const emulator = await startEmulator({
    name: 'installr',
    router,
    errorBody: (_status, message) => error(message),
    ...(options.port ? { port: options.port } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  base = emulator.url;
  const installr: InstallrEmulator = Object.assign(emulator, {
    demoToken,
    secondToken,
    account,
    secondAccount,
    uploadForms: [],
    appTokens: account.apps.map((app) => ({
      id: app.id,
      title: app.title,
      bundleId: app.appId,
      platform: app.platform,
      appToken: app.appToken,
    })),
  });
  return installr;
}

/** A team with no apps yet; its ids start far from the demo account's, so links never clash. */
function emptyAccount(userName: string): InstallrAccount {
  return {
    userName,
    apps: [],
    testers: [],
    teams: new Map([['QA', []]]),
    nextId: { app: 9001, build: 90001, tester: 9001 },
  };
}

function findApp(account: InstallrAccount, id: string | undefined): App | undefined {
  return account.apps.find((app) => String(app.id) === id);
}

/** `.json` runs the route; `.xml` exists at Installr but the emulator speaks only JSON. */
function json(handler: RouteHandler): RouteHandler {
  return (ctx) => {
    const format = ctx.params.format;
    if (format === 'json') return handler(ctx);
    ctx.req.resume();
    if (format === 'xml') {
      return ctx.json(
        406,
        error('The Installr sandbox only speaks JSON: use .json at the end of the path'),
      );
    }
    ctx.json(404, error('Not found'));
  };
}

/** Header auth: `X-InstallrAppToken` must hold an account's API token; it picks the account. */
function authedBy(accounts: Map<string, InstallrAccount>) {
  return (
      handler: (call: { ctx: HttpContext; account: InstallrAccount }) => Promise<void> | void,
    ): RouteHandler =>
    (ctx) => {
      const token = ctx.header('x-installrapptoken');
      const account = token ? accounts.get(token) : undefined;
      if (account) return handler({ ctx, account });
      ctx.req.resume();
      ctx.json(
        401,
        error(
          token
            ? 'Invalid API token'
            : 'Missing API token: send it in the X-InstallrAppToken header',
        ),
      );
    };
}

/** Lines `npm run sandbox` prints: each seeded app's token for the anonymous status call. */
export function installrNotes(emulator: InstallrEmulator): string[] {
  return [
    `second team's API token (an account of its own, no apps yet): ${emulator.secondToken}`,
    'app tokens (anonymous GET /apps/status/{appToken}.json):',
    ...emulator.appTokens.map(
      (app) =>
        `  ${app.appToken}  ${app.title} (${app.platform === 'IOS' ? 'iOS' : 'Android'}, app ${app.id})`,
    ),
  ];
}
