import { Token } from 'cdktf';
import { HardenedOkeValidationError } from './errors';

/**
 * The one https rule for endpoints the library or OCI calls (vault management endpoints, notification
 * receivers): a parseable https:// URL with a host and no embedded credentials. A Terraform reference (e.g. a
 * vault's management_endpoint attribute) is accepted: OCI returns https endpoints.
 */
export function requireHttpsUrl(property: string, value: unknown, why = 'plain http would send the traffic unencrypted'): void {
  if (typeof value === 'string' && Token.isUnresolved(value)) return;
  if (typeof value !== 'string') throw new HardenedOkeValidationError(property, `${JSON.stringify(value)} is not a URL`, 'use an https:// URL');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HardenedOkeValidationError(property, `"${value}" is not a URL`, 'use an https:// URL');
  }
  if (url.protocol !== 'https:' || !url.hostname) {
    throw new HardenedOkeValidationError(property, `"${value}" is not an https endpoint`, `use an https:// URL (${why})`);
  }
  if (url.username || url.password) {
    throw new HardenedOkeValidationError(property, 'embeds credentials in the URL',
      'remove user:password@ from the URL and authenticate the receiver another way');
  }
}
