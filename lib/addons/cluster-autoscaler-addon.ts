import { Construct } from 'constructs';
import { Lazy, TerraformProvider, TerraformResource, TerraformStack, dependable } from 'cdktf';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { OkeAddon } from './oke-addon';
import { OKE_ADDON } from './oke-addon-names';
import { clusterAutoscalerStatements } from './private/cluster-autoscaler-statements';
import { resolveAddonVersion, validateAddonReplicas } from './private/addon-version';

/** A node pool the cluster autoscaler manages. */
export interface AutoscaledNodePool {
  /** OCID of the node pool. */
  readonly nodePoolId: string;
  /** Fewest nodes. */
  readonly minSize: number;
  /** Most nodes. */
  readonly maxSize: number;
}

/** Tuning of the Cluster Autoscaler add-on (the part users write in HardenedCluster's `addons`). */
export interface ClusterAutoscalerAddonOptions {
  /**
   * Add-on version, as `oci ce addon-option list --kubernetes-version <version> --addon-name ClusterAutoscaler` lists
   * it. The autoscaler follows the Kubernetes minor version: the pinned default changes with the cluster's version.
   * @default - the version the library pins for the cluster's Kubernetes minor (lib/core/data/oke-addon-versions.json,
   * from Oracle's "Cluster Add-on Supported Versions"), e.g. v1.33.3 on Kubernetes 1.33
   */
  readonly version?: string;
  /**
   * Install no pinned version: Oracle installs the newest one for the cluster and updates it automatically.
   * @default false
   */
  readonly autoUpdate?: boolean;
  /**
   * Replicas of the autoscaler deployment (one is active, the others wait on its leader lease).
   * @default 1 (the add-on's documented default)
   */
  readonly replicas?: number;
}

export interface ClusterAutoscalerAddonProps extends ClusterAutoscalerAddonOptions {
  /** Compartment of the cluster and its node pools; the IAM policy is created in it and scoped to it. */
  readonly compartmentId: string;
  /** Cluster the autoscaler runs in; the policy is conditioned on it. */
  readonly clusterId: string;
  /**
   * Kubernetes version of the cluster (e.g. `v1.33.1`): selects the pinned add-on version when `version` is not set.
   * @default - none: then `version` or `autoUpdate` must be set
   */
  readonly kubernetesVersion?: string;
  /** Cluster name, for the policy name and tags. */
  readonly clusterName: string;
  /** The pools to scale, each with its bounds. */
  readonly nodePools: AutoscaledNodePool[];
  /**
   * Compartment of the worker subnets when it differs from the cluster's: the network statements are then written
   * there too, as Oracle's page describes for split compartments.
   * @default - the network is in the cluster's compartment
   */
  readonly networkCompartmentId?: string;
  /**
   * Provider for the IAM policy. IAM resources can only be created in the tenancy's home region (Managing Regions):
   * pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
  /**
   * Construct the add-on resource is created in, when it is not this one: e.g. a ClusterConfigStack, so the add-on is
   * created after the CNI (nodes are tainted until Cilium runs) while the IAM policy stays in the infrastructure
   * stack. The stack of `addonScope` must be applied after this construct's stack.
   * @default - this construct
   */
  readonly addonScope?: Construct;
}

/**
 * The Kubernetes Cluster Autoscaler as an OKE managed add-on, authenticated as a workload identity (no instance
 * principal: no node gains node-pool permissions). Configuration keys and IAM statements follow "Working with the
 * Cluster Autoscaler as a Cluster Add-on" (OKE documentation): `nodes` is `<min>:<max>:<nodepool-ocid>` per pool,
 * comma separated, and `authType` is `workload`.
 */
export class ClusterAutoscalerAddon extends Construct {
  public readonly addon: OkeAddon;
  /** The add-on version installed (pinned), or undefined with `autoUpdate`. */
  public readonly version?: string;
  /** The pools the autoscaler manages (the add-on's `nodes` configuration). */
  public readonly nodePools: AutoscaledNodePool[];
  /** The policy of the autoscaler's workload identity. */
  public readonly policy: IdentityPolicy;
  /** Every statement of the policy (cluster compartment first). */
  public readonly statements: string[];
  /** Policy for the network compartment, when it differs. */
  public readonly networkPolicy?: IdentityPolicy;

