import { describe, expect, it } from 'vitest';
import { insecureBaseUrlProblem } from '../../../main/core/accounts/base-url';

describe('a service address must be https, except on this computer', () => {
  it.each([
    'https://api.installrapp.com',
    'https://10.0.0.5:8443/api',
    'http://127.0.0.1:4010',
    'http://127.8.9.10/api',
    'http://localhost:4010',
    'http://[::1]:4010/',
  ])('accepts %s', (url) => {
    expect(insecureBaseUrlProblem(url)).toBeUndefined();
  });

  it.each([
    'http://api.installrapp.com',
    'http://10.0.0.5:8080',
    'http://127.0.0.1.example.com',
    'http://localhost.example.com',
    'http://[::2]/',
    'http://128.0.0.1',
  ])('refuses %s', (url) => {
    expect(insecureBaseUrlProblem(url)).toMatch(/^Use https:\/\/ — over plain http:\/\//);
  });

  it('refuses what is not an address, or another scheme', () => {
    expect(insecureBaseUrlProblem('api.installrapp.com')).toMatch(/full address/);
    expect(insecureBaseUrlProblem('ftp://example.com')).toMatch(/must start with https/);
  });
});
