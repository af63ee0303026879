import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/** A key and certificate (PEM) for an HTTPS server. */
export interface ServerTls {
  key: string;
  cert: string;
}

/** A certificate authority made when the sandbox starts: it signs the servers' certificates. */
export interface CertificateAuthority {
  /** The root certificate to trust (PEM). */
  cert: string;
  key: forge.pki.rsa.PrivateKey;
  subject: forge.pki.CertificateField[];
}

export interface LeafOptions {
  /** DNS names and IP addresses the certificate is for. */
  hosts?: string[];
  /** Already expired (for the tests of certificate errors). */
  expired?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A fresh RSA key from Node's crypto (fast, native), in node-forge's form, which signs.
 * Pure JS otherwise: nothing to install on a person's machine (no openssl).
 */
function newKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(publicKey) as forge.pki.rsa.PublicKey,
    privatePem: privateKey,
  };
}

function serial(): string {
  // Positive: the top bit clear.
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  return bytes.toString('hex');
}

export function createCertificateAuthority(name = 'Dropship Sandbox CA'): CertificateAuthority {
  const keys = newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = new Date(Date.now() + 30 * DAY_MS);
  const subject = [
    { name: 'commonName', value: `${name} ${serial().slice(0, 8)}` },
    { name: 'organizationName', value: 'Dropship sandbox' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: keys.privateKey, subject };
}

/** A server certificate signed by `ca`, for 127.0.0.1 and localhost unless told otherwise. */
export function issueServerCertificate(
  ca: CertificateAuthority,
  options: LeafOptions = {},
): ServerTls {
  const keys = newKeyPair();
  const hosts = options.hosts ?? ['127.0.0.1', 'localhost'];
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  const now = Date.now();
  cert.validity.notBefore = new Date(now - (options.expired ? 30 : 1) * DAY_MS);
  cert.validity.notAfter = new Date(options.expired ? now - DAY_MS : now + 30 * DAY_MS);
  cert.setSubject([{ name: 'commonName', value: hosts[0] ?? 'localhost' }]);
  cert.setIssuer(ca.subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: hosts.map((host) =>
        /^[\d.]+$|:/.test(host) ? { type: 7, ip: host } : { type: 2, value: host },
      ),
    },
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  return { key: keys.privatePem, cert: forge.pki.certificateToPem(cert) };
}
