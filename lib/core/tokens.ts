import { Token } from 'cdktf';
import { HardenedOkeValidationError } from './errors';

/**
 * Refuses a Terraform token (a variable, a resource attribute, `Token.asString/asNumber`) where the library must
 * validate the value at synth. cdktf encodes number tokens as huge negative doubles (about -1.8e+289), which
 * would otherwise surface in range errors as nonsense numbers. Uses only cdktf's public `Token.isUnresolved`.
 */
export function requireKnown(property: string, value: unknown): void {
  if (value !== undefined && value !== null && Token.isUnresolved(value)) {
    throw new HardenedOkeValidationError(property, 'must be known at synth, but it is a Terraform token (a variable or a resource attribute)',
      'pass a literal value: the library validates it before Terraform runs');
  }
}
