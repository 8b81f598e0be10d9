// Public API of the network capability. The NSG rule table (rules/), the subnet layout and the input checks (private/) are internal.
export { CniType } from './cni-type';
export { ClusterNetwork } from './cluster-network';
export type { ClusterNetworkAttributes, IClusterNetwork } from './cluster-network-ref';
export type {
  ClusterNetworkOptions,
  ClusterNetworkProps,
  ClusterNetworkSecurityGroups,
  ClusterNsgIds,
  ClusterRouteTables,
  ClusterSecurityLists,
  ClusterSubnetCidrs,
  ClusterSubnetIds,
  ClusterSubnets,
  ExistingVcn,
} from './cluster-network-props';
export type { OidcIssuerEgress, PodInternetEgress } from './egress-options';
export { NodePoolNetwork } from './node-pool-network';
export type { INodePoolNetwork, NodePoolNetworkAttributes } from './node-pool-network';
