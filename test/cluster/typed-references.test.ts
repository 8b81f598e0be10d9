import { Testing } from 'cdktf';
import { ClusterKeys } from '../../lib/encryption/cluster-keys';
import { ClusterNetwork } from '../../lib/network/cluster-network';
import { OkeCluster } from '../../lib/cluster/oke-cluster';
import { NodePool } from '../../lib/compute/node-pool';
import { WorkloadIdentityAccess } from '../../lib/access/workload-identity-access';
import { IamVerb } from '../../lib/kubernetes/workload-identity';
import { buildCluster, newStack, OCIDS, resourcesOf } from '../support';

// The building blocks reference each other through IOkeCluster, IClusterNetwork and IClusterKeys (aws-cdk's
// ICluster/IVpc/IKey), so what one needs is read from the other instead of being handed over as ids.
describe('typed references between the building blocks', () => {
  test('an OkeCluster and a NodePool built from ClusterNetwork and ClusterKeys of the app wait for the key policy and use their subnets and keys', () => {
    const stack = newStack();
    const network = new ClusterNetwork(stack, 'network', { compartmentId: OCIDS.compartment, clusterName: 'prod' });
    const keys = new ClusterKeys(stack, 'keys', { compartmentId: OCIDS.compartment, clusterName: 'prod' });
    const cluster = new OkeCluster(stack, 'cluster', { compartmentId: OCIDS.compartment, name: 'prod', kubernetesVersion: 'v1.33.1', network, keys });
    new NodePool(stack, 'pool', { name: 'system', shape: 'VM.Standard.E5.Flex', cluster, network, keys });
    const json = JSON.parse(Testing.synth(stack));
    const c = Object.values(resourcesOf(json, 'oci_containerengine_cluster'))[0] as any;
    const p = Object.values(resourcesOf(json, 'oci_containerengine_node_pool'))[0] as any;
    const keyPolicy = `oci_identity_policy.${keys.keyPolicy!.friendlyUniqueId}`;
    expect(c.depends_on).toEqual([keyPolicy]);
    expect(p.depends_on).toEqual([keyPolicy]);
    expect(c.kms_key_id).toBe(`\${oci_kms_key.${keys.secretsKey!.friendlyUniqueId}.id}`);
    expect(p.node_config_details.kms_key_id).toBe(`\${oci_kms_key.${keys.volumesKey!.friendlyUniqueId}.id}`);
    expect(c.endpoint_config.nsg_ids).toEqual([`\${oci_core_network_security_group.${network.networkSecurityGroups.apiEndpoint.friendlyUniqueId}.id}`]);
    expect(p.node_config_details.nsg_ids).toEqual([`\${oci_core_network_security_group.${network.networkSecurityGroups.workers.friendlyUniqueId}.id}`]);
    expect(p.cluster_id).toBe(`\${oci_containerengine_cluster.${cluster.resource.friendlyUniqueId}.id}`);
  });

  test('HardenedCluster is an IOkeCluster: a pool or a workload identity added beside it reads its id, name, compartment and version', () => {
    const { stack, cluster } = buildCluster();
    const pool = new NodePool(stack, 'extra', { name: 'extra', shape: 'VM.Standard.E5.Flex', cluster, network: cluster.network, keys: cluster.keys });
    new WorkloadIdentityAccess(stack, 'wi', {
      cluster, namespaceName: 'reports', serviceAccounts: [{ name: 'exporter', allow: [{ verb: IamVerb.READ, resourceType: 'objects' }] }],
    });
    expect([cluster.clusterId, cluster.compartmentId, cluster.kubernetesVersion, cluster.privateEndpoint])
      .toEqual([cluster.cluster.clusterId, OCIDS.compartment, 'v1.33.1', cluster.cluster.privateEndpoint]);
    expect(pool.kubernetesVersion).toBe('v1.33.1');
    const json = JSON.parse(Testing.synth(stack));
    const extra = (resourcesOf(json, 'oci_containerengine_node_pool') as any)[pool.resource.friendlyUniqueId];
    expect(extra.name).toBe('prod-extra');
    expect(extra.cluster_id).toBe(`\${oci_containerengine_cluster.${cluster.cluster.resource.friendlyUniqueId}.id}`);
  });

  test('add* methods return what they create', () => {
    const { cluster } = buildCluster({ kubernetes: { applicationNamespaces: [{ name: 'shop' }] } });
    const manifests = cluster.addManifest('config', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'shop' }, data: { a: 'b' } });
    expect(manifests).toHaveLength(1);
    expect(manifests[0].terraformResourceType).toBe('kubernetes_manifest');
    const ns = cluster.addApplicationNamespace({ name: 'billing' });
    expect(ns.length).toBeGreaterThan(1);
    expect(new Set(ns.map((r) => r.terraformResourceType))).toEqual(new Set(['kubernetes_manifest', 'kubernetes_default_service_account_v1']));
    const policy = cluster.grantClusterAdmin(OCIDS.group('oncall'));
    expect(policy.terraformResourceType).toBe('oci_identity_policy');
    expect(cluster.addNodePool({ name: 'batch', shape: 'VM.Standard.E5.Flex' }).constructor.name).toBe('NodePool');
  });
});
