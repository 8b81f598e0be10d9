import { Construct } from 'constructs';
import { App, TerraformResource, TerraformStack } from 'cdktf';
import { dependable } from 'cdktf/lib/tfExpression';
import { HardenedOkeValidationError, withPropertyPrefix } from './core/errors';
import { requireOcid } from './core/ocid';
import { requireSupportedKubernetesVersion } from './core/kubernetes-version';
import { Bastion } from './access/bastion';
import { ClusterIam } from './access/cluster-iam';
import { OidcAuthentication } from './cluster/oidc';
import { DEFAULT_PODS_CIDR, DEFAULT_SERVICES_CIDR } from './cluster/cluster-cidrs';
import { OkeCluster, PublicEndpoint } from './cluster/oke-cluster';
import { cidrsOverlap, requireAllowList } from './core/cidr';
import { NodePool, NodePoolOptions } from './compute/node-pool';
import { validateNodePoolOptions } from './compute/rules/validate-node-pool';
import { ClusterKeys, ExistingKeys, ExistingVault } from './encryption/cluster-keys';
import { ClusterNetwork, ClusterNetworkOptions } from './network/cluster-network';
import { DataOciContainerengineClusterKubeConfig } from './generated/providers/oci/data-oci-containerengine-cluster-kube-config';
import { ClusterConfigStack } from './kubernetes/cluster-config-stack';
import { ApplicationNamespace, NetworkPolicyEngine } from './kubernetes/types';
import { Observability } from './observability/observability';
import { HardeningCompliance } from './compliance/hardening-compliance';
import { WaiverProps, Waivers } from './compliance/waivers';
import { ClusterAlarmOptions } from './observability/cluster-alarms';
import { CloudGuardOptions } from './observability/cloud-guard-target';
import { LogSinksOptions } from './observability/log-sinks';
import { NotificationOptions } from './observability/security-notifications';
import { addClusterOutputs } from './cluster/cluster-outputs';
import { ImageSigningOptions, SupplyChain } from './supply-chain/supply-chain';
import { CniType } from './network/cni-type';

/** Bastion settings of a HardenedCluster. */
export interface HardenedClusterBastionOptions {
  /** CIDR blocks administrators connect from. Required; 0.0.0.0/0 is refused. */
  readonly clientCidrs: string[];
  /**
   * Longest session, in seconds (30 minutes to 3 hours).
   * @default 3600
   */
  readonly maxSessionTtlSeconds?: number;
}

/** Encryption settings of a HardenedCluster. */
export interface HardenedClusterEncryptionOptions {
  /**
   * Create the keys in this vault.
   * @default - a new virtual private vault
   */
  readonly existingVault?: ExistingVault;
  /**
   * Use these keys instead of creating them.
   * @default - new HSM-protected AES-256 keys
   */
  readonly existingKeys?: ExistingKeys;
  /**
   * Days between automatic key rotations (60 to 365).
   * @default 90
   */
  readonly rotationIntervalDays?: number;
}

/** Supply-chain settings of a HardenedCluster. */
export interface HardenedClusterSupplyChainOptions {
  /**
   * Image signing keys the cluster's image verification policy trusts.
   * @default - one new RSA 4096-bit HSM key in the cluster's vault
   */
  readonly signing?: ImageSigningOptions;
  /**
   * Container repositories to create (private, immutable, scanned).
   * @default - none; the scan target then covers every repository of the compartment
   */
  readonly repositoryNames?: string[];
}

/** Observability settings of a HardenedCluster. */
export interface HardenedClusterObservabilityOptions {
  /**
   * Retention of every log in OCI Logging, in days (90 to 180, in 30-day steps).
   * @default 90
   */
  readonly logRetentionDays?: number;
  /**
   * Where logs are shipped.
   * @default - an Object Storage archive encrypted with the cluster's data key, 365-day retention rule
   */
  readonly sinks?: LogSinksOptions;
  /**
   * Subscriptions of the security notification topic.
   * @default - a topic without subscriptions
   */
  readonly notifications?: NotificationOptions;
  /**
   * Alarm thresholds.
   * @default - alarm when no worker node is active or pods stay unschedulable
   */
  readonly alarms?: ClusterAlarmOptions;
  /**
   * Set the tenancy's audit log retention to 365 days (tenancy-wide: enable it in one stack only).
   * @default false (the hardening report lists audit retention as not managed here)
   */
  readonly manageAuditRetention?: boolean;
  /**
   * Put the compartment under a Cloud Guard target (Cloud Guard must be enabled for the tenancy).
   * @default - no target
   */
  readonly cloudGuard?: CloudGuardOptions;
}

