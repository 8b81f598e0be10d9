import { parsePolicyStatement, comparisonsOf, AllowStatement } from '../../lib/core/iam-policy';
import { buildCluster, dataOf, resourcesOf, synthValid, OCIDS } from '../support';

const ENDPOINT = 'https://abc-management.kms.eu-frankfurt-1.oraclecloud.com';
const SECURITY = 'ocid1.compartment.oc1..aaaaaaaasecuritykeys';
const SIGNING = 'ocid1.compartment.oc1..aaaaaaaasigningkeys';
const KEYS = { secretsKeyId: `${OCIDS.key}s`, volumesKeyId: `${OCIDS.key}v`, dataKeyId: `${OCIDS.key}d` };
const SIGNING_KEY = `${OCIDS.key}r`;

/** Every Allow statement of every oci_identity_policy, with the compartment the policy is attached to. */
function grants(json: any): Array<{ policy: string; attachedTo: string; statement: AllowStatement; text: string }> {
  return Object.entries(resourcesOf(json, 'oci_identity_policy')).flatMap(([policy, p]: [string, any]) =>
    (p.statements as string[]).map((text) => ({ policy, attachedTo: p.compartment_id, statement: parsePolicyStatement(text) as AllowStatement, text })));
}

/** The key OCIDs a statement is conditioned on (target.key.id). */
function keyIdsOf(statement: AllowStatement): string[] {
  return comparisonsOf(statement.condition).filter((c) => c.variable.toLowerCase() === 'target.key.id').flatMap((c) => [...c.values]);
}

/**
 * Finding 1 as a class: a policy grants only in the compartment it is attached to and below it, and Oracle's key
 * statements name "the compartment containing the master encryption key" (How Policies Work; Encrypting Kubernetes
 * Secrets at Rest in Etcd). Every statement on a key the user brings must name that key's compartment, from a policy
 * attached to that compartment or to the root compartment.
 */
describe('grants on brought keys name the compartment the keys live in', () => {
  const { stack } = buildCluster({
    encryption: { existingVault: { vaultId: OCIDS.vault, managementEndpoint: ENDPOINT }, existingKeys: KEYS, keysCompartmentId: SECURITY },
    supplyChain: { signing: { existingKeyIds: [SIGNING_KEY], vaultManagementEndpoint: ENDPOINT, keysCompartmentId: SIGNING } },
    observability: { sinks: { archive: {}, stream: {} } },
    // The File Storage class encrypts with the volumes key by default: its key statements follow the key too.
    kubernetes: { fileStorage: { availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', mountTargetId: 'ocid1.mounttarget.oc1.eu-frankfurt-1.aaaaaaaamt' } },
  });
  const json = synthValid(stack);
  const compartmentOf: Record<string, string> = {
    [KEYS.secretsKeyId]: SECURITY, [KEYS.volumesKeyId]: SECURITY, [KEYS.dataKeyId]: SECURITY, [SIGNING_KEY]: SIGNING,
  };

  test('every key statement names its key\'s compartment, and its policy is attached there or at the root', () => {
    const keyGrants = grants(json).filter((g) => keyIdsOf(g.statement).length > 0);
    expect(keyGrants.length).toBeGreaterThanOrEqual(7);
    // Each key grant's policy: the cluster keys', archive's, stream pool's, File Storage's and image verification's.
    expect(new Set(keyGrants.map((g) => g.policy)).size).toBeGreaterThanOrEqual(5);
    for (const g of keyGrants) {
      for (const keyId of keyIdsOf(g.statement)) {
        const expected = compartmentOf[keyId];
        expect({ text: g.text, known: expected !== undefined }).toEqual({ text: g.text, known: true });
        expect({ text: g.text, location: g.statement.location }).toEqual({ text: g.text, location: { kind: 'compartment', byId: true, value: expected } });
        expect({ text: g.text, attachedTo: [expected, OCIDS.tenancy].includes(g.attachedTo) }).toEqual({ text: g.text, attachedTo: true });
      }
    }
  });

  test('each key the infrastructure encrypts or verifies with is granted by some statement', () => {
    const granted = new Set(grants(json).flatMap((g) => keyIdsOf(g.statement)));
    const cluster: any = Object.values(resourcesOf(json, 'oci_containerengine_cluster'))[0];
    const used = [
      cluster.kms_key_id,
      ...cluster.image_policy_config.key_details.map((k: any) => k.kms_key_id),
      ...(Object.values(resourcesOf(json, 'oci_objectstorage_bucket')) as any[]).map((b) => b.kms_key_id),
      ...(Object.values(resourcesOf(json, 'oci_streaming_stream_pool')) as any[]).map((p) => p.custom_encryption_key.kms_key_id),
    ].filter((k) => k !== undefined);
    expect(used).toEqual(expect.arrayContaining([KEYS.secretsKeyId, SIGNING_KEY, KEYS.dataKeyId]));
    for (const k of used) expect({ k, granted: granted.has(k) }).toEqual({ k, granted: true });
  });

  test('every brought key is read at plan time with a postcondition on the compartment the grants name', () => {
    const read = Object.values(dataOf(json, 'oci_kms_key')) as any[];
    expect(read.map((k) => k.key_id).sort()).toEqual(Object.keys(compartmentOf).sort());
    for (const key of read) {
      expect(key.lifecycle.postcondition.map((c: any) => c.condition)).toContain(`\${self.compartment_id == "${compartmentOf[key.key_id]}"}`);
    }
  });
});
