import { amzDate, deriveSigningKey, hmac, sameSignature } from './signing';
import type { XmlError } from './xml';

/** The storage's own keys: what Test IO's backend would hold to presign uploads. */
export interface S3Credentials {
  accessKeyId: string;
  secret: string;
  region: string;
  bucket: string;
}

export interface PresignPostOptions {
  /** Every key the policy allows starts with this. */
  keyPrefix: string;
  /** The `key` field handed to the client; default `${keyPrefix}${filename}`. */
  key?: string;
  successActionStatus?: '200' | '201' | '204';
  /** Inclusive [min, max] bytes; default [1, 1073741824]. */
  contentLengthRange?: [number, number];
}

export interface PresignedPost {
  url: string;
  fields: Record<string, string>;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
export const DEFAULT_LENGTH_RANGE: [number, number] = [1, 1073741824];

/** Builds a SigV4 presigned POST the way the AWS SDKs do (policy covers the x-amz-* fields). */
export function createPresignedPost(
  creds: S3Credentials,
  url: string,
  nowMs: number,
  ttlMs: number,
  options: PresignPostOptions,
): PresignedPost {
  const date = amzDate(nowMs);
  const credential = `${creds.accessKeyId}/${date.slice(0, 8)}/${creds.region}/s3/aws4_request`;
  const status = options.successActionStatus ?? '201';
  const [min, max] = options.contentLengthRange ?? DEFAULT_LENGTH_RANGE;
  const policyDocument = {
    expiration: new Date(nowMs + ttlMs).toISOString(),
    conditions: [
      { bucket: creds.bucket },
      ['starts-with', '$key', options.keyPrefix],
      { success_action_status: status },
      ['content-length-range', min, max],
      { 'x-amz-credential': credential },
      { 'x-amz-algorithm': ALGORITHM },
      { 'x-amz-date': date },
    ],
  };
  const policy = Buffer.from(JSON.stringify(policyDocument), 'utf8').toString('base64');
  return {
    url,
    fields: {
      key: options.key ?? `${options.keyPrefix}\${filename}`,
      success_action_status: status,
      policy,
      'x-amz-credential': credential,
      'x-amz-algorithm': ALGORITHM,
      'x-amz-date': date,
      'x-amz-signature': signPolicy(creds, date.slice(0, 8), policy),
    },
  };
}

function signPolicy(creds: S3Credentials, day: string, policy: string): string {
  const key = deriveSigningKey('AWS4', creds.secret, {
    day,
    region: creds.region,
    service: 's3',
    terminator: 'aws4_request',
  });
  return hmac(key, policy).toString('hex');
}

export type PolicyVerdict =
  | { ok: true; fields: Record<string, string>; lengthRange?: [number, number] }
  | { ok: false; error: XmlError };

const REQUIRED = [
  'key',
  'policy',
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-signature',
] as const;
/** Fields S3 does not expect the policy to mention. */
const EXEMPT = new Set(['policy', 'x-amz-signature', 'file']);

/**
 * Checks the form fields that came before the file, in the order S3 does: presence,
 * credential, signature, policy document, expiry, every condition, no extra fields.
 * `fields` has lower-cased names (S3 treats form field names case-insensitively).
 */
export function verifyPostPolicy(
  creds: S3Credentials,
  fields: Record<string, string>,
  nowMs: number,
): PolicyVerdict {
  const fail = (status: number, code: string, message: string, extra?: XmlError['extra']) =>
    ({ ok: false, error: { status, code, message, ...(extra ? { extra } : {}) } }) as const;
  if (fields.policy === undefined && fields['x-amz-signature'] === undefined) {
    // No policy at all is an anonymous POST, and the bucket is private.
    return fail(403, 'AccessDenied', 'Access Denied');
  }
  for (const name of REQUIRED) {
    if (fields[name] === undefined) {
      return fail(
        400,
        'InvalidArgument',
        `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`,
        { ArgumentName: name, ArgumentValue: '' },
      );
    }
  }
  const form = fields as Record<(typeof REQUIRED)[number], string>;
  if (form['x-amz-algorithm'] !== ALGORITHM) {
    return fail(
      400,
      'InvalidArgument',
      `Unsupported x-amz-algorithm; only ${ALGORITHM} is accepted.`,
      {
        ArgumentName: 'x-amz-algorithm',
        ArgumentValue: form['x-amz-algorithm'],
      },
    );
  }
  const credential = /^([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request$/.exec(form['x-amz-credential']);
  if (!credential) {
    return fail(
      400,
      'InvalidArgument',
      'Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".',
      { ArgumentName: 'x-amz-credential', ArgumentValue: form['x-amz-credential'] },
    );
  }
  const [, accessKeyId, day, region] = credential as unknown as [string, string, string, string];
  if (accessKeyId !== creds.accessKeyId) {
    return fail(
      403,
      'InvalidAccessKeyId',
      'The AWS Access Key Id you provided does not exist in our records.',
      {
        AWSAccessKeyId: accessKeyId,
      },
    );
  }
  if (region !== creds.region) {
    return fail(
      400,
      'AuthorizationQueryParametersError',
      `Error parsing the X-Amz-Credential parameter; the region '${region}' is wrong; expecting '${creds.region}'`,
      { Region: creds.region },
    );
  }
  if (!sameSignature(signPolicy(creds, day, form.policy), form['x-amz-signature'])) {
    return fail(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      {
        AWSAccessKeyId: accessKeyId,
        StringToSign: form.policy,
        SignatureProvided: form['x-amz-signature'],
      },
    );
  }
  const document = decodePolicy(form.policy);
  if (typeof document === 'string') return fail(400, 'InvalidPolicyDocument', document);
  if (nowMs > document.expiresAt) {
    return fail(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
  }
  return checkConditions(creds, fields, document.conditions);
}

function decodePolicy(policy: string): { expiresAt: number; conditions: unknown[] } | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(policy, 'base64').toString('utf8'));
  } catch {
    return 'Invalid Policy: Invalid JSON.';
  }
  if (typeof parsed !== 'object' || parsed === null) return 'Invalid Policy: Invalid JSON.';
  const { expiration, conditions } = parsed as { expiration?: unknown; conditions?: unknown };
  if (expiration === undefined) return 'Invalid Policy: Policy missing expiration.';
  const expiresAt = typeof expiration === 'string' ? Date.parse(expiration) : Number.NaN;
  if (Number.isNaN(expiresAt))
    return `Invalid Policy: Invalid 'expiration' value: '${String(expiration)}'`;
  if (!Array.isArray(conditions)) return 'Invalid Policy: Policy missing conditions.';
  return { expiresAt, conditions };
}

function checkConditions(
  creds: S3Credentials,
  fields: Record<string, string>,
  conditions: unknown[],
): PolicyVerdict {
  const covered = new Set<string>();
  let lengthRange: [number, number] | undefined;
  const failed = (condition: unknown[]): PolicyVerdict => ({
    ok: false,
    error: {
      status: 403,
      code: 'AccessDenied',
      message: `Invalid according to Policy: Policy Condition failed: [${condition.map((part) => JSON.stringify(part)).join(', ')}]`,
    },
  });
  for (const raw of conditions) {
    const condition = normalizeCondition(raw);
    if (!condition) {
      return {
        ok: false,
        error: {
          status: 400,
          code: 'InvalidPolicyDocument',
          message: `Invalid Policy: Invalid Condition: ${JSON.stringify(raw)}`,
        },
      };
    }
    const [op, target, value] = condition;
    if (op === 'content-length-range') {
      lengthRange = [Number(target), Number(value)];
      continue;
    }
    const name = String(target).replace(/^\$/, '').toLowerCase();
    const actual = name === 'bucket' ? creds.bucket : fields[name];
    covered.add(name);
    const ok =
      actual !== undefined && (op === 'eq' ? actual === value : actual.startsWith(String(value)));
    if (!ok) return failed([op, target, value]);
  }
  const extra = Object.keys(fields).filter(
    (name) => !EXEMPT.has(name) && !name.startsWith('x-ignore-') && !covered.has(name),
  );
  if (extra.length > 0) {
    return {
      ok: false,
      error: {
        status: 403,
        code: 'AccessDenied',
        message: `Invalid according to Policy: Extra input fields: ${extra.join(', ')}`,
      },
    };
  }
  return { ok: true, fields, ...(lengthRange ? { lengthRange } : {}) };
}

/** `{"k": v}` → ['eq', '$k', v]; arrays as they are; anything else is invalid. */
function normalizeCondition(raw: unknown): [string, unknown, unknown] | undefined {
  if (Array.isArray(raw)) {
    const op = String(raw[0]).toLowerCase();
    if (op === 'content-length-range' && raw.length === 3) return [op, raw[1], raw[2]];
    if ((op === 'eq' || op === 'starts-with') && raw.length === 3 && typeof raw[1] === 'string') {
      return [op, raw[1], raw[2]];
    }
    return undefined;
  }
  if (typeof raw === 'object' && raw !== null) {
    const entries = Object.entries(raw);
    if (entries.length !== 1) return undefined;
    const [name, value] = entries[0]!;
    return ['eq', `$${name}`, value];
  }
  return undefined;
}
