import { Construct } from 'constructs';
import { dependable, Fn, ListTerraformIterator, Precondition } from 'cdktf';
import { ContainerengineNodePool } from '../generated/providers/oci/containerengine-node-pool';
import { DataOciContainerengineNodePoolOption } from '../generated/providers/oci/data-oci-containerengine-node-pool-option';
import { DataOciIdentityAvailabilityDomains } from '../generated/providers/oci/data-oci-identity-availability-domains';
import { HardenedOkeValidationError } from '../core/errors';
import { requireReference } from '../core/references';
import { Waivers } from '../compliance/waivers';
import { libraryTags } from '../core/tags';
import { CniType } from '../network/cni-type';
import { IClusterKeys } from '../encryption/cluster-keys-ref';
import { NetworkPolicyEngine, DEFAULT_NETWORK_POLICY_ENGINE } from '../kubernetes/types';
import { CILIUM_AGENT_NOT_READY_TAINT } from '../core/policy-engine-taint';
import { NodeTaint, TaintEffect } from './node-taint';
import { IOkeCluster } from '../cluster/cluster-ref';
import { INodePoolNetwork } from '../network/node-pool-network';
import { CapacityReservationPlacement, NodePoolUserData } from './node-pool-user-data';
import { renderCloudInit } from './private/cloud-init';
import { isFlexShape } from './private/flex-shapes';
import { nodeImageCriteria, selectNodeImage } from './private/node-image';
import { pinnedImageConditions } from './private/pinned-image-checks';
import { placementConditions } from './private/placement-checks';
import { validateNodePoolOptions } from './validate-node-pool';
import { NODE_POOL_DEFAULTS } from './node-pool-defaults';
import { checkProps } from '../core/props-check';
import { PROPS_SPECS } from '../generated/props-specs';
import { validatePoolVersionSkew } from './validate-node-pool-scheduling';
import { compareStrings } from '../core/ordering';

