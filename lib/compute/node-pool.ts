import { Construct } from 'constructs';
import { Fn, ListTerraformIterator } from 'cdktf';
import { ContainerengineNodePool } from '../generated/providers/oci/containerengine-node-pool';
import { DataOciContainerengineNodePoolOption } from '../generated/providers/oci/data-oci-containerengine-node-pool-option';
import { DataOciIdentityAvailabilityDomains } from '../generated/providers/oci/data-oci-identity-availability-domains';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { libraryTags } from '../core/tags';
import { CniType } from '../network/cni-type';
import { isFlexShape, shapeArch } from './rules/flex-shapes';
import { validateNodePoolOptions } from './rules/validate-node-pool';
import { checkProps } from '../core/props-check';
import { PROPS_SPECS } from '../generated/props-specs';

/** How a node pool is shaped and sized; the part users write in HardenedCluster's `nodePools`. */
export interface NodePoolOptions {
  /** Pool name, unique within the cluster (lowercase letters, digits, dashes). */
  readonly name: string;
  /** Compute shape, e.g. VM.Standard.E5.Flex; one of the library's shape table unless `allowUnknownShape`. */
  readonly shape: string;
  /**
   * Accept a shape the library's shape table does not list (a new or special shape). Flex shapes outside the
   * table are checked against OCI's general flex limits only; you answer for OCPUs and memory fitting the shape.
   * @default false
   */
  readonly allowUnknownShape?: boolean;
  /**
   * OCPUs per node (flex shapes only).
   * @default 2
   */
  readonly ocpus?: number;
  /**
   * Memory per node in GB (flex shapes only).
   * @default 16
   */
  readonly memoryGbs?: number;
  /**
   * Number of nodes, spread over every availability domain of the region.
   * @default 3
   */
  readonly size?: number;
  /**
   * Boot volume size in GB.
   * @default 50
   */
  readonly bootVolumeSizeGbs?: number;
  /**
   * Pin a node image OCID instead of following the newest OKE image for the cluster's version.
   * @default - the newest OKE Oracle Linux image for the cluster's Kubernetes version and the shape's architecture
   */
  readonly imageId?: string;
  /**
   * Nodes added while cycling (surge) during image or version rollouts, as a count or percentage.
   * @default '1'
   */
  readonly maximumSurge?: string;
  /**
   * How long OKE waits for pods to drain before it deletes a node.
   * @default 'PT60M'
   */
  readonly evictionGraceDuration?: string;
  /**
   * Pods per node for VCN-native pod networking.
   * @default 31
   */
  readonly maxPodsPerNode?: number;
  /**
   * Kubernetes labels put on every node.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * An SSH public key for the nodes. Off by default: administrators use the Bastion's managed sessions or
   * `kubectl debug`; setting it is recorded as a waiver.
   * @default - no SSH key
   */
  readonly sshPublicKey?: string;
}

export interface NodePoolProps extends NodePoolOptions {
  /** Compartment of the nodes. */
  readonly compartmentId: string;
  /** Cluster the pool joins. */
  readonly clusterId: string;
  /** Cluster name, for display names and tags. */
  readonly clusterName: string;
  /** Kubernetes version of the pool; must equal the cluster's. */
  readonly kubernetesVersion: string;
  /** Worker subnet. */
  readonly workerSubnetId: string;
  /** NSGs of the worker nodes. */
  readonly workerNsgIds: string[];
  /**
   * Pod networking of the cluster.
   * @default CniType.OCI_VCN_IP_NATIVE
   */
  readonly cni?: CniType;
  /** Pod subnet (VCN-native pod networking). */
  readonly podSubnetId?: string;
  /** NSGs of the pods (VCN-native pod networking). */
  readonly podNsgIds?: string[];
  /** Vault key encrypting boot volumes. */
  readonly kmsKeyId: string;
}

/**
 * A node pool that rolls: nodes follow the newest OKE image for the cluster's version and are cycled with a
 * surge node and no unavailable node when the image or version changes. Boot volumes are encrypted with a Vault
 * key and in transit, legacy IMDS endpoints are off, there is no SSH key, and nodes spread over every
 * availability domain.
 */
export class NodePool extends Construct {
  /** The node pool resource. */
  public readonly resource: ContainerengineNodePool;
  /** Node image options of the cluster (absent when an image is pinned). */
  public readonly imageOptions?: DataOciContainerengineNodePoolOption;
  /** Availability domains the pool spreads over. */
  public readonly availabilityDomains: DataOciIdentityAvailabilityDomains;
  /** OCID of the node pool. */
  public readonly nodePoolId: string;

