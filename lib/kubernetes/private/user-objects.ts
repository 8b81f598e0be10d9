import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../../core/errors';

/**
 * Refuses cdktf tokens anywhere in an object: the object is also written as YAML for GitOps, where a Terraform
 * reference cannot resolve (it would be written as `${TfToken[...]}`), so a value must be known at synth.
 */
export function refuseTokens(where: string, value: unknown, what: string, at = ''): void {
  if (typeof value === 'string' || typeof value === 'number' || (value !== null && typeof value === 'object' && !Array.isArray(value))) {
    if (Token.isUnresolved(value)) {
      throw new HardenedOkeValidationError(`${where}${at}`, `${what} holds a Terraform reference (a cdktf token), which the GitOps YAML cannot carry`,
        'pass the value known at synth (a literal string or number); values known only at apply time belong in a Terraform resource of their own');
    }
    if (typeof value !== 'object') return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => refuseTokens(where, v, what, `${at}[${i}]`));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      refuseTokens(where, k, what, at);
      refuseTokens(where, v, what, `${at}.${k}`);
    }
  }
}
