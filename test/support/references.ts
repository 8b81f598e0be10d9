import { Construct } from 'constructs';
import { OkeCluster } from '../../lib/cluster/oke-cluster';
import { IOkeCluster, OkeClusterAttributes } from '../../lib/cluster/cluster-ref';
import { ClusterKeys } from '../../lib/encryption/cluster-keys';
import { IClusterKeys } from '../../lib/encryption/cluster-keys-ref';
import { ClusterNetwork } from '../../lib/network/cluster-network';
import { ClusterNetworkAttributes, IClusterNetwork } from '../../lib/network/cluster-network-ref';

const REGION_PART = 'oc1.eu-frankfurt-1.aaaaaaaatest';
/** Placeholder NSG and cluster OCIDs, well-formed like real ones. */
export const NSG = (n: string): string => `ocid1.networksecuritygroup.${REGION_PART}${n}`;
export const CLUSTER_ID = `ocid1.cluster.${REGION_PART}cluster`;
const SUBNET = (n: string): string => `ocid1.subnet.${REGION_PART}${n}`;

/** A network created elsewhere, for building blocks tested on their own: subnets and NSGs named after their roles. */
export function importedNetwork(scope: Construct, attrs: Partial<ClusterNetworkAttributes> = {}, id = 'network'): IClusterNetwork {
  return ClusterNetwork.fromNetworkAttributes(scope, id, {
    vcnId: `ocid1.vcn.${REGION_PART}vcn`,
    subnetIds: { apiEndpoint: SUBNET('api'), workers: SUBNET('workers'), pods: SUBNET('pods'), loadBalancers: SUBNET('lb'), bastion: SUBNET('bastion') },
    nsgIds: { apiEndpoint: NSG('api'), workers: NSG('workers'), pods: NSG('pods'), loadBalancers: NSG('lb'), bastion: NSG('bastion') },
    ...attrs,
  });
}

/** Keys created elsewhere (one placeholder key for every purpose). */
export function importedKeys(scope: Construct, id = 'keys'): IClusterKeys {
  const key = `ocid1.key.${REGION_PART}key`;
  return ClusterKeys.fromKeyAttributes(scope, id, { secretsKeyId: key, volumesKeyId: key });
}

/** A cluster created elsewhere: `prod`, v1.33.1, in the test compartment. */
export function importedCluster(scope: Construct, attrs: Partial<OkeClusterAttributes> = {}, id = 'cluster'): IOkeCluster {
  return OkeCluster.fromClusterAttributes(scope, id, {
    clusterId: CLUSTER_ID, clusterName: 'prod', compartmentId: 'ocid1.compartment.oc1..aaaaaaaatestcompartment', kubernetesVersion: 'v1.33.1',
    ...attrs,
  });
}