/** The in-cluster baseline of a HardenedCluster. */
export interface HardenedClusterKubernetesOptions {
  /**
   * Application namespaces: each gets Pod Security `restricted`, default-deny network policies with DNS egress,
   * a LimitRange, a ResourceQuota, RBAC for its groups, and a default service account without a token.
   * @default - none
   */
  readonly applicationNamespaces?: ApplicationNamespace[];
  /**
   * What enforces NetworkPolicy.
   * @default NetworkPolicyEngine.CILIUM_CHAINED
   */
  readonly networkPolicyEngine?: NetworkPolicyEngine;
  /**
   * Proxy URL the kubernetes and helm providers reach the private endpoint through, e.g. a SOCKS tunnel over a
   * bastion session (socks5://127.0.0.1:1080).
   * @default - direct connection (from inside the VCN)
   */
  readonly proxyUrl?: string;
}

export interface HardenedClusterProps {
  /** Compartment for everything the cluster creates. Give each cluster its own compartment: IAM scopes to it. */
  readonly compartmentId: string;
  /** Kubernetes version, e.g. v1.33.1 (one of the three newest minors OKE supports). */
  readonly kubernetesVersion: string;
  /**
   * Cluster name; display names of every resource derive from it.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Tenancy OCID. The worker-node dynamic group (which the log agent runs as) can only live at the tenancy.
   */
  readonly tenancyId: string;
  /** Region of the cluster, e.g. eu-frankfurt-1 (service principals of key policies name it). */
  readonly region: string;
  /**
   * Network: a new VCN with private subnets, or your own VCN and subnets.
   * @default - a new VCN 10.0.0.0/16 with VCN-native pod networking
   */
  readonly network?: ClusterNetworkOptions;
  /** The OCI Bastion in front of the private API endpoint. Required: a private cluster needs a way in. */
  readonly bastion: HardenedClusterBastionOptions;
  /** Node pools; at least one. */
  readonly nodePools: NodePoolOptions[];
  /**
   * Vault and keys.
   * @default - a new vault with HSM keys rotated every 90 days
   */
  readonly encryption?: HardenedClusterEncryptionOptions;
  /**
   * Signed images, registries and scanning.
   * @default - image verification with one new signing key; scanning of the compartment's repositories
   */
  readonly supplyChain?: HardenedClusterSupplyChainOptions;
  /**
   * Logs, sinks, notifications and alarms.
   * @default - control-plane, flow and container logs kept 90 days, an encrypted archive, security notifications and node alarms
   */
  readonly observability?: HardenedClusterObservabilityOptions;
  /**
   * The in-cluster baseline (CNI policy engine, namespaces, network policies, RBAC, storage classes).
   * @default - the baseline with no application namespaces
   */
  readonly kubernetes?: HardenedClusterKubernetesOptions;
  /**
   * OIDC token authentication for users.
   * @default - off
   */
  readonly oidc?: OidcAuthentication;
  /**
   * A public API endpoint with an allow-list (only with `network.existingVcn`, whose API endpoint subnet must
   * be public). Recorded as a waiver in the hardening report.
   * @default - private endpoint only
   */
  readonly publicEndpoint?: PublicEndpoint;
  /**
   * IAM groups of cluster administrators: IAM use of this cluster and its bastion, and the only subjects bound to
   * cluster-admin inside the cluster.
   * @default - none
   */
  readonly adminGroupIds?: string[];
  /**
   * Explicit waivers of hardening controls, each with a reason (and optionally an expiry date), scoped to this
   * cluster. They appear as waived in the hardening report. There is no switch that turns the checks off.
   * @default - none
   */
  readonly waivers?: WaiverProps[];
}

/**
 * A production-grade, hardened OKE cluster: private network and API endpoint, Bastion access, Vault-encrypted
 * secrets and volumes, rolling node pools, and least-privilege IAM. Each part is also a construct of its own.
 */
