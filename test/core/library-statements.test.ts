import { administratorStatements, clusterServiceStatements } from '../../lib/access/private/iam-statements';
import { validatePolicyStatement } from '../../lib/core/iam-policy';
import { keyUsageStatements } from '../../lib/encryption/key-policy-statements';
import {
  agentLogStatement, connectorPushStreamStatement, connectorReadLogsStatement, connectorWriteBucketStatement, objectStorageKeyStatement, streamingKeyStatement,
} from '../../lib/observability/private/iam-statements';
import { imageVerificationStatements, vulnerabilityScanningServiceStatements } from '../../lib/supply-chain/private/supply-chain-rules';

const C = 'ocid1.compartment.oc1..aaaaaaaac';
const ref = (r: string) => `\${${r}.id}`;

/** Every statement-building function of the library, with Terraform references as values (as synthesized). */
const ALL: Record<string, string[]> = {
  clusterService: clusterServiceStatements(C, ref('oci_containerengine_cluster.k')),
  administrators: administratorStatements('ocid1.group.oc1..g', C, ref('oci_containerengine_cluster.k'), ref('oci_bastion_bastion.b')),
  administratorsMfa: administratorStatements('ocid1.group.oc1..g', C, ref('oci_containerengine_cluster.k'), ref('oci_bastion_bastion.b'), true),
  keys: keyUsageStatements(C, { secretsKeyId: ref('oci_kms_key.s'), volumesKeyId: ref('oci_kms_key.v') }),
  connectorLogs: [connectorReadLogsStatement(C)],
  connectorBucket: [connectorWriteBucketStatement(C, C, 'prod-log-archive')],
  connectorStream: [connectorPushStreamStatement(C, C, ref('oci_streaming_stream.s'))],
  objectStorageKey: [objectStorageKeyStatement('eu-frankfurt-1', C, ref('oci_kms_key.d'))],
  streamingKey: [streamingKeyStatement(C, ref('oci_kms_key.d'))],
  agentLogs: [agentLogStatement(ref('oci_identity_dynamic_group.w'), C)],
  imageVerification: imageVerificationStatements(C, 'ocid1.compartment.oc1..aaaaaaaakeys', [ref('oci_kms_key.sign')]),
  vulnerabilityScanning: vulnerabilityScanningServiceStatements(C),
};

test.each(Object.entries(ALL))('%s statements parse and use only documented verbs, types, variables and principal types', (_, statements) => {
  expect(statements.length).toBeGreaterThan(0);
  for (const s of statements) expect({ s, problems: validatePolicyStatement(s) }).toEqual({ s, problems: [] });
});

test('no library statement is scoped to the whole tenancy or grants manage on a cluster-admin-equivalent type', () => {
  // The one tenancy-wide grant is read-only and deliberate: image verification must read every repository the
  // admission policy admits, in any compartment (Oracle's page writes it "read repos in tenancy").
  const tenancyWide = Object.values(ALL).flat().filter((s) => / in tenancy\b/.test(s));
  expect(tenancyWide).toEqual([`Allow any-user to read repos in tenancy where all {request.principal.type = 'cluster', request.principal.compartment.id = '${C}'}`]);
  for (const s of Object.values(ALL).flat()) {
    expect(s).not.toMatch(/ to manage (clusters|cluster-family|all-resources) /);
  }
});
