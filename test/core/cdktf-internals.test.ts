import { App, TerraformStack, Token } from 'cdktf';
import { STRING_TOKEN_MARKER } from '../../lib/core/cdktf-internals';
import { DataOciObjectstorageNamespace } from '../../lib/generated/providers/oci/data-oci-objectstorage-namespace';

// If a cdktf upgrade changes how it encodes tokens in strings, the Kubernetes layer would escape references as
// literal text: this fails first and names the file to update.
test('cdktf still encodes string tokens the way lib/core/cdktf-internals.ts expects', () => {
  const stack = new TerraformStack(new App(), 'tokens');
  const namespace = new DataOciObjectstorageNamespace(stack, 'ns', {}).namespace;
  const embedded = `prefix-${namespace}-suffix`;
  expect(Token.isUnresolved(embedded)).toBe(true);
  const parts = embedded.split(STRING_TOKEN_MARKER);
  expect(parts).toHaveLength(3);
  expect(parts[0]).toBe('prefix-');
  expect(parts[2]).toBe('-suffix');
  expect(Token.isUnresolved(parts[1])).toBe(true);
});
