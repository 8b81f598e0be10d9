import { TerraformVariable, Testing } from 'cdktf';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { CLUSTER_PROPS, newStack } from '../support';

test('a compartment from a Terraform variable: tenancy-unique names hash join("/", [compartment, name]) and cdktf prints no "output may be incorrect" warning', () => {
  const stack = newStack();
  const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' });
  const warnings: string[] = [];
  const spy = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => { warnings.push(args.join(' ')); });
  let json: string;
  try {
    new HardenedCluster(stack, 'prod', { ...CLUSTER_PROPS, compartmentId: compartment.stringValue });
    json = Testing.synth(stack);
  } finally {
    spy.mockRestore();
  }
  expect(warnings).toEqual([]);
  // The same bytes as the literal case hashes in Node: "<compartment OCID>/<cluster name>".
  expect(json).toContain('substr(sha256(join(\\"/\\", [var.compartment, \\"prod\\"])), 0, 6)');
  expect(json).not.toMatch(/TfToken/);
});
