import { App, TerraformStack, Testing } from 'cdktf';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import type { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { schemaValidator } from './schema';

export * from './files';
export * from './schema';
export * from './synth';

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

/** The one system pool the HardenedCluster tests start from. */
export const SYSTEM_POOL = { name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3 };

/** The smallest valid HardenedCluster props the tests start from (spread and override what a test is about). */
export const CLUSTER_PROPS: HardenedClusterProps = {
  compartmentId: OCIDS.compartment,
  tenancyId: OCIDS.tenancy,
  region: 'eu-frankfurt-1',
  kubernetesVersion: 'v1.33.1',
  bastion: { clientCidrs: ['203.0.113.0/24'] },
  adminGroupIds: [OCIDS.group('admins')],
  nodePools: [SYSTEM_POOL],
};

/** A HardenedCluster `prod` in a fresh stack, from CLUSTER_PROPS (or `base`) with `overrides`. */
export function buildCluster(overrides: Partial<HardenedClusterProps> = {}, base: HardenedClusterProps = CLUSTER_PROPS): { stack: TerraformStack; cluster: HardenedCluster } {
  // Loaded on first use, so tests that never build a cluster do not load the whole library.
  const { HardenedCluster: Cluster } = require('../../lib/hardened-cluster') as typeof import('../../lib/hardened-cluster');
  const stack = newStack();
  return { stack, cluster: new Cluster(stack, 'prod', { ...base, ...overrides }) };
}

export { App, TerraformStack, Testing };
export * from './references';