  constructor(scope: Construct, id: string, props: ClusterAutoscalerAddonProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireOcid('clusterId', props.clusterId, 'cluster');
    if (props.networkCompartmentId !== undefined) requireOcid('networkCompartmentId', props.networkCompartmentId, 'compartment');
    this.version = validateClusterAutoscalerOptions(props, '', props.kubernetesVersion);
    if (!props.nodePools || props.nodePools.length === 0) {
      throw new HardenedOkeValidationError('nodePools', 'has no pool to scale', 'list at least one pool with its minSize and maxSize');
    }
    props.nodePools.forEach((pool, i) => {
      if (!Number.isInteger(pool.minSize) || pool.minSize < 1 || !Number.isInteger(pool.maxSize) || pool.maxSize < pool.minSize) {
        throw new HardenedOkeValidationError(`nodePools[${i}]`, `${pool.minSize}:${pool.maxSize} are not autoscaling bounds`, 'use whole numbers with 1 <= minSize <= maxSize');
      }
    });

    this.nodePools = [...props.nodePools];
    const tags = libraryTags(props.clusterName, 'cluster-autoscaler');
    this.statements = clusterAutoscalerStatements(props.compartmentId, props.clusterId);
    this.policy = new IdentityPolicy(this, 'policy', {
      provider: props.identityProvider,
      compartmentId: props.compartmentId,
      name: tenancyUniqueName(props.clusterName, props.compartmentId, 'cluster-autoscaler'),
      description: `Lets the cluster autoscaler of the ${props.clusterName} cluster (workload identity kube-system/cluster-autoscaler) resize its node pools`,
      statements: this.statements,
      freeformTags: tags,
    });
    const deps: TerraformResource[] = [this.policy];
    if (props.networkCompartmentId && props.networkCompartmentId !== props.compartmentId) {
      const network = clusterAutoscalerStatements(props.networkCompartmentId, props.clusterId)
        .filter((s) => /to (use subnets|read virtual-network-family|use vnics|inspect compartments) /.test(s));
      this.networkPolicy = new IdentityPolicy(this, 'network-policy', {
        provider: props.identityProvider,
        compartmentId: props.networkCompartmentId,
        name: tenancyUniqueName(props.clusterName, props.networkCompartmentId, 'cluster-autoscaler-network'),
        description: `Lets the cluster autoscaler of the ${props.clusterName} cluster use the worker subnets`,
        statements: network,
        freeformTags: tags,
      });
      deps.push(this.networkPolicy);
    }
    const elsewhere = props.addonScope !== undefined && TerraformStack.of(props.addonScope) !== TerraformStack.of(this);
    this.addon = new OkeAddon(props.addonScope ?? this, props.addonScope ? `${id}-addon` : 'addon', {
      clusterId: props.clusterId,
      addonName: OKE_ADDON.CLUSTER_AUTOSCALER,
      version: this.version,
      configurations: {
        // Lazy, so pools added later (HardenedCluster.addNodePool) join the same add-on configuration.
        nodes: Lazy.stringValue({ produce: () => this.nodePools.map((p) => `${p.minSize}:${p.maxSize}:${p.nodePoolId}`).join(',') }),
        authType: 'workload',
        numOfReplicas: String(props.replicas ?? 1),
      },
    });
    // The autoscaler calls the node pool API as soon as it starts: its policy must exist first (in another stack, the
    // stack order sees to it: Terraform's depends_on cannot cross stacks).
    if (!elsewhere) this.addon.resource.dependsOn = deps.map((d) => dependable(d));
  }

  /** Lets the autoscaler manage one more pool. */
  public addNodePool(pool: AutoscaledNodePool): void {
    if (!Number.isInteger(pool.minSize) || pool.minSize < 1 || !Number.isInteger(pool.maxSize) || pool.maxSize < pool.minSize) {
      throw new HardenedOkeValidationError('nodePools', `${pool.minSize}:${pool.maxSize} are not autoscaling bounds`, 'use whole numbers with 1 <= minSize <= maxSize');
    }
    this.nodePools.push(pool);
  }
}

/**
 * Validates the user-facing options and returns the version to install (undefined with `autoUpdate`); `prefix` is
 * the property path, e.g. `addons.clusterAutoscaler.`, and `kubernetesVersion` the cluster's (for the pinned default).
 */
export function validateClusterAutoscalerOptions(options: ClusterAutoscalerAddonOptions, prefix: string, kubernetesVersion?: string): string | undefined {
  validateAddonReplicas(options.replicas, `${prefix}replicas`);
  return resolveAddonVersion(OKE_ADDON.CLUSTER_AUTOSCALER, { ...options, kubernetesVersion }, prefix);
}