export class HardenedCluster extends Construct {
  /** Cluster name. */
  public readonly clusterName: string;
  public readonly network: ClusterNetwork;
  public readonly keys: ClusterKeys;
  public readonly cluster: OkeCluster;
  public readonly bastion: Bastion;
  public readonly nodePools: NodePool[];
  public readonly iam: ClusterIam;
  public readonly supplyChain: SupplyChain;
  public readonly observability: Observability;
  /** The stack applying the in-cluster baseline (a sibling of this cluster's stack). */
  public readonly configStack: ClusterConfigStack;

  constructor(scope: Construct, id: string, props: HardenedClusterProps) {
    super(scope, id);
    this.clusterName = props.name ?? id;
    validateProps(this.clusterName, props);

    const cni = props.network?.cni ?? CniType.OCI_VCN_IP_NATIVE;
    this.network = withPropertyPrefix('network.', () => new ClusterNetwork(this, 'network', {
      ...props.network,
      // A public endpoint's allow-list is admitted on 6443 by the API endpoint NSG.
      apiAdminCidrs: [...(props.network?.apiAdminCidrs ?? []), ...(props.publicEndpoint?.allowedCidrs ?? [])],
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      cni,
    }));
    const sinks = props.observability?.sinks ?? { archive: {} };
    const librarySink = (sinks.archive && !sinks.archive.existingBucket && !sinks.archive.kmsKeyId) || (sinks.stream && !sinks.stream.existingStream);
    this.keys = withPropertyPrefix('encryption.', () => new ClusterKeys(this, 'keys', {
      ...props.encryption,
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      createDataKey: librarySink === true && !props.encryption?.existingKeys,
    }));
    if (!this.keys.managementEndpoint && !props.supplyChain?.signing?.existingKeyIds && !props.supplyChain?.signing?.vaultManagementEndpoint) {
      throw new HardenedOkeValidationError('supplyChain.signing', 'image signing keys need a vault, and none is known when only encryption.existingKeys are given',
        'bring RSA signing keys (supplyChain.signing.existingKeyIds), or give encryption.existingVault so the library can create them there');
    }
    this.supplyChain = withPropertyPrefix('supplyChain.', () => new SupplyChain(this, 'supply-chain', {
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      repositoryNames: props.supplyChain?.repositoryNames,
      signing: props.supplyChain?.signing?.existingKeyIds
        ? props.supplyChain.signing
        : { vaultManagementEndpoint: this.keys.managementEndpoint, ...props.supplyChain?.signing },
    }));
    this.cluster = new OkeCluster(this, 'cluster', {
      compartmentId: props.compartmentId,
      name: this.clusterName,
      kubernetesVersion: props.kubernetesVersion,
      vcnId: this.network.vcnId,
      endpointSubnetId: this.network.subnetIds.apiEndpoint,
      endpointNsgIds: [this.network.nsgIds.apiEndpoint],
      serviceLbSubnetIds: [this.network.subnetIds.loadBalancers],
      serviceLbBackendNsgIds: [this.network.nsgIds.workers],
      kmsKeyId: this.keys.secretsKeyId,
      cni,
      oidc: props.oidc,
      publicEndpoint: props.publicEndpoint,
      imageSigningKeyIds: this.supplyChain.signingKeyIds,
    });
    // Key policy first: OKE checks it can use the key when the cluster is created.
    if (this.keys.keyPolicy) dependOn(this.cluster.cluster, this.keys.keyPolicy);

    this.bastion = withPropertyPrefix('bastion.', () => new Bastion(this, 'bastion', {
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      targetSubnetId: this.network.subnetIds.bastion,
      clientCidrs: props.bastion.clientCidrs,
      maxSessionTtlSeconds: props.bastion.maxSessionTtlSeconds,
    }));

    this.nodePools = props.nodePools.map((pool) => {
      const nodePool = new NodePool(this, `pool-${pool.name}`, {
        ...pool,
        compartmentId: props.compartmentId,
        clusterId: this.cluster.clusterId,
        clusterName: this.clusterName,
        kubernetesVersion: props.kubernetesVersion,
        workerSubnetId: this.network.subnetIds.workers,
        workerNsgIds: [this.network.nsgIds.workers],
        cni,
        podSubnetId: this.network.subnetIds.pods,
        podNsgIds: this.network.nsgIds.pods ? [this.network.nsgIds.pods] : undefined,
        kmsKeyId: this.keys.volumesKeyId,
      });
      if (this.keys.keyPolicy) dependOn(nodePool.resource, this.keys.keyPolicy);
      return nodePool;
    });

    this.iam = new ClusterIam(this, 'iam', {
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      clusterId: this.cluster.clusterId,
      tenancyId: props.tenancyId,
      adminGroupIds: props.adminGroupIds,
      bastionId: this.bastion.bastionId,
    });

    const subnetIds = this.network.subnetIds;
    this.observability = withPropertyPrefix('observability.', () => new Observability(this, 'observability', {
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      clusterId: this.cluster.clusterId,
      subnetIds: [subnetIds.apiEndpoint, subnetIds.workers, subnetIds.pods, subnetIds.loadBalancers, subnetIds.publicLoadBalancers, subnetIds.bastion]
        .filter((id): id is string => id !== undefined),
      workerDynamicGroupId: this.iam.workerDynamicGroupId!,
      tenancyId: props.tenancyId,
      logRetentionDays: props.observability?.logRetentionDays,
      sinks: {
        archive: sinks.archive && { kmsKeyId: sinks.archive.existingBucket ? undefined : this.keys.dataKeyId, region: props.region, ...sinks.archive },
        stream: sinks.stream && (sinks.stream.existingStream || sinks.stream.streamPoolId || sinks.stream.kmsKeyId
          ? sinks.stream
          : { ...sinks.stream, kmsKeyId: this.keys.dataKeyId }),
      },
      notifications: props.observability?.notifications,
      alarms: props.observability?.alarms,
      manageAuditRetention: props.observability?.manageAuditRetention,
      cloudGuard: props.observability?.cloudGuard,
    }));

    // The kubernetes provider needs a reachable API server at plan time, so the in-cluster baseline lives in a
    // stack of its own, wired to this one by cross-stack references.
    const kubeconfig = new DataOciContainerengineClusterKubeConfig(this, 'kubeconfig', {
      clusterId: this.cluster.clusterId,
      endpoint: 'PRIVATE_ENDPOINT',
    });
    const infraStack = TerraformStack.of(this);
    this.configStack = withPropertyPrefix('kubernetes.', () => new ClusterConfigStack(App.of(this) as App, `${infraStack.node.id}-${id}-k8s`, {
      baseline: {
        clusterName: this.clusterName,
        kubernetesVersion: props.kubernetesVersion,
        cni,
        networkPolicyEngine: props.kubernetes?.networkPolicyEngine,
        applicationNamespaces: props.kubernetes?.applicationNamespaces,
        clusterAdminGroupIds: props.adminGroupIds,
        pvKmsKeyId: this.keys.volumesKeyId,
      },
      connection: {
        host: `https://${this.cluster.privateEndpoint}`,
        kubeconfigContent: kubeconfig.content,
        clusterId: this.cluster.clusterId,
        region: props.region,
        proxyUrl: props.kubernetes?.proxyUrl,
      },
    }));

    // Every stack of the app is checked against the control catalog at synth; failing controls fail synth.
    HardeningCompliance.enable(infraStack);
    HardeningCompliance.enable(this.configStack);
    this.recordWaivers(props);

    // Stable, unhashed output names (cluster_id, ..., kubeconfig_command); prefixed with the name when a stack has several clusters.
    addClusterOutputs(this, {
      clusterName: this.clusterName, clusterId: this.cluster.clusterId, bastionId: this.bastion.bastionId,
      privateEndpoint: this.cluster.privateEndpoint, loadBalancerNsgId: this.network.nsgIds.loadBalancers,
      region: props.region, sessionTtlSeconds: props.bastion.maxSessionTtlSeconds ?? 3600,
    });
  }

