import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../shared/settings';
import { envAccounts, pickEnvAccount } from '../../../main/cli/env-accounts';

describe('settings written before several accounts per service', () => {
  it('turn each connection into that service’s only account, losing nothing', () => {
    const parsed = SettingsSchema.parse({
      connections: {
        installr: { kind: 'account', baseUrl: 'https://i.example', label: 'connected as Ana' },
        testio: { kind: 'none' },
        bitbar: { kind: 'account', baseUrl: 'https://b.example/api', label: 'b', auth: 'oauth' },
      },
      rememberedTargets: { 'com.x': { targets: [{ service: 'installr' }] } },
    });
    expect(parsed.accounts).toEqual({
      installr: [
        {
          kind: 'account',
          id: 'default',
          name: 'Default',
          baseUrl: 'https://i.example',
          label: 'connected as Ana',
          auth: 'token',
        },
      ],
      testio: [],
      bitbar: [
        {
          kind: 'account',
          id: 'default',
          name: 'Default',
          baseUrl: 'https://b.example/api',
          label: 'b',
          auth: 'oauth',
        },
      ],
      productscience: [{ kind: 'sandbox', id: 'sandbox', name: 'Sandbox' }],
    });
    expect(parsed.rememberedTargets).toEqual({ 'com.x': { targets: [{ service: 'installr' }] } });
    expect(parsed).not.toHaveProperty('connections');
  });

  it('settings that already have accounts are read as they are', () => {
    const accounts = {
      installr: [{ kind: 'sandbox', id: 'sandbox', name: 'Demo' }],
      testio: [],
      bitbar: [],
      productscience: [],
    };
    expect(SettingsSchema.parse({ accounts }).accounts).toEqual(accounts);
  });
});

describe('accounts from the environment', () => {
  const env = {
    INSTALLR_API_TOKEN: 'a',
    INSTALLR_API_TOKEN__QA_TEAM: 'b',
    DROPSHIP_INSTALLR_URL: 'https://i.example',
    DROPSHIP_INSTALLR_URL__QA_TEAM: 'https://qa.example',
  };
  it('the plain variables are "Default"; __NAME ones are named, with their own address', () => {
    expect(envAccounts('installr', env)).toEqual([
      { name: 'Default', secret: 'a', baseUrl: 'https://i.example' },
      { name: 'QA_TEAM', secret: 'b', baseUrl: 'https://qa.example' },
    ]);
  });

  it('--account matches any spelling of the name; an unknown one lists the names', () => {
    const found = envAccounts('installr', env);
    expect(pickEnvAccount('installr', found, 'qa team')?.secret).toBe('b');
    expect(pickEnvAccount('installr', found, undefined)?.name).toBe('Default');
    expect(() => pickEnvAccount('installr', found, 'ops')).toThrow(
      'Installr has no account named “ops”. Its accounts: Default, QA_TEAM.',
    );
    const named = envAccounts('installr', {
      INSTALLR_API_TOKEN__A: 'x',
      INSTALLR_API_TOKEN__B: 'y',
    });
    expect(() => pickEnvAccount('installr', named, undefined)).toThrow(/choose one with --account/);
  });
});
