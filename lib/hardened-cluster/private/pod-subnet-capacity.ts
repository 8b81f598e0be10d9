/**
 * Plan-time check that a brought pod subnet can hold the pods of the node pools that share it. Oracle, "Using the
 * OCI VCN-Native Pod Networking CNI plugin for pod networking": "the IP addresses are pre-allocated in the pod subnet
 * before pods are created", as many as the pool's maximum pods per node; OCI reserves the first two and the last
 * address of every subnet. The library counts, for each pool, its largest node count (maxSize, or size, plus the
 * surge nodes of a cycle) times maxPodsPerNode: a lower bound of what the pools pre-allocate.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengpodnetworking_topic-OCI_CNI_plugin.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/Network/Concepts/overview.htm
 */
import { Precondition } from 'cdktf';
import { planCondition } from '../../core/plan-checks';
import { DataOciCoreSubnet } from '../../generated/providers/oci/data-oci-core-subnet';
import type { NodePool } from '../../compute/node-pool';

/** Pod addresses a pool can hold at once: its largest size plus surge nodes, times maxPodsPerNode. */
export function podAddressesOf(pool: NodePool, maximumSurge: string | undefined): number {
  if (pool.maxPodsPerNode === undefined) return 0;
  const nodes = pool.autoscaling?.maxSize ?? pool.initialSize;
  const surge = maximumSurge === undefined ? 1 : /^\d+%$/.test(maximumSurge)
    ? Math.ceil((nodes * Number(maximumSurge.slice(0, -1))) / 100) : Number(maximumSurge);
  return (nodes + (Number.isFinite(surge) ? surge : 1)) * pool.maxPodsPerNode;
}

/** The condition, once the total of the pools sharing the subnet is known. */
export function podSubnetCapacityCondition(podSubnet: DataOciCoreSubnet, addresses: number): Precondition {
  return planCondition(`pow(2, 32 - tonumber(split("/", ${podSubnet.fqn}.cidr_block)[1])) - 3 >= ${addresses}`, 'network.existingVcn.subnetIds.pods',
    `the pod subnet has fewer usable addresses than the node pools pre-allocate for pods (${addresses}: nodes at the largest size, surge included, times maxPodsPerNode)`,
    'give a larger pod subnet, or lower maxPodsPerNode or the pools\' sizes');
}