  /** Records the user's waivers, and one for every prop that lowered a control, so the report tells the truth. */
  private recordWaivers(props: HardenedClusterProps): void {
    for (const waiver of props.waivers ?? []) Waivers.record(this, waiver);
    if (props.publicEndpoint) {
      Waivers.record(this.cluster.cluster, { controlId: 'API-01', reason: `publicEndpoint (allow-list ${props.publicEndpoint.allowedCidrs.join(', ')}): ${props.publicEndpoint.reason}` });
    }
    const network = this.network;
    if (props.network?.publicLoadBalancerSubnet && network.subnets?.publicLoadBalancers) {
      const reason = 'network.publicLoadBalancerSubnet: internet-facing load balancers were requested; only the load balancer subnet and NSG accept internet traffic';
      Waivers.record(network.subnets.publicLoadBalancers, { controlId: 'NET-01', reason });
      if (network.routeTables?.internet) Waivers.record(network.routeTables.internet, { controlId: 'NET-05', reason });
      if (network.internetGateway) Waivers.record(network.internetGateway, { controlId: 'NET-06', reason });
    }
    props.nodePools.forEach((pool, i) => {
      if (pool.sshPublicKey) {
        Waivers.record(this.nodePools[i].resource, { controlId: 'NODE-05', reason: `nodePools[${i}].sshPublicKey: SSH access to the nodes of pool ${pool.name} was requested` });
      }
    });
    if (props.kubernetes?.networkPolicyEngine === NetworkPolicyEngine.EXTERNAL_CALICO) {
      Waivers.record(this.cluster.cluster, { controlId: 'NP-01', reason: 'kubernetes.networkPolicyEngine: EXTERNAL_CALICO, the policy engine is installed outside this library' });
    }
  }
}