/** Bounds the cluster autoscaler keeps an autoscaled pool within. */
export interface NodePoolAutoscaling {
  readonly minSize: number;
  readonly maxSize: number;
}

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
   * Number of nodes, spread over every availability domain of the region. Not with `minSize`/`maxSize`.
   * @default 3 (unless the pool is autoscaled)
   */
  readonly size?: number;
  /**
   * Autoscaling: the fewest nodes the OKE cluster autoscaler add-on keeps (also the initial size). Set together
   * with `maxSize` and without `size`; Terraform then leaves the pool's size to the autoscaler.
   * @default - a fixed-size pool
   */
  readonly minSize?: number;
  /**
   * Autoscaling: the most nodes the OKE cluster autoscaler add-on adds (within the tenancy's limits for the shape).
   * @default - a fixed-size pool
   */
  readonly maxSize?: number;
  /**
   * Taints every node registers with (kubelet `--register-with-taints`), next to the NetworkPolicy engine's startup
   * taint, which the library adds on its own.
   * @default - none
   */
  readonly taints?: NodeTaint[];
  /**
   * Preemptible capacity: OCI reclaims the nodes when it needs the capacity (OKE cordons and drains them first).
   * The preemption action is TERMINATE without preserving the boot volume, the only one OKE documents for node pools.
   * @default false (on-demand capacity)
   */
  readonly preemptible?: boolean;
  /**
   * Launch the nodes into compute capacity reservations, one per availability domain; the pool then spreads over
   * these availability domains only.
   * @default - on-demand capacity in every availability domain of the region
   */
  readonly capacityReservations?: CapacityReservationPlacement[];
  /**
   * Kubernetes version of this pool, for staged upgrades: never newer than the cluster's and at most three minor
   * versions behind it. Upgrade the cluster first, then each pool, then let OKE cycle the nodes.
   * @default - the cluster's version
   */
  readonly kubernetesVersion?: string;
  /**
   * A cloud-init hook (scripts before and after OKE's bootstrap, extra kubelet flags). The library writes the
   * bootstrap line with its own kubelet arguments, so the hook cannot drop the NetworkPolicy engine's taint.
   * @default - OKE's bootstrap with the library's kubelet arguments only
   */
  readonly userData?: NodePoolUserData;
  /**
   * Boot volume size in GB.
   * @default 50
   */
  readonly bootVolumeSizeGbs?: number;
  /**
   * Pin a node image OCID instead of following the newest OKE image for the pool's version. Not with `imageOsVersion`.
   * The plan reads the image and fails naming this prop unless it is AVAILABLE and, when it is an OKE image (its name
   * has `-OKE-<version>-`), built for the pool's Kubernetes version and the shape's architecture.
   * @default - the newest OKE image of Oracle Linux `imageOsVersion` built for the pool's exact Kubernetes version and
   * the shape's architecture (GPU images for GPU shapes only), chosen by image name; the plan fails naming this prop
   * when OKE offers none
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Reference/contengimagesshapes.htm
   */
  readonly imageId?: string;
  /**
   * Oracle Linux major version of the OKE node images the pool follows: "8" or "9" (OKE publishes images of both).
   * Changing it on a running pool cycles the nodes onto the other version. Not with `imageId`.
   * @default "8"
   * @see https://docs.oracle.com/iaas/images/oke-worker-node-oracle-linux-9x/index.htm
   */
  readonly imageOsVersion?: string;
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
  /**
   * The cluster the pool joins: its OCID, compartment (the nodes' too), name (display names, tags) and control-plane
   * version (the pool's `kubernetesVersion` follows OKE's skew rule against it). An OkeCluster or HardenedCluster of
   * this app, or OkeCluster.fromClusterAttributes.
   */
  readonly cluster: IOkeCluster;
  /**
   * Worker and pod subnets and NSGs, and the pod networking: a ClusterNetwork of this app,
   * ClusterNetwork.fromNetworkAttributes, or NodePoolNetwork.fromNetworkAttributes when only the pool's part is known.
   */
  readonly network: INodePoolNetwork;
  /**
   * The Vault keys: the volumes key encrypts boot volumes. The pool waits for the keys' usage policy when this app
   * creates it. A ClusterKeys of this app or ClusterKeys.fromKeyAttributes.
   */
  readonly keys: IClusterKeys;
  /**
   * The NetworkPolicy engine of the cluster. With CILIUM_CHAINED every node registers with Cilium's
   * `node.cilium.io/agent-not-ready=true:NoExecute` taint, which Cilium's operator removes once the agent on the node
   * enforces policy, so no pod starts on a new or cycled node before that. Use EXTERNAL_CALICO when Cilium does not
   * run on the cluster (the taint would never be removed).
   * @default NetworkPolicyEngine.CILIUM_CHAINED
   */
  readonly networkPolicyEngine?: NetworkPolicyEngine;
}

