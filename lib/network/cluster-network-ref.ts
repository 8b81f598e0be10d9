import { IConstruct } from 'constructs';
import { ClusterNsgIds, ClusterSubnetCidrs, ClusterSubnetIds } from './cluster-network-props';
import { CniType } from './cni-type';
import { INodePoolNetwork } from './node-pool-network';

/**
 * The network of an OKE cluster, created by this app (ClusterNetwork) or elsewhere
 * (ClusterNetwork.fromNetworkAttributes): what the cluster, its node pools and its load balancers are placed in
 * (aws-cdk's `IVpc` pattern). A node pool needs only the narrower {@link INodePoolNetwork}, which this extends.
 */
export interface IClusterNetwork extends IConstruct, INodePoolNetwork {
  /** OCIDs of the subnets by role. */
  readonly subnetIds: ClusterSubnetIds;
  /** OCIDs of the network security groups by role. */
  readonly nsgIds: ClusterNsgIds;
  /** CIDR blocks of the subnets by role, where known. */
  readonly subnetCidrs: ClusterSubnetCidrs;
}

/** A network created elsewhere (another stack, Terraform, the console), described by its OCIDs. */
export interface ClusterNetworkAttributes {
  /** OCID of the VCN. */
  readonly vcnId: string;
  /**
   * Pod networking of the cluster.
   * @default CniType.OCI_VCN_IP_NATIVE
   */
  readonly cni?: CniType;
  /** OCIDs of the subnets by role (the pod subnet is required with VCN-native pod networking). */
  readonly subnetIds: ClusterSubnetIds;
  /** OCIDs of the network security groups by role (the pod NSG is required with VCN-native pod networking). */
  readonly nsgIds: ClusterNsgIds;
  /**
   * CIDR blocks of the subnets by role.
   * @default - unknown
   */
  readonly subnetCidrs?: ClusterSubnetCidrs;
}
