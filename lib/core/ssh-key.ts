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
  const blob = Buffer.from(m[2], 'base64');
  const len = blob.length >= 4 ? blob.readUInt32BE(0) : -1;
  if (len !== m[1].length || blob.subarray(4, 4 + len).toString('latin1') !== m[1] || blob.length < 4 + len + 16) {
    throw new HardenedOkeValidationError(property, `the base64 body is not a ${m[1]} key (truncated or mismatched type)`, fix);
  }
}