/**
 * A node pool that rolls: nodes follow the newest OKE image for the pool's version, OS and architecture and are cycled with a
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
  /** Kubernetes version of the pool's nodes. */
  public readonly kubernetesVersion: string;
  /** Every taint the nodes register with: the NetworkPolicy engine's startup taint first, then the pool's. */
  public readonly taints: NodeTaint[];
  /** Autoscaling bounds, when the pool is autoscaled. */
  public readonly autoscaling?: NodePoolAutoscaling;
  /** The nodes' cloud-init script (node_metadata.user_data, before base64), when the library writes one. */
  public readonly cloudInit?: string;
  /** Pod networking of the pool (the resolved `cni`). */
  public readonly cni: CniType;
  /** Nodes the pool starts with (`minSize` when autoscaled, else the resolved `size`). */
  public readonly initialSize: number;
  /** OCPUs per node (flex shapes only; the resolved `ocpus`). */
  public readonly ocpus?: number;
  /** Memory per node in GB (flex shapes only; the resolved `memoryGbs`). */
  public readonly memoryGbs?: number;
  /** Boot volume size in GB (the resolved `bootVolumeSizeGbs`). */
  public readonly bootVolumeSizeGbs: number;
  /** Pods per node with VCN-native pods (the resolved `maxPodsPerNode`); undefined with flannel. */
  public readonly maxPodsPerNode?: number;

  constructor(scope: Construct, id: string, props: NodePoolProps) {
    super(scope, id);
    checkProps(PROPS_SPECS, 'NodePoolProps', props, '');
    validateNodePoolOptions(props, '');
    const cluster = requireReference('cluster', props.cluster);
    const network = requireReference('network', props.network);
    const keys = requireReference('keys', props.keys);
    const kubernetesVersion = props.kubernetesVersion ?? cluster.kubernetesVersion;
    validatePoolVersionSkew(kubernetesVersion, cluster.kubernetesVersion, 'kubernetesVersion');
    this.kubernetesVersion = kubernetesVersion;
    const engine = props.networkPolicyEngine ?? DEFAULT_NETWORK_POLICY_ENGINE;
    if (!Object.values(NetworkPolicyEngine).includes(engine)) {
      throw new HardenedOkeValidationError('networkPolicyEngine', `"${engine}" is not a NetworkPolicyEngine`, 'use NetworkPolicyEngine.CILIUM_CHAINED or EXTERNAL_CALICO');
    }
    this.taints = [
      ...(engine === NetworkPolicyEngine.CILIUM_CHAINED
        ? [{ key: CILIUM_AGENT_NOT_READY_TAINT.key, value: CILIUM_AGENT_NOT_READY_TAINT.value, effect: CILIUM_AGENT_NOT_READY_TAINT.effect as TaintEffect }] : []),
      ...(props.taints ?? []),
    ];
    this.cloudInit = renderCloudInit(this.taints, props.userData, 'userData');
    if (props.minSize !== undefined && props.maxSize !== undefined) this.autoscaling = { minSize: props.minSize, maxSize: props.maxSize };
    const cni = network.cni;
    this.cni = cni;
    const tags = libraryTags(cluster.clusterName, `node-pool-${props.name}`);
    this.availabilityDomains = new DataOciIdentityAvailabilityDomains(this, 'availability-domains', { compartmentId: cluster.compartmentId });

    let imageId = props.imageId;
    let imagePreconditions: Precondition[] = [];
    if (imageId) {
      // A pinned image is read: available, and when an OKE image, built for the pool's version and architecture.
      imagePreconditions = pinnedImageConditions(this, imageId, props.shape, kubernetesVersion);
    } else {
      // The newest OKE image matching the pool by its documented name parts (private/node-image.ts); the plan fails
      // by name when there is none.
      const image = selectNodeImage(this, {
        clusterId: cluster.clusterId, compartmentId: cluster.compartmentId, poolName: props.name,
        criteria: nodeImageCriteria(props.shape, props.imageOsVersion ?? NODE_POOL_DEFAULTS.imageOsVersion, kubernetesVersion),
      });
      this.imageOptions = image.options;
      imageId = image.imageId;
      imagePreconditions = [image.precondition];
    }

    const ads = ListTerraformIterator.fromList(this.availabilityDomains.availabilityDomains);
    // "Using Preemptible Capacity to Provision Worker Nodes" (OKE documentation): preemptible nodes are terminated,
    // boot volume not preserved; the provider's placement_configs.preemptible_node_config.preemption_action.
    const preemptible = props.preemptible
      ? { preemptionAction: { type: 'TERMINATE', isPreserveBootVolume: false } } : undefined;
    // "Using Capacity Reservations to Provision Managed Nodes" (OKE documentation): a reservation belongs to one
    // availability domain, so reserved pools place nodes in the reservations' domains only.
    const placementConfigs = props.capacityReservations
      ? [...props.capacityReservations].sort((a, b) => compareStrings(a.availabilityDomain, b.availabilityDomain)).map((r) => ({
        availabilityDomain: r.availabilityDomain,
        subnetId: network.workerSubnetId,
        capacityReservationId: r.capacityReservationId,
        preemptibleNodeConfig: preemptible,
      }))
      : ads.dynamic({
        availability_domain: Fn.lookup(ads.value, 'name'),
        subnet_id: network.workerSubnetId,
        ...(preemptible ? { preemptible_node_config: { preemption_action: { type: 'TERMINATE', is_preserve_boot_volume: false } } } : {}),
      });
    const flex = isFlexShape(props.shape);
    this.initialSize = this.autoscaling?.minSize ?? props.size ?? NODE_POOL_DEFAULTS.size;
    this.ocpus = flex ? props.ocpus ?? NODE_POOL_DEFAULTS.ocpus : undefined;
    this.memoryGbs = flex ? props.memoryGbs ?? NODE_POOL_DEFAULTS.memoryGbs : undefined;
    this.bootVolumeSizeGbs = props.bootVolumeSizeGbs ?? NODE_POOL_DEFAULTS.bootVolumeSizeGbs;
    this.maxPodsPerNode = cni === CniType.OCI_VCN_IP_NATIVE ? props.maxPodsPerNode ?? NODE_POOL_DEFAULTS.maxPodsPerNode : undefined;
    this.resource = new ContainerengineNodePool(this, 'node-pool', {
      compartmentId: cluster.compartmentId,
      clusterId: cluster.clusterId,
      name: `${cluster.clusterName}-${props.name}`,
      kubernetesVersion,
      nodeShape: props.shape,
      nodeShapeConfig: flex ? { ocpus: this.ocpus, memoryInGbs: this.memoryGbs } : undefined,
      nodeSourceDetails: {
        sourceType: 'IMAGE',
        imageId,
        bootVolumeSizeInGbs: String(this.bootVolumeSizeGbs),
      },
      nodeConfigDetails: {
        size: this.initialSize,
        kmsKeyId: keys.volumesKeyId,
        isPvEncryptionInTransitEnabled: true,
        nsgIds: network.workerNsgIds,
        nodePoolPodNetworkOptionDetails: cni === CniType.OCI_VCN_IP_NATIVE
          ? { cniType: cni, podSubnetIds: [network.podSubnetId!], podNsgIds: network.podNsgIds, maxPodsPerNode: this.maxPodsPerNode }
          : { cniType: cni },
        placementConfigs,
        freeformTags: tags,
      },
      nodePoolCyclingDetails: {
        isNodeCyclingEnabled: true,
        maximumSurge: props.maximumSurge ?? NODE_POOL_DEFAULTS.maximumSurge,
        maximumUnavailable: '0',
      },
      nodeEvictionNodePoolSettings: {
        evictionGraceDuration: props.evictionGraceDuration ?? NODE_POOL_DEFAULTS.evictionGraceDuration,
        isForceDeleteAfterGraceDuration: false,
      },
      // The legacy IMDS v1 endpoints answer without a header, which SSRF in a pod can abuse.
      nodeMetadata: {
        areLegacyImdsEndpointsDisabled: 'true',
        // The library's cloud-init ("Using Custom Cloud-init Initialization Scripts to Set Up Managed Nodes").
        ...(this.cloudInit ? { user_data: Buffer.from(this.cloudInit, 'utf8').toString('base64') } : {}),
      },
      sshPublicKey: props.sshPublicKey,
      initialNodeLabels: Object.entries(props.labels ?? {}).sort(([a], [b]) => compareStrings(a, b)).map(([key, value]) => ({ key, value })),
      freeformTags: tags,
      // The cluster autoscaler owns an autoscaled pool's size; Terraform would otherwise shrink it back on apply.
      lifecycle: {
        ...(this.autoscaling ? { ignoreChanges: ['node_config_details[0].size'] } : {}),
        // What only the tenancy knows about the placement: availability domains, brought capacity reservations.
        precondition: placementConditions(this, this.availabilityDomains, props.shape, props.capacityReservations),
      },
    });
    if (imagePreconditions.length > 0) {
      const lifecycle = this.resource.lifecycle ?? {};
      this.resource.lifecycle = { ...lifecycle, precondition: [...(lifecycle.precondition ?? []), ...imagePreconditions] };
    }
    if (props.sshPublicKey) {
      Waivers.record(this.resource, { controlId: 'NODE-05', reason: `sshPublicKey: SSH access to the nodes of pool ${props.name} (cluster ${cluster.clusterName}) was requested` });
    }
    // OKE checks it can use the volumes key when the nodes are created.
    if (keys.keyPolicy) this.resource.dependsOn = [...(this.resource.dependsOn ?? []), dependable(keys.keyPolicy)];
    this.nodePoolId = this.resource.id;
  }
}