  constructor(scope: Construct, id: string, props: NodePoolProps) {
    super(scope, id);
    checkProps(PROPS_SPECS, 'NodePoolProps', props, '');
    validateNodePoolOptions(props, '');
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireOcid('workerSubnetId', props.workerSubnetId, 'subnet');
    requireOcid('kmsKeyId', props.kmsKeyId, 'key');
    const cni = props.cni ?? CniType.OCI_VCN_IP_NATIVE;
    if (cni === CniType.OCI_VCN_IP_NATIVE) {
      requireOcid('podSubnetId', props.podSubnetId, 'subnet');
      if (!props.podNsgIds || props.podNsgIds.length === 0) {
        throw new HardenedOkeValidationError('podNsgIds', 'VCN-native pods have no network security group', 'pass the pods NSG of ClusterNetwork');
      }
    }
    if (props.workerNsgIds.length === 0) {
      throw new HardenedOkeValidationError('workerNsgIds', 'worker nodes have no network security group', 'pass the workers NSG of ClusterNetwork');
    }

    const tags = libraryTags(props.clusterName, `node-pool-${props.name}`);
    this.availabilityDomains = new DataOciIdentityAvailabilityDomains(this, 'availability-domains', { compartmentId: props.compartmentId });

    let imageId = props.imageId;
    if (!imageId) {
      // Filtered by OKE to images built for this exact Kubernetes version; GPU images are skipped.
      this.imageOptions = new DataOciContainerengineNodePoolOption(this, 'image-options', {
        nodePoolOptionId: props.clusterId,
        compartmentId: props.compartmentId,
        nodePoolK8SVersion: props.kubernetesVersion,
        nodePoolOsType: 'OL8',
        nodePoolOsArch: shapeArch(props.shape),
      });
      imageId = `\${[for s in ${this.imageOptions.fqn}.sources : s.image_id if length(regexall("GPU", s.source_name)) == 0][0]}`;
    }

    const ads = ListTerraformIterator.fromList(this.availabilityDomains.availabilityDomains);
    const flex = isFlexShape(props.shape);
    this.resource = new ContainerengineNodePool(this, 'node-pool', {
      compartmentId: props.compartmentId,
      clusterId: props.clusterId,
      name: `${props.clusterName}-${props.name}`,
      kubernetesVersion: props.kubernetesVersion,
      nodeShape: props.shape,
      nodeShapeConfig: flex ? { ocpus: props.ocpus ?? 2, memoryInGbs: props.memoryGbs ?? 16 } : undefined,
      nodeSourceDetails: {
        sourceType: 'IMAGE',
        imageId,
        bootVolumeSizeInGbs: String(props.bootVolumeSizeGbs ?? 50),
      },
      nodeConfigDetails: {
        size: props.size ?? 3,
        kmsKeyId: props.kmsKeyId,
        isPvEncryptionInTransitEnabled: true,
        nsgIds: props.workerNsgIds,
        nodePoolPodNetworkOptionDetails: cni === CniType.OCI_VCN_IP_NATIVE
          ? { cniType: cni, podSubnetIds: [props.podSubnetId!], podNsgIds: props.podNsgIds, maxPodsPerNode: props.maxPodsPerNode ?? 31 }
          : { cniType: cni },
        placementConfigs: ads.dynamic({
          availability_domain: Fn.lookup(ads.value, 'name'),
          subnet_id: props.workerSubnetId,
        }),
        freeformTags: tags,
      },
      nodePoolCyclingDetails: {
        isNodeCyclingEnabled: true,
        maximumSurge: props.maximumSurge ?? '1',
        maximumUnavailable: '0',
      },
      nodeEvictionNodePoolSettings: {
        evictionGraceDuration: props.evictionGraceDuration ?? 'PT60M',
        isForceDeleteAfterGraceDuration: false,
      },
      // The legacy IMDS v1 endpoints answer without a header, which SSRF in a pod can abuse.
      nodeMetadata: { areLegacyImdsEndpointsDisabled: 'true' },
      sshPublicKey: props.sshPublicKey,
      initialNodeLabels: Object.entries(props.labels ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => ({ key, value })),
      freeformTags: tags,
    });
    this.nodePoolId = this.resource.id;
  }
}
