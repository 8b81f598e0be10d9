import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { CniType, DEFAULT_CNI_TYPE } from './cni-type';

/**
 * The network a node pool joins: worker subnet and NSG, and with VCN-native pod networking the pod subnet and NSG.
 * ClusterNetwork implements it (IClusterNetwork extends it); for the pool's part of a network created elsewhere use
 * NodePoolNetwork.fromNetworkAttributes.
 */
export interface INodePoolNetwork {
  /** OCID of the VCN. */
  readonly vcnId: string;
  /** Pod networking of the cluster. */
  readonly cni: CniType;
  /** Worker subnet OCID. */
  readonly workerSubnetId: string;
  /** NSGs of the worker nodes (at least one). */
  readonly workerNsgIds: string[];
  /** Pod subnet OCID (VCN-native pod networking). */
  readonly podSubnetId?: string;
  /** NSGs of the pods (VCN-native pod networking). */
  readonly podNsgIds?: string[];
}

/** A network created elsewhere, described by its OCIDs. */
export interface NodePoolNetworkAttributes {
  /** OCID of the VCN. */
  readonly vcnId: string;
  /**
   * Pod networking of the cluster.
   * @default CniType.OCI_VCN_IP_NATIVE
   */
  readonly cni?: CniType;
  /** Worker subnet OCID. */
  readonly workerSubnetId: string;
  /** NSGs of the worker nodes: the rules that let nodes reach the API endpoint and each other live there. */
  readonly workerNsgIds: string[];
  /**
   * Pod subnet OCID; required with VCN-native pod networking.
   * @default - none (flannel overlay)
   */
  readonly podSubnetId?: string;
  /**
   * NSGs of the pods; required with VCN-native pod networking.
   * @default - none (flannel overlay)
   */
  readonly podNsgIds?: string[];
}

/** Builds an {@link INodePoolNetwork} from OCIDs. */
export class NodePoolNetwork {
  /** The node pool network of a network created elsewhere (another stack or tool), checked at synth. */
  public static fromNetworkAttributes(attrs: NodePoolNetworkAttributes): INodePoolNetwork {
    const cni = attrs?.cni ?? DEFAULT_CNI_TYPE;
    if (!Object.values(CniType).includes(cni)) {
      throw new HardenedOkeValidationError('cni', `"${cni}" is not an OKE CNI type`, 'use CniType.OCI_VCN_IP_NATIVE or CniType.FLANNEL_OVERLAY');
    }
    requireOcid('vcnId', attrs.vcnId, 'vcn');
    requireOcid('workerSubnetId', attrs.workerSubnetId, 'subnet');
    if (!attrs.workerNsgIds || attrs.workerNsgIds.length === 0) {
      throw new HardenedOkeValidationError('workerNsgIds', 'worker nodes have no network security group', 'pass the OCID of the workers NSG');
    }
    attrs.workerNsgIds.forEach((n, i) => requireOcid(`workerNsgIds[${i}]`, n, 'nsg'));
    if (cni === CniType.OCI_VCN_IP_NATIVE) {
      requireOcid('podSubnetId', attrs.podSubnetId, 'subnet');
      if (!attrs.podNsgIds || attrs.podNsgIds.length === 0) {
        throw new HardenedOkeValidationError('podNsgIds', 'VCN-native pods have no network security group', 'pass the OCID of the pods NSG');
      }
      attrs.podNsgIds.forEach((n, i) => requireOcid(`podNsgIds[${i}]`, n, 'nsg'));
    }
    return { vcnId: attrs.vcnId, cni, workerSubnetId: attrs.workerSubnetId, workerNsgIds: [...attrs.workerNsgIds], podSubnetId: attrs.podSubnetId, podNsgIds: attrs.podNsgIds && [...attrs.podNsgIds] };
  }

  private constructor() {}
}
