import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BitbarDevice,
  BitbarDevicePage,
  BitbarGroup,
  BitbarGroups,
} from '../../../shared/contract/bitbar-devices';
import { listAll } from '../../../main/core/providers/bitbar/paging';
import { ApiDeviceSchema } from '../../../main/core/providers/bitbar/schemas';
import { startBitbarHarness, type BitbarHarness } from './bitbar-harness';

let h: BitbarHarness;
beforeAll(async () => {
  h = await startBitbarHarness();
});
afterAll(() => h.close());

describe('Bitbar device catalog', () => {
  it('pages through the whole catalog by following `next` to the end', async () => {
    const api = h.core.ctx.bitbar;
    const before = h.emulator.requests.length;
    const devices = await listAll(
      api,
      { path: 'v2/devices', action: 'list', anonymous: true },
      ApiDeviceSchema,
      250,
    );
    expect(devices).toHaveLength(2000);
    expect(new Set(devices.map((d) => d.id)).size).toBe(2000);
    const pages = h.emulator.requests.slice(before);
    expect(pages).toHaveLength(8);
    expect(pages.at(-1)?.query).toContain('offset=1750');
    expect(pages.every((r) => r.headers.accept === 'application/json')).toBe(true);
  });

  it('returns a page with names, OS versions, API levels, prices and pictures', async () => {
    const page = await h.call<BitbarDevicePage>('devices', { offset: 1990, limit: 20 });
    expect(page).toMatchObject({ offset: 1990, total: 2000, hasMore: false });
    expect(page.devices).toHaveLength(10);
    const device = page.devices[0]!;
    expect(device.name).toMatch(/\S+ \S+/);
    expect(device.osVersion).not.toBe('');
    expect(device.apiLevel).toBeGreaterThan(0);
    expect(typeof device.credits).toBe('number');
    const image = await fetch(device.imageUrl!);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('searches on the server', async () => {
    const page = await h.call<BitbarDevicePage>('devices', { search: 'pixel 7', limit: 500 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.devices.every((d) => d.name.toLowerCase().includes('pixel 7'))).toBe(true);
  });

  it('asks for JSON on every call; without the header Bitbar would answer XML', async () => {
    const raw = await fetch(`${h.sandbox.services.bitbar!.baseUrl}/v2/devices?limit=1`);
    expect(await raw.text()).toMatch(/^<\?xml/);
  });
});

describe('Bitbar device groups', () => {
  const findDevices = async (search: string) =>
    (await h.call<BitbarDevicePage>('devices', { search, limit: 50 })).devices;

  it('creates, renames, fills and deletes a group', async () => {
    const group = await h.call<BitbarGroup>('createGroup', {
      name: 'Release candidates',
      os: 'ANDROID',
    });
    expect(group).toMatchObject({
      name: 'Release candidates',
      os: 'ANDROID',
      deviceCount: 0,
      credits: 0,
      editable: true,
    });

    const android = (await findDevices('Samsung')).filter((d) => d.os === 'ANDROID').slice(0, 3);
    const result = await h.call<{ added: number[]; group: BitbarGroup }>('addDevices', {
      groupId: group.id,
      deviceIds: android.map((d) => d.id),
    });
    expect(result.added).toEqual(android.map((d) => d.id));
    expect(result.group.deviceCount).toBe(3);
    expect(result.group.credits).toBe(android.reduce((sum, d) => sum + d.credits, 0));

    const renamed = await h.call<BitbarGroup>('renameGroup', {
      groupId: group.id,
      name: 'RC phones',
    });
    expect(renamed).toMatchObject({ name: 'RC phones', deviceCount: 3, os: 'ANDROID' });

    const removed = await h.call<BitbarGroup>('removeDevice', {
      groupId: group.id,
      deviceId: android[0]!.id,
    });
    expect(removed.deviceCount).toBe(2);
    const listed = await h.call<{ devices: BitbarDevice[] }>('groupDevices', { groupId: group.id });
    expect(listed.devices.map((d) => d.id)).toEqual(android.slice(1).map((d) => d.id));

    await h.call('deleteGroup', { groupId: group.id });
    const error = await h.fail('groupDevices', { groupId: group.id });
    expect(error).toMatchObject({
      code: 'not_found',
      message: `Bitbar could not find device group ${group.id}.`,
    });
  });

  it('refuses an iOS device in an Android group with a reason, and treats 409 as already there', async () => {
    const group = await h.call<BitbarGroup>('createGroup', {
      name: 'Mixed attempt',
      os: 'ANDROID',
    });
    const iphone = (await findDevices('iPhone'))[0]!;
    const pixel = (await findDevices('Pixel'))[0]!;
    await h.call('addDevices', { groupId: group.id, deviceIds: [pixel.id] });
    const result = await h.call<{
      added: number[];
      alreadyInGroup: number[];
      refused: { deviceId: number; reason: string }[];
    }>('addDevices', { groupId: group.id, deviceIds: [iphone.id, pixel.id, 99_999_999] });
    expect(result.added).toEqual([]);
    expect(result.alreadyInGroup).toEqual([pixel.id]);
    expect(result.refused).toEqual([
      {
        deviceId: iphone.id,
        reason: expect.stringMatching(/is IOS; group 'Mixed attempt' accepts ANDROID devices only/),
      },
      {
        deviceId: 99_999_999,
        reason: 'Bitbar could not find device group ' + group.id + ' or device 99999999.',
      },
    ]);
  });

  it("lists the person's groups, the project's and the public ones; public ones are read-only", async () => {
    const projects = await h.call<{ projects: { id: number; name: string }[] }>('projects', {});
    const android = projects.projects.find((p) => p.name === 'Movies app (Android)')!;
    const groups = await h.call<BitbarGroups>('groups', { projectId: android.id });
    expect(groups.mine.map((g) => g.name)).toEqual(
      expect.arrayContaining(['Smoke test phones', 'iPhones']),
    );
    expect(groups.project.every((g) => g.os === 'ANDROID')).toBe(true);
    expect(groups.project.map((g) => g.name)).toContain('Smoke test phones');
    expect(groups.public.map((g) => g.name)).toEqual([
      'Free Android devices',
      'Top Android devices',
    ]);
    expect(groups.public.every((g) => !g.editable)).toBe(true);
    const error = await h.fail('renameGroup', { groupId: groups.public[0]!.id, name: 'Mine now' });
    expect(error).toMatchObject({
      code: 'forbidden',
      message: 'Your Bitbar account may not rename the device group.',
    });
  });

  it('validates a group name before calling Bitbar', async () => {
    const before = h.emulator.requests.length;
    const error = await h.fail('createGroup', { name: '   ', os: 'IOS' });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { name: 'Give the group a name' },
    });
    expect(h.emulator.requests.length).toBe(before);
  });
});
