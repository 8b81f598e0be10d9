import { Construct } from 'constructs';
import { App, dependable, Fn, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack, Token } from 'cdktf';
import { HardenedOkeValidationError, withPropertyPrefix } from './core/errors';
import { requireOcid } from './core/ocid';
import { resolveRegionProviders } from './core/region-providers';
import { requireClusterName } from './core/names';
import { regionInfo, requireRegion } from './core/regions';
import { checkProps } from './core/props-check';
import { requireKnown } from './core/tokens';
import { PROPS_SPECS } from './generated/props-specs';
import { requireSupportedKubernetesVersion } from './core/kubernetes-version';
import { Bastion, BastionOptions } from './access/bastion';
import { ClusterIam } from './access/cluster-iam';
import { OidcAuthentication } from './cluster/oidc';
import { DEFAULT_PODS_CIDR, DEFAULT_SERVICES_CIDR } from './cluster/cluster-cidrs';
import { OkeCluster, PublicEndpoint } from './cluster/oke-cluster';
import { cidrsOverlap, requireAllowList } from './core/cidr';
import { NodePool, NodePoolOptions } from './compute/node-pool';
import { validateNodePoolOptions } from './compute/rules/validate-node-pool';
import { ClusterKeys, ClusterKeysOptions } from './encryption/cluster-keys';
import { ClusterNetwork, ClusterNetworkOptions } from './network/cluster-network';
import { DataOciContainerengineClusterKubeConfig } from './generated/providers/oci/data-oci-containerengine-cluster-kube-config';
import { DataOciObjectstorageNamespace } from './generated/providers/oci/data-oci-objectstorage-namespace';
import { ClusterConfigStack } from './kubernetes/cluster-config-stack';
import { ApplicationNamespace, NetworkPolicyEngine } from './kubernetes/types';
import { Observability } from './observability/observability';
import { HardeningCompliance } from './compliance/hardening-compliance';
import { WaiverProps, Waivers } from './compliance/waivers';
import { ClusterAlarmOptions } from './observability/cluster-alarms';
import { CloudGuardOptions } from './observability/cloud-guard-target';
import { LogSinksOptions } from './observability/log-sinks';
import { NotificationOptions } from './observability/security-notifications';
import { SupplyChain } from './supply-chain/supply-chain';
import { ImageSigningOptions } from './supply-chain/image-signing-keys';
import { CniType, DEFAULT_CNI_TYPE } from './network/cni-type';
import { FileStorageAccess } from './storage/file-storage-access';
import { HardenedClusterFileStorageOptions } from './storage/file-storage-options';
import { VaultSecretsAccess } from './storage/vault-secrets-access';
import { gitOpsVariablesOutput } from './kubernetes/rules/yaml-variables';
import { DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT } from './kubernetes/rules/secrets-store-release';
import { HardenedClusterAddonsOptions } from './addons/addons-options';
import { CertManagerAddon, validateCertManagerOptions } from './addons/cert-manager-addon';
import { ClusterAutoscalerAddon, validateClusterAutoscalerOptions } from './addons/cluster-autoscaler-addon';
import { validatePoolVersionSkew } from './compute/rules/validate-node-pool-scheduling';

