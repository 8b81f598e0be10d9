import { Bastion } from '../../lib/access/bastion';
import { OkeCluster } from '../../lib/cluster/oke-cluster';
import { NodePool } from '../../lib/compute/node-pool';
import { ClusterKeys } from '../../lib/encryption/cluster-keys';
import { CniType } from '../../lib/network/cni-type';
import { ClusterNetwork } from '../../lib/network/cluster-network';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { newStack, OCIDS, resourcesOf, synthValid, importedCluster, importedKeys, importedNetwork } from '../support';


// Each construct resolves its defaults once into public readonly values; the synthesized attributes are those values.
describe('defaults are resolved once into public values', () => {
  test('Bastion: maxSessionTtlSeconds', () => {
    const stack = newStack();
    const b = new Bastion(stack, 'b', { compartmentId: OCIDS.compartment, clusterName: 'prod', targetSubnetId: OCIDS.subnet('bastion'), clientCidrs: ['203.0.113.0/24'] });
    expect(b.maxSessionTtlSeconds).toBe(3600);
    expect(Object.values(resourcesOf(synthValid(stack), 'oci_bastion_bastion'))[0]).toMatchObject({ max_session_ttl_in_seconds: b.maxSessionTtlSeconds });
  });

  test('ClusterKeys: rotationIntervalDays', () => {
    const stack = newStack();
    const keys = new ClusterKeys(stack, 'k', { compartmentId: OCIDS.compartment, clusterName: 'prod' });
    expect(keys.rotationIntervalDays).toBe(90);
    for (const key of Object.values(resourcesOf(synthValid(stack), 'oci_kms_key')) as any[]) {
      expect(key.auto_key_rotation_details.rotation_interval_in_days).toBe(90);
    }
  });

  test('NodePool: size, shape, boot volume, pods per node and CNI', () => {
    const stack = newStack();
    const pool = new NodePool(stack, 'p', {
      name: 'system', shape: 'VM.Standard.E5.Flex', cluster: importedCluster(stack), network: importedNetwork(stack), keys: importedKeys(stack),
    });
    expect([pool.cni, pool.initialSize, pool.ocpus, pool.memoryGbs, pool.bootVolumeSizeGbs, pool.maxPodsPerNode])
      .toEqual([CniType.OCI_VCN_IP_NATIVE, 3, 2, 16, 50, 31]);
    const r = Object.values(resourcesOf(synthValid(stack), 'oci_containerengine_node_pool'))[0] as any;
    expect(r.node_config_details.size).toBe(pool.initialSize);
    expect(r.node_shape_config).toEqual({ ocpus: pool.ocpus, memory_in_gbs: pool.memoryGbs });
    expect(r.node_source_details.boot_volume_size_in_gbs).toBe(String(pool.bootVolumeSizeGbs));
    expect(r.node_config_details.node_pool_pod_network_option_details.max_pods_per_node).toBe(pool.maxPodsPerNode);
  });

  test('OkeCluster and ClusterNetwork: CNI', () => {
    const stack = newStack();
    const net = new ClusterNetwork(stack, 'n', { compartmentId: OCIDS.compartment, clusterName: 'prod' });
    const c = new OkeCluster(stack, 'c', {
      compartmentId: OCIDS.compartment, name: 'prod', kubernetesVersion: 'v1.33.1', network: net, keys: importedKeys(stack),
    });
    expect([net.cni, c.cni]).toEqual([CniType.OCI_VCN_IP_NATIVE, CniType.OCI_VCN_IP_NATIVE]);
  });

  test('HardenedCluster hands the network\'s resolved CNI and the bastion\'s resolved TTL to the rest', () => {
    const stack = newStack();
    const hc = new HardenedCluster(stack, 'prod', {
      compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, region: 'eu-frankfurt-1', kubernetesVersion: 'v1.33.1',
      bastion: { clientCidrs: ['203.0.113.0/24'], maxSessionTtlSeconds: 7200 }, network: { cni: CniType.FLANNEL_OVERLAY },
      kubernetes: { networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO },
      nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex' }],
    });
    expect(hc.cluster.cni).toBe(hc.network.cni);
    expect(hc.nodePools.map((p) => p.cni)).toEqual([CniType.FLANNEL_OVERLAY]);
    const outputs = synthValid(stack).output as Record<string, any>;
    const forward = Object.values(outputs).find((o: any) => String(o.value).includes('create-port-forwarding')) as any;
    expect(forward.value).toContain(`--session-ttl ${hc.bastion.maxSessionTtlSeconds}`);
    expect(hc.bastion.maxSessionTtlSeconds).toBe(7200);
  });
});
