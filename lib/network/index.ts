// Public API of the network capability. The rule table and subnet layout (lib/network/rules/) are internal.
export { CniType } from './cni-type';
export {
  ClusterNetwork,
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
} from './cluster-network';
export { OidcIssuerEgress, PodInternetEgress } from './egress-options';
export { INodePoolNetwork, NodePoolNetwork, NodePoolNetworkAttributes } from './node-pool-network';
