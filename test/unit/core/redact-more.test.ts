import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../main/core/redact';

describe('redact covers every way a secret reaches a log line', () => {
  it('header arrays, as undici and Node print raw headers', () => {
    const raw = [
      'Authorization',
      'Bearer abc.def',
      'X-InstallrAppToken',
      'app-token-1',
      'Accept',
      'json',
    ];
    const text = redact(`request headers ${inspect(raw)} ${JSON.stringify(raw)}`);
    expect(text).not.toMatch(/abc\.def|app-token-1/);
    expect(text).toMatch(/'Accept',\s+'json'/); // what is not secret stays readable
  });

  it('a bare "Bearer …" anywhere in a message', () => {
    const text = redact('failed to refresh (sent Bearer eyJhbGciOi.J9-x_y/z= to the server)');
    expect(text).not.toMatch(/eyJhbGciOi/);
    expect(text).toContain('Bearer [redacted]');
  });

  it('Cookie and Set-Cookie, with every name=value pair', () => {
    const text = redact(
      'Cookie: session=s3cr3t; theme=dark\nset-cookie: "sid=abc123; Path=/; HttpOnly"\n{"cookie":"jar=xyz"}',
    );
    expect(text).not.toMatch(/s3cr3t|abc123|xyz|theme=dark/);
    expect(text.split('\n')).toHaveLength(3);
  });
});
