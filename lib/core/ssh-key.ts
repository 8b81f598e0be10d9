import { HardenedOkeValidationError } from './errors';
import { requireKnown } from './tokens';

/** Key types OpenSSH writes to `.pub` files and OCI instances accept in `ssh_authorized_keys`. */
const SSH_KEY_TYPES = ['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'];

/**
 * Throws unless `key` is one OpenSSH public key line: `<type> <base64 body> [comment]`, where the body decodes to
 * a blob that starts with the same type name (the wire format of RFC 4253 §6.6), so a private key, a fingerprint,
 * a file path or a truncated paste is refused at synth instead of leaving nodes without access.
 */
export function requireSshPublicKey(property: string, key: unknown): void {
  requireKnown(property, key);
  const fix = 'paste the single line of your .pub file, e.g. "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA... user@host" (ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp*)';
  if (typeof key !== 'string') throw new HardenedOkeValidationError(property, `${JSON.stringify(key)} is not an SSH public key`, fix);
  if (key.includes('PRIVATE KEY')) throw new HardenedOkeValidationError(property, 'is a private key', `never put a private key in configuration; ${fix}`);
  const m = /^(\S+) ([A-Za-z0-9+/]+={0,2})(?: [^\r\n]*)?$/.exec(key.trim());
  if (!m || !SSH_KEY_TYPES.includes(m[1])) {
    throw new HardenedOkeValidationError(property, `"${key.length > 40 ? key.slice(0, 40) + '...' : key}" is not an SSH public key`, fix);
  }
  // The blob is a sequence of length-prefixed fields (type name, then key material) that must end exactly.
  const blob = Buffer.from(m[2], 'base64');
  const fields: Buffer[] = [];
  let at = 0;
  while (at + 4 <= blob.length) {
    const len = blob.readUInt32BE(at);
    if (at + 4 + len > blob.length) break;
    fields.push(blob.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  const wellFormed = at === blob.length && fields.length >= 2 && fields[0].toString('latin1') === m[1];
  const material = fields.slice(1).reduce((n, f) => n + f.length, 0);
  if (!wellFormed || material < 32 || (m[1] === 'ssh-ed25519' && (fields.length !== 2 || fields[1].length !== 32))) {
    throw new HardenedOkeValidationError(property, `the base64 body is not a ${m[1]} key (truncated or mismatched type)`, fix);
  }
}
