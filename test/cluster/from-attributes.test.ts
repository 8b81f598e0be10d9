import { Testing } from 'cdktf';
import { OkeCluster } from '../../lib/cluster/oke-cluster';
import { NodePool } from '../../lib/compute/node-pool';
import { TaintEffect } from '../../lib/compute/node-taint';
import { NodePoolNetwork } from '../../lib/network/node-pool-network';
import { CniType } from '../../lib/network/cni-type';
import { WorkloadIdentityAccess } from '../../lib/access/workload-identity-access';
import { IamVerb } from '../../lib/kubernetes/workload-identity';
import { ClusterKeys } from '../../lib/encryption/cluster-keys';
import { newStack, resourcesOf, synthValid, OCIDS, importedNetwork } from '../support';

const CLUSTER_ID = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';
const NSG = (n: string) => `ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaatest${n}`;
const ATTRS = { clusterId: CLUSTER_ID, clusterName: 'platform', compartmentId: OCIDS.compartment, kubernetesVersion: 'v1.33.1' };
const NETWORK = { vcnId: OCIDS.vcn, workerSubnetId: OCIDS.subnet('workers'), workerNsgIds: [NSG('workers')], podSubnetId: OCIDS.subnet('pods'), podNsgIds: [NSG('pods')] };

describe('OkeCluster.fromClusterAttributes, ClusterNetwork.fromNetworkAttributes, ClusterKeys.fromKeyAttributes', () => {
  test('an imported cluster creates no resource and exposes its attributes', () => {
    const stack = newStack();
    const cluster = OkeCluster.fromClusterAttributes(stack, 'cluster', ATTRS);
    expect(cluster).toMatchObject(ATTRS);
    expect(Object.keys(resourcesOf(JSON.parse(Testing.synth(stack)), 'oci_containerengine_cluster'))).toHaveLength(0);
  });

  test('a pool added to an existing cluster joins it with the worker and pod NSGs, the Cilium taint and encrypted volumes', () => {
    const stack = newStack();
    const cluster = OkeCluster.fromClusterAttributes(stack, 'cluster', ATTRS);
    const keys = ClusterKeys.fromKeyAttributes(stack, 'keys', { volumesKeyId: OCIDS.key });
    const pool = new NodePool(stack, 'pool', {
      cluster, network: NodePoolNetwork.fromNetworkAttributes(NETWORK), keys,
      name: 'reports', shape: 'VM.Standard.E5.Flex', size: 2, taints: [{ key: 'dedicated', value: 'reports', effect: TaintEffect.NO_SCHEDULE }],
    });
    expect(pool.kubernetesVersion).toBe('v1.33.1');
    expect(pool.taints.map((t: { key: string }) => t.key)).toEqual(['node.cilium.io/agent-not-ready', 'dedicated']);
    const json = synthValid(stack);
    const np = Object.values(resourcesOf(json, 'oci_containerengine_node_pool'))[0] as any;
    expect(np.cluster_id).toBe(CLUSTER_ID);
    expect(np.compartment_id).toBe(OCIDS.compartment);
    expect(np.name).toBe('platform-reports');
    expect(np.node_config_details.nsg_ids).toEqual([NSG('workers')]);
    expect(np.node_config_details.kms_key_id).toBe(OCIDS.key);
    expect(np.node_config_details.is_pv_encryption_in_transit_enabled).toBe(true);
    expect(np.node_config_details.node_pool_pod_network_option_details).toMatchObject({ cni_type: 'OCI_VCN_IP_NATIVE', pod_subnet_ids: [OCIDS.subnet('pods')], pod_nsg_ids: [NSG('pods')] });
    expect(np.node_metadata.areLegacyImdsEndpointsDisabled).toBe('true');
  });

  test('a pool newer than the existing cluster is refused', () => {
    const stack = newStack();
    const cluster = OkeCluster.fromClusterAttributes(stack, 'cluster', ATTRS);
    expect(() => new NodePool(stack, 'pool', {
      cluster, network: NodePoolNetwork.fromNetworkAttributes(NETWORK), keys: ClusterKeys.fromKeyAttributes(stack, 'keys', { volumesKeyId: OCIDS.key }), name: 'new', shape: 'VM.Standard.E5.Flex', kubernetesVersion: 'v1.34.1',
    })).toThrow(/^kubernetesVersion: /);
  });

  test('an OkeCluster in an imported network and with imported keys uses their subnets, NSGs and secrets key', () => {
    const stack = newStack();
    const network = importedNetwork(stack);
    const keys = ClusterKeys.fromKeyAttributes(stack, 'keys', { secretsKeyId: OCIDS.key, volumesKeyId: OCIDS.key });
    new OkeCluster(stack, 'c', { compartmentId: OCIDS.compartment, name: 'prod', kubernetesVersion: 'v1.33.1', network, keys });
    const c = Object.values(resourcesOf(synthValid(stack), 'oci_containerengine_cluster'))[0] as any;
    expect(c.vcn_id).toBe(network.vcnId);
    expect(c.endpoint_config).toMatchObject({ subnet_id: network.subnetIds.apiEndpoint, nsg_ids: [network.nsgIds.apiEndpoint] });
    expect(c.options.service_lb_subnet_ids).toEqual([network.subnetIds.loadBalancers]);
    expect(c.options.service_lb_config.backend_nsg_ids).toEqual([network.nsgIds.workers]);
    expect(c.kms_key_id).toBe(OCIDS.key);
    expect(c.depends_on).toBeUndefined();
  });

  test('imported keys without the secrets key serve a node pool, and an OkeCluster reading it gets a named error', () => {
    const stack = newStack();
    const keys = ClusterKeys.fromKeyAttributes(stack, 'keys', { volumesKeyId: OCIDS.key });
    expect(keys.dataKeyId).toBe(OCIDS.key);
    expect(() => new OkeCluster(stack, 'c', { compartmentId: OCIDS.compartment, name: 'prod', kubernetesVersion: 'v1.33.1', network: importedNetwork(stack), keys }))
      .toThrow(/^secretsKeyId: was not given .*Fix: pass secretsKeyId to ClusterKeys.fromKeyAttributes/s);
  });

  test('bad network and key attributes get named errors', () => {
    const stack = newStack();
    expect(() => importedNetwork(stack, { vcnId: 'vcn' }, 'n1')).toThrow(/^vcnId: /);
    expect(() => importedNetwork(stack, { subnetIds: { apiEndpoint: 'x', workers: OCIDS.subnet('w'), loadBalancers: OCIDS.subnet('l'), bastion: OCIDS.subnet('b'), pods: OCIDS.subnet('p') } }, 'n2'))
      .toThrow(/^subnetIds.apiEndpoint: /);
    expect(() => importedNetwork(stack, { nsgIds: { apiEndpoint: NSG('a'), workers: NSG('w'), loadBalancers: NSG('l'), bastion: NSG('b') } }, 'n3'))
      .toThrow(/^nsgIds.pods: /);
    expect(() => importedNetwork(stack, { cni: CniType.FLANNEL_OVERLAY, nsgIds: { apiEndpoint: NSG('a'), workers: NSG('w'), loadBalancers: NSG('l'), bastion: NSG('b') } }, 'n4')).not.toThrow();
    expect(() => ClusterKeys.fromKeyAttributes(stack, 'k1', { volumesKeyId: 'ocid1.vault.oc1..x' })).toThrow(/^volumesKeyId: /);
    expect(() => ClusterKeys.fromKeyAttributes(stack, 'k2', { volumesKeyId: OCIDS.key, managementEndpoint: 'http://x' })).toThrow(/^managementEndpoint: /);
  });

  test('bad attributes get named errors', () => {
    const stack = newStack();
    expect(() => OkeCluster.fromClusterAttributes(stack, 'a', { ...ATTRS, clusterId: 'not-an-ocid' })).toThrow(/^clusterId: /);
    expect(() => OkeCluster.fromClusterAttributes(stack, 'b', { ...ATTRS, clusterName: 'Bad_Name' })).toThrow(/^clusterName: /);
    expect(() => NodePoolNetwork.fromNetworkAttributes({ ...NETWORK, workerNsgIds: [] })).toThrow(/^workerNsgIds: worker nodes have no network security group/);
    expect(() => NodePoolNetwork.fromNetworkAttributes({ ...NETWORK, podNsgIds: undefined })).toThrow(/^podNsgIds: /);
    expect(NodePoolNetwork.fromNetworkAttributes({ vcnId: OCIDS.vcn, cni: CniType.FLANNEL_OVERLAY, workerSubnetId: OCIDS.subnet('w'), workerNsgIds: [NSG('w')] }).podSubnetId).toBeUndefined();
  });

  test('workload identity for an existing cluster: one policy conditioned on the workload, the namespace, the service account and the cluster', () => {
    const stack = newStack();
    const cluster = OkeCluster.fromClusterAttributes(stack, 'cluster', ATTRS);
    new WorkloadIdentityAccess(stack, 'wi', {
      cluster, namespaceName: 'reports',
      serviceAccounts: [{ name: 'exporter', allow: [{ verb: IamVerb.MANAGE, resourceType: 'objects', conditions: ["target.bucket.name = 'reports'"] }] }],
    });
    const policy = Object.values(resourcesOf(synthValid(stack), 'oci_identity_policy'))[0] as any;
    expect(policy.name).toMatch(/^platform-[a-z0-9]+-reports-workload-identity$/);
    expect(policy.statements).toEqual([
      `Allow any-user to manage objects in compartment id ${OCIDS.compartment} where all {request.principal.type = 'workload', request.principal.namespace = 'reports', request.principal.service_account = 'exporter', request.principal.cluster_id = '${CLUSTER_ID}', target.bucket.name = 'reports'}`,
    ]);
  });
});

test('an imported cluster without privateEndpoint names the missing attribute when it is read', () => {
  const { App, TerraformStack } = require('cdktf');
  const { OkeCluster } = require('../../lib/cluster/oke-cluster');
  const stack = new TerraformStack(new App(), 'imported');
  const cluster = OkeCluster.fromClusterAttributes(stack, 'existing', {
    clusterId: 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaaexamplecluster', clusterName: 'legacy',
    compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', kubernetesVersion: 'v1.33.1',
  });
  expect(() => cluster.privateEndpoint).toThrow(/privateEndpoint: was not given when cluster legacy was imported/);
});