/** Bastion settings of a HardenedCluster (the Bastion construct's options; jsii has no type aliases). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HardenedClusterBastionOptions extends BastionOptions {}

/** Encryption settings of a HardenedCluster (the ClusterKeys construct's options). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HardenedClusterEncryptionOptions extends ClusterKeysOptions {}

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
  /**
   * Registry mirror in OCIR for the images the library installs (Cilium), e.g. `fra.ocir.io/<tenancy-namespace>/mirror`:
   * images are pulled as `<mirror>/cilium/cilium@sha256:...` with the same digests, and worker nodes lose their
   * TCP 443 internet egress (OCIR is reached through the service gateway). Copy the images by digest first (README).
   * @default - Cilium images from quay.io, so worker nodes keep TCP 443 to the internet
   */
  readonly imageRegistryMirror?: string;
  /**
   * OCIR region key of the cluster's region (e.g. `fra`): the admission policy then also admits images named
   * `<region-key>.ocir.io/<tenancy-namespace>/...`.
   * @default - images must be named `<region>.ocir.io/<tenancy-namespace>/...` or `artifacts.<region>.oci.oraclecloud.com/<tenancy-namespace>/...`
   */
  readonly ocirRegionKey?: string;
  /**
   * The File Storage class `oci-fss-encrypted` with its mount-target NSG and IAM policy.
   * @default - no File Storage class
   */
  readonly fileStorage?: HardenedClusterFileStorageOptions;
  /**
   * Install the Secrets Store CSI driver with the OCI Vault provider (workload identity), so application namespaces
   * can mount Vault secrets (`applicationNamespaces[].vaultSecrets`); each namespace's pods get an IAM policy for
   * exactly their secrets.
   * @default false
   */
  readonly secretsStore?: boolean;
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
   * The tenancy's home region. IAM resources (policies, dynamic groups) can only be created there (Managing
   * Regions), so when it differs from `region` they go through an aliased `oci` provider of the home region
   * (alias `home`, one per stack, authenticating like the stack's default provider).
   * @default - `region`
   */
  readonly homeRegion?: string;
  /**
   * Your provider of the home region for the identity resources; takes precedence over the one derived from
   * `homeRegion`.
   * @default - the stack's default provider when `homeRegion` is `region`, else an aliased provider of `homeRegion`
   */
  readonly homeRegionProvider?: TerraformProvider;
  /**
   * Accept a region identifier that is not in the library's region table (government, dedicated or newly opened
   * regions). The identifier must still have a region identifier's shape.
   * @default false
   */
  readonly allowUnknownRegion?: boolean;
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
   *
   * Kubernetes Engine authorizes with IAM before RBAC: a group granted `manage clusters`, `manage cluster-family`
   * or `manage all-resources` by any IAM policy is effectively cluster-admin. The IAM-13 check fails synth when
   * such a grant names a group that is not listed here.
   * @default - none
   */
  readonly adminGroupIds?: string[];
  /**
   * Require TOTP multi-factor authentication for the administrators' IAM statements
   * (`request.user.mfaTotpVerified = 'true'`). Only for local IAM users in tenancies without identity domains;
   * federated users never carry the variable (README "Multi-factor authentication").
   * @default false
   */
  readonly requireMfa?: boolean;
  /**
   * OKE managed add-ons: the cluster autoscaler (installed when a pool is autoscaled) and cert-manager.
   * @default - the cluster autoscaler when a pool sets minSize/maxSize; nothing else
   */
  readonly addons?: HardenedClusterAddonsOptions;
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
  /** The tenancy's home region, as declared (recorded in the stack's synthesized JSON for control IAM-14). */
  public readonly homeRegion: string;
  /** Provider of the identity resources (undefined: the stack's default provider, which is of the home region). */
  public readonly identityProvider?: TerraformProvider;
  public readonly network: ClusterNetwork;
  public readonly keys: ClusterKeys;
  public readonly cluster: OkeCluster;
  public readonly bastion: Bastion;
  public readonly nodePools: NodePool[];
  public readonly iam: ClusterIam;
  public readonly supplyChain: SupplyChain;
  public readonly observability: Observability;
  /** The Cluster Autoscaler add-on and its workload-identity policy (when a pool is autoscaled). */
  public readonly clusterAutoscaler?: ClusterAutoscalerAddon;
  /** The cert-manager add-on (when `addons.certManager` is set). */
  public readonly certManager?: CertManagerAddon;
  /** The stack applying the in-cluster baseline (a sibling of this cluster's stack). */
  public readonly configStack: ClusterConfigStack;
  /** Mount-target NSG and CSI IAM policy, with `kubernetes.fileStorage`. */
  public readonly fileStorage?: FileStorageAccess;
  /** One IAM policy per application namespace that mounts Vault secrets. */
  public readonly vaultSecretsAccess: VaultSecretsAccess[];

  constructor(scope: Construct, id: string, props: HardenedClusterProps) {
    super(scope, id);
    // Plain JavaScript / Python callers: a missing props object, null, wrong kinds and misspelt keys get named errors.
    checkProps(PROPS_SPECS, 'HardenedClusterProps', props, '');
    this.clusterName = props.name ?? id;
    validateProps(this.clusterName, props);
    refuseDuplicateName(this);
    const regions = resolveRegionProviders(this, props.region, props.homeRegion, props.homeRegionProvider, props.observability?.cloudGuard, props.allowUnknownRegion);
    this.homeRegion = regions.homeRegion;
    this.identityProvider = regions.identityProvider;

    const oidc = props.oidc;
    this.network = withPropertyPrefix('network.', () => new ClusterNetwork(this, 'network', {
      ...props.network,
      allowInternetEgress: workerInternetEgress(props),
      oidcIssuerEgress: oidc && { cidrs: oidc.issuerCidrs, anywhereReason: oidc.issuerAnywhereReason },
      // A public endpoint's allow-list is admitted on 6443 by the API endpoint NSG.
      apiAdminCidrs: [...(props.network?.apiAdminCidrs ?? []), ...(props.publicEndpoint?.allowedCidrs ?? [])],
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
    }));
    // Resolved once by the network; every other construct takes the network's value.
    const cni = this.network.cni;
    const sinks = props.observability?.sinks ?? { archive: {} };
    const librarySink = (sinks.archive && !sinks.archive.existingBucket && !sinks.archive.kmsKeyId) || (sinks.stream && !sinks.stream.existingStream);
    this.keys = withPropertyPrefix('encryption.', () => new ClusterKeys(this, 'keys', {
      ...props.encryption,
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      createDataKey: librarySink === true && !props.encryption?.existingKeys,
      identityProvider: this.identityProvider,
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
      identityProvider: this.identityProvider,
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
        // Staged upgrades: a pool may stay behind the cluster, within OKE's skew (checked in validateProps).
        kubernetesVersion: pool.kubernetesVersion ?? props.kubernetesVersion,
        clusterKubernetesVersion: props.kubernetesVersion,
        // With Cilium, nodes register with its agent-not-ready taint until the agent enforces policy.
        networkPolicyEngine: props.kubernetes?.networkPolicyEngine ?? NetworkPolicyEngine.CILIUM_CHAINED,
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

    const autoscaled = this.nodePools.filter((p) => p.autoscaling !== undefined);
    if (autoscaled.length > 0) {
      this.clusterAutoscaler = withPropertyPrefix('addons.clusterAutoscaler.', () => new ClusterAutoscalerAddon(this, 'cluster-autoscaler', {
        ...props.addons?.clusterAutoscaler,
        compartmentId: props.compartmentId,
        clusterId: this.cluster.clusterId,
        clusterName: this.clusterName,
        identityProvider: this.identityProvider,
        nodePools: autoscaled.map((p) => ({ nodePoolId: p.nodePoolId, minSize: p.autoscaling!.minSize, maxSize: p.autoscaling!.maxSize })),
      }));
    }
    if (props.addons?.certManager) {
      this.certManager = withPropertyPrefix('addons.certManager.', () => new CertManagerAddon(this, 'cert-manager', {
        ...props.addons!.certManager,
        clusterId: this.cluster.clusterId,
      }));
      // Installed once nodes exist to run it.
      for (const pool of this.nodePools) dependOn(this.certManager.addon.resource, pool.resource);
    }

    this.iam = new ClusterIam(this, 'iam', {
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      clusterId: this.cluster.clusterId,
      tenancyId: props.tenancyId,
      adminGroupIds: props.adminGroupIds,
      requireMfa: props.requireMfa,
      bastionId: this.bastion.bastionId,
      identityProvider: this.identityProvider,
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
      cloudGuard: props.observability?.cloudGuard && { ...props.observability.cloudGuard, reportingRegion: undefined, reportingRegionProvider: regions.cloudGuardProvider },
      identityProvider: this.identityProvider,
    }));

    // The kubernetes provider needs a reachable API server at plan time, so the in-cluster baseline lives in a
    // stack of its own, wired to this one by cross-stack references.
    const kubeconfig = new DataOciContainerengineClusterKubeConfig(this, 'kubeconfig', {
      clusterId: this.cluster.clusterId,
      endpoint: 'PRIVATE_ENDPOINT',
    });
    // The tenancy's Object Storage namespace is the <tenancy-namespace> of OCIR image paths the admission policy allows.
    const ocirNamespace = new DataOciObjectstorageNamespace(this, 'ocir-namespace', { compartmentId: props.tenancyId });
    const infraStack = TerraformStack.of(this);
    const fss = props.kubernetes?.fileStorage;
    const fssKeyId = fss?.kmsKeyId ?? this.keys.volumesKeyId;
    const fssExportSource = fss?.exportSourceCidr ?? this.network.subnetCidrs.workers;
    if (fss && !fssExportSource) {
      throw new HardenedOkeValidationError('kubernetes.fileStorage.exportSourceCidr', 'the worker subnet CIDR is not known with network.existingVcn',
        'give the CIDR of your worker subnet');
    }
    this.configStack = withPropertyPrefix('kubernetes.', () => new ClusterConfigStack(App.of(this) as App, `${infraStack.node.id}-${id}-k8s`, {
      baseline: {
        clusterName: this.clusterName,
        kubernetesVersion: props.kubernetesVersion,
        cni,
        networkPolicyEngine: props.kubernetes?.networkPolicyEngine,
        applicationNamespaces: props.kubernetes?.applicationNamespaces,
        clusterAdminGroupIds: props.adminGroupIds,
        pvKmsKeyId: this.keys.volumesKeyId,
        imageRegistryMirror: props.kubernetes?.imageRegistryMirror,
        admission: {
          region: props.region,
          tenancyNamespace: ocirNamespace.namespace,
          loadBalancerNsgId: this.network.nsgIds.loadBalancers,
          // The region table knows the key of every commercial region; a prop covers the rest.
          ocirRegionKey: props.kubernetes?.ocirRegionKey ?? regionInfo(props.region)?.key.toLowerCase(),
        },
        fileStorage: fss && {
          availabilityDomain: fss.availabilityDomain, mountTargetId: fss.mountTargetId, mountTargetSubnetId: fss.mountTargetSubnetId,
          kmsKeyId: fssKeyId, exportSourceCidr: fssExportSource!,
        },
        secretsStore: props.kubernetes?.secretsStore ? { region: props.region } : undefined,
      },
      connection: {
        host: `https://${this.cluster.privateEndpoint}`,
        kubeconfigContent: kubeconfig.content,
        clusterId: this.cluster.clusterId,
        region: props.region,
        proxyUrl: props.kubernetes?.proxyUrl,
      },
    }));

    if (fss) {
      this.fileStorage = withPropertyPrefix('kubernetes.fileStorage.', () => new FileStorageAccess(this, 'file-storage', {
        compartmentId: props.compartmentId, clusterName: this.clusterName, clusterId: this.cluster.clusterId, vcnId: this.network.vcnId,
        workersNsgId: this.network.nsgIds.workers, kmsKeyId: fssKeyId, identityProvider: this.identityProvider,
      }));
    }
    this.vaultSecretsAccess = (props.kubernetes?.applicationNamespaces ?? []).flatMap((ns, i) => ns.vaultSecrets
      ? [withPropertyPrefix(`kubernetes.applicationNamespaces[${i}].vaultSecrets.`, () => new VaultSecretsAccess(this, `vault-secrets-${ns.name}`, {
        compartmentId: ns.vaultSecrets!.compartmentId ?? props.compartmentId, clusterName: this.clusterName, clusterId: this.cluster.clusterId,
        namespaceName: ns.name, serviceAccountName: ns.vaultSecrets!.serviceAccountName ?? DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT, identityProvider: this.identityProvider,
        secretIds: ns.vaultSecrets!.secrets.map((s) => s.secretId),
      }))]
      : []);

    // Every stack of the app is checked against the control catalog at synth; failing controls fail synth.
    HardeningCompliance.enable(infraStack);
    HardeningCompliance.enable(this.configStack);
    this.recordWaivers(props);

    new TerraformOutput(this, 'cluster-id', { value: this.cluster.clusterId, description: `OCID of the ${this.clusterName} cluster` });
    new TerraformOutput(this, 'bastion-id', { value: this.bastion.bastionId, description: 'OCID of the bastion in front of the private API endpoint' });
    new TerraformOutput(this, 'private-endpoint', { value: this.cluster.privateEndpoint, description: 'Private API endpoint (ip:port), reachable through the bastion' });
    new TerraformOutput(this, 'load-balancer-nsg-id', {
      value: this.network.nsgIds.loadBalancers,
      description: 'NSG for Service load balancers: annotate Services with oci.oraclecloud.com/oci-network-security-groups set to this id',
    });
    this.gitOpsOutputs();
    new TerraformOutput(this, 'bastion-port-forward', {
      description: 'Opens a port-forwarding session from localhost:6443 to the private API endpoint',
      value: `oci bastion session create-port-forwarding --bastion-id ${this.bastion.bastionId} --target-private-ip \${split(":", ${this.cluster.privateEndpoint})[0]} --target-port 6443 --session-ttl ${this.bastion.maxSessionTtlSeconds} --ssh-public-key-file ~/.ssh/id_ed25519.pub`,
    });
  }

  /**
   * The values of the GitOps manifests' `${VARIABLE}` placeholders as a ConfigMap for Flux's
   * postBuild.substituteFrom (`terraform output -raw <cluster>-gitops-variables | kubectl apply -f -`), and the mount-target NSG.
   */
  private gitOpsOutputs(): void {
    const variables = this.configStack.baseline.yamlVariableDetails;
    if (variables.length > 0) {
      const output = new TerraformOutput(this, 'gitops-variables', {
        description: `Values of the placeholder variables in manifests/${this.clusterName}/substitute/, as a ConfigMap for Flux post-build substitution`,
        value: Fn.yamlencode({
          apiVersion: 'v1', kind: 'ConfigMap',
          metadata: { name: `${this.clusterName}-gitops-variables`, namespace: 'flux-system' },
          data: Object.fromEntries(variables.map((v) => [v.name, v.value])),
        }),
      });
      // A fixed name, so VARIABLES.md can tell the exact command.
      output.overrideLogicalId(gitOpsVariablesOutput(this.clusterName));
    }
    if (this.fileStorage) {
      new TerraformOutput(this, 'file-storage-mount-target-nsg-id', {
        value: this.fileStorage.mountTargetNsgId,
        description: 'NSG to attach to the File Storage mount target (NFS and TLS rules towards the worker nodes)',
      });
    }
  }

  /** Records the user's waivers; each construct records the waivers of the risky props it owns. */
  private recordWaivers(props: HardenedClusterProps): void {
    for (const waiver of props.waivers ?? []) Waivers.record(this, waiver);
  }
}

function validateProps(clusterName: string, props: HardenedClusterProps): void {
  requireClusterName('name', clusterName);
  requireOcid('compartmentId', props.compartmentId, 'compartment');
  requireOcid('tenancyId', props.tenancyId, 'tenancy');
  requireRegion('region', props.region, { allowUnknown: props.allowUnknownRegion });
  requireSupportedKubernetesVersion('kubernetesVersion', props.kubernetesVersion);
  const regionKey = props.kubernetes?.ocirRegionKey;
  if (regionKey !== undefined && !Token.isUnresolved(regionKey) && !/^[a-zA-Z]{3}$/.test(regionKey)) {
    throw new HardenedOkeValidationError('kubernetes.ocirRegionKey', `"${regionKey}" is not a region key`,
      `use the three-letter key of ${props.region} as Oracle's "Regions and Availability Domains" lists it, e.g. fra for eu-frankfurt-1`);
  }
  // Values validated at synth cannot be Terraform tokens (a number token would surface as -1.8e+289 in a range error).
  requireKnown('bastion.maxSessionTtlSeconds', props.bastion?.maxSessionTtlSeconds);
  requireKnown('observability.logRetentionDays', props.observability?.logRetentionDays);
  requireKnown('encryption.rotationIntervalDays', props.encryption?.rotationIntervalDays);
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
    if (pool.kubernetesVersion !== undefined) validatePoolVersionSkew(pool.kubernetesVersion, props.kubernetesVersion, `nodePools[${i}].kubernetesVersion`);
  });
  const autoscaled = props.nodePools.filter((p) => p.minSize !== undefined || p.maxSize !== undefined);
  if (autoscaled.length > 0 && autoscaled.length === props.nodePools.length) {
    // "Working with the Cluster Autoscaler as a Cluster Add-on": always keep one pool the autoscaler does not manage.
    throw new HardenedOkeValidationError(`nodePools[${props.nodePools.length - 1}].minSize`, 'every node pool is autoscaled; Oracle recommends always keeping at least one pool the cluster autoscaler does not manage (the autoscaler itself runs there)',
      'give one pool (e.g. "system") a fixed size');
  }
  if (props.addons?.clusterAutoscaler) {
    if (autoscaled.length === 0) {
      throw new HardenedOkeValidationError('addons.clusterAutoscaler', 'is set, but no node pool is autoscaled', 'set minSize and maxSize on the pools to scale, or remove addons.clusterAutoscaler');
    }
    validateClusterAutoscalerOptions(props.addons.clusterAutoscaler, 'addons.clusterAutoscaler.');
  }
  if (props.addons?.certManager) validateCertManagerOptions(props.addons.certManager, 'addons.certManager.');
  const vcnCidr = props.network?.existingVcn?.vcnCidr ?? props.network?.vcnCidr ?? '10.0.0.0/16';
  const clusterCidrs = (props.network?.cni ?? DEFAULT_CNI_TYPE) === CniType.FLANNEL_OVERLAY
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
  if (props.bastion.clientCidrs !== undefined) requireAllowList('bastion.clientCidrs', props.bastion.clientCidrs);
  if (props.oidc) {
    // kube-apiserver must reach the issuer's discovery and JWKS endpoints; the network opens 443 to these only.
    if (props.oidc.issuerCidrs === undefined && props.oidc.issuerAnywhereReason === undefined) {
      throw new HardenedOkeValidationError('oidc.issuerCidrs', 'is required with OIDC: the API server must reach the issuer\'s discovery and JWKS endpoints, and the API endpoint NSG opens TCP 443 to these blocks only',
        'list the CIDR blocks of your identity provider\'s endpoints, e.g. ["198.51.100.0/24"]; only if it publishes none, set oidc.issuerAnywhereReason (recorded as a waiver)');
    }
    requireAllowList('oidc.issuerCidrs', props.oidc.issuerCidrs ?? [], { allowEmpty: props.oidc.issuerAnywhereReason !== undefined });
  }
  if (props.network?.allowInternetEgress === false && workerInternetEgress({ ...props, network: undefined })) {
    throw new HardenedOkeValidationError('network.allowInternetEgress', 'is false, but the Cilium images the library installs come from quay.io, so nodes could not pull them',
      'mirror the Cilium images into OCIR by digest and set kubernetes.imageRegistryMirror (worker internet egress then goes away on its own), or remove network.allowInternetEgress');
  }
}

