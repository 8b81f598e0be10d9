// Public API of the network capability. The NSG rule table (rules/), the subnet layout and the input checks (private/) are internal.
export { CniType } from './cni-type';
export { ClusterNetwork } from './cluster-network';
export { ClusterNetworkAttributes, IClusterNetwork } from './cluster-network-ref';
export {
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
export { OidcIssuerEgress, PodInternetEgress } from './egress-options';
export { INodePoolNetwork, NodePoolNetwork, NodePoolNetworkAttributes } from './node-pool-network';
