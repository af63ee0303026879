import { rm } from 'node:fs/promises';
import type { HttpContext } from '../framework/http-context';
import { MalformedForm, readMultipart } from '../framework/receive';
import { addEvent, ensureTester, type App, type Build, type InstallrAccount } from './model';
import { installrError as error, inviteLink } from './render';

/** Loose on purpose: Installr checks the shape, not deliverability. */
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** `notify=a@x.com, b@y.com`: comma-separated, spaces allowed around commas. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Form-encoded or multipart fields (curl -d or -F); anything else reads as no fields. */
export async function readFormFields(
  ctx: HttpContext,
  filesDir: string,
): Promise<Record<string, string>> {
  const type = ctx.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const body = await readMultipart(ctx, filesDir);
    // Only the fields mean anything here; a file sent along is not kept.
    await Promise.all(body.files.map((file) => rm(file.path, { force: true })));
    return body.fields;
  }
  const text = await ctx.readText();
  if (type.startsWith('application/x-www-form-urlencoded') || (!type && text.includes('='))) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  return {};
}

/**
 * "Invite Testers": `notify=` emails them (the older `emails=` means the same), `add=`
 * gives access silently. Everyone lands on the build's team; the answer lists them with
 * their invite links.
 */
export async function inviteTesters(
  ctx: HttpContext,
  call: { account: InstallrAccount; app: App; build: Build; base: string; filesDir: string },
): Promise<void> {
  const { account, app, build, base } = call;
  let fields: Record<string, string>;
  try {
    fields = { ...Object.fromEntries(ctx.query), ...(await readFormFields(ctx, call.filesDir)) };
  } catch (cause) {
    if (cause instanceof MalformedForm) return ctx.json(400, error('Malformed form data'));
    throw cause;
  }
  const notify = [...splitList(fields.notify), ...splitList(fields.emails)];
  const add = splitList(fields.add);
  if (notify.length + add.length === 0) {
    return ctx.json(400, error('No testers given: send emails in notify= or add='));
  }
  const invalid = [...notify, ...add].filter((email) => !EMAIL.test(email));
  if (invalid.length > 0) {
    const noun = invalid.length === 1 ? 'address' : 'addresses';
    return ctx.json(400, error(`Invalid email ${noun}: ${invalid.join(', ')}`));
  }

  const added = new Map<number, ReturnType<typeof ensureTester>>();
  const invite = (email: string, notified: boolean) => {
    const tester = ensureTester(account, email);
    const stage = build.team.get(tester.id);
    // Someone further along keeps their stage; unsubscribed people are not emailed again.
    if (stage === undefined || stage === 'added')
      build.team.set(tester.id, notified ? 'invited' : 'added');
    build.pending = build.pending.filter((id) => id !== tester.id);
    added.set(tester.id, tester);
  };
  for (const email of add) invite(email, false);
  for (const email of notify) invite(email, true);

  const count = added.size;
  addEvent(
    app,
    `${account.userName} invited ${count} tester${count === 1 ? '' : 's'} to ${app.title} ${build.versionNumber}`,
  );
  ctx.json(200, {
    message: 'Testers Added',
    result: 'success',
    testersAdded: [...added.values()].map((t) => ({
      devicesData: t.devices.map((d) => ({ deviceName: d.name, udid: d.udid })),
      email: t.email,
      inviteLink: inviteLink(base, t),
      id: t.id,
    })),
  });
}