/**
 * Worker nodes keep TCP 443 to the internet only while a component the library installs pulls images from outside
 * OCIR: Cilium from quay.io, unless `kubernetes.imageRegistryMirror` names an OCIR mirror. An explicit
 * `network.allowInternetEgress` wins.
 */
function workerInternetEgress(props: HardenedClusterProps): boolean {
  if (props.network?.allowInternetEgress !== undefined) return props.network.allowInternetEgress;
  const engine = props.kubernetes?.networkPolicyEngine ?? NetworkPolicyEngine.CILIUM_CHAINED;
  return engine === NetworkPolicyEngine.CILIUM_CHAINED && props.kubernetes?.imageRegistryMirror === undefined;
}

/**
 * Two clusters of one app with the same name would share display names, tags, kubeconfig contexts and the GitOps
 * folder `manifests/<name>`, so the second is refused.
 */
function refuseDuplicateName(cluster: HardenedCluster): void {
  const other = App.of(cluster).node.findAll()
    .find((c): c is HardenedCluster => c instanceof HardenedCluster && c !== cluster && c.clusterName === cluster.clusterName);
  if (other) {
    throw new HardenedOkeValidationError('name', `"${cluster.clusterName}" is already the name of the cluster at ${other.node.path}`,
      'give every HardenedCluster of an app its own name (e.g. prefix the environment: dev-shop, prod-shop)');
  }
}

function dependOn(resource: TerraformResource, dependency: TerraformResource): void {
  resource.dependsOn = [...(resource.dependsOn ?? []), dependable(dependency)];
}