function validateProps(clusterName: string, props: HardenedClusterProps): void {
  if (!/^[a-z]([a-z0-9-]{0,28}[a-z0-9])?$/.test(clusterName)) {
    throw new HardenedOkeValidationError('name', `"${clusterName}" is not a usable cluster name`, 'use 1 to 30 lowercase letters, digits and dashes, starting with a letter and not ending with a dash (it prefixes every display name and Kubernetes object)');
  }
  requireOcid('compartmentId', props.compartmentId, 'compartment');
  requireOcid('tenancyId', props.tenancyId, 'tenancy');
  if (!/^[a-z]+-[a-z]+-\d+$/.test(props.region ?? '')) {
    throw new HardenedOkeValidationError('region', `"${props.region}" is not an OCI region identifier`, 'use the region identifier, e.g. eu-frankfurt-1');
  }
  requireSupportedKubernetesVersion('kubernetesVersion', props.kubernetesVersion);
  if (!props.bastion) {
    throw new HardenedOkeValidationError('bastion', 'is required', 'set bastion.clientCidrs to the CIDR blocks your administrators connect from');
  }
  if (!props.nodePools || props.nodePools.length === 0) {
    throw new HardenedOkeValidationError('nodePools', 'has no node pool', 'add at least one, e.g. { name: "system", shape: "VM.Standard.E5.Flex", ocpus: 2, memoryGbs: 16, size: 3 }');
  }
  const seen = new Set<string>();
  props.nodePools.forEach((pool, i) => {
    validateNodePoolOptions(pool, `nodePools[${i}].`);
    if (seen.has(pool.name)) {
      throw new HardenedOkeValidationError(`nodePools[${i}].name`, `"${pool.name}" is used by another node pool`, 'give every node pool a unique name');
    }
    seen.add(pool.name);
  });
  const vcnCidr = props.network?.existingVcn?.vcnCidr ?? props.network?.vcnCidr ?? '10.0.0.0/16';
  const clusterCidrs = (props.network?.cni ?? CniType.OCI_VCN_IP_NATIVE) === CniType.FLANNEL_OVERLAY
    ? [['pods', DEFAULT_PODS_CIDR], ['services', DEFAULT_SERVICES_CIDR]] : [['services', DEFAULT_SERVICES_CIDR]];
  for (const [role, cidr] of clusterCidrs) {
    if (cidrsOverlap(vcnCidr, cidr)) {
      throw new HardenedOkeValidationError(props.network?.existingVcn ? 'network.existingVcn.vcnCidr' : 'network.vcnCidr',
        `${vcnCidr} overlaps the cluster's ${role} CIDR ${cidr}, so routing inside the cluster would break`, 'choose a VCN CIDR outside 10.96.0.0/16 and 10.244.0.0/16');
    }
  }
  if (props.publicEndpoint) requireAllowList('publicEndpoint.allowedCidrs', props.publicEndpoint.allowedCidrs ?? []);
  if (props.publicEndpoint && !props.network?.existingVcn) {
    throw new HardenedOkeValidationError('publicEndpoint', 'needs a public API endpoint subnet, which the library never creates',
      'keep the endpoint private and use the bastion, or bring your own VCN (network.existingVcn) with a public API endpoint subnet');
  }
}

function dependOn(resource: TerraformResource, dependency: TerraformResource): void {
  resource.dependsOn = [...(resource.dependsOn ?? []), dependable(dependency)];
}
