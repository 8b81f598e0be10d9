import { App, TerraformStack, Testing } from 'cdktf';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { SchemaValidator } from '../../lib/testing/schema-validator';

export const schemaValidator = SchemaValidator.fromSchemaDir();

/** Placeholder OCIDs for tests, well-formed like real ones. */
export const OCIDS = {
  compartment: 'ocid1.compartment.oc1..aaaaaaaatestcompartment',
  tenancy: 'ocid1.tenancy.oc1..aaaaaaaatesttenancy',
  key: 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaatestkey',
  vault: 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaatestvault',
  vcn: 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaatestvcn',
  subnet: (n: string) => `ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaatest${n}`,
  group: (n: string) => `ocid1.group.oc1..aaaaaaaatest${n}`,
};

/** A stack with the OCI provider configured, inside a fresh test app. */
export function newStack(name = 'test'): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, name);
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  return stack;
}

/** Synthesizes a stack, checks it against the provider schemas, and returns the parsed JSON. */
export function synthValid(stack: TerraformStack): any {
  const json = JSON.parse(Testing.synth(stack));
  schemaValidator.assertValid(json);
  return json;
}

/** All resources of one type in a synthesized stack, by name. */
export function resourcesOf(json: any, type: string): Record<string, any> {
  return json.resource?.[type] ?? {};
}

export function dataOf(json: any, type: string): Record<string, any> {
  return json.data?.[type] ?? {};
}

export { App, TerraformStack, Testing };
