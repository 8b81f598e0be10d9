import { Construct } from 'constructs';
import { requireSameFramework } from '../core/framework';
import { App, dependable, Fn, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { HardenedOkeValidationError, withPropertyPrefix } from '../core/errors';
import { resolveRegionProviders } from '../core/region-providers';
import { regionInfo } from '../core/regions';
import { checkProps } from '../core/props-check';
import { PROPS_SPECS } from '../generated/props-specs';
import { Bastion } from '../access/bastion';
import { ClusterIam } from '../access/cluster-iam';
import { OkeCluster } from '../cluster/oke-cluster';
import { IOkeCluster } from '../cluster/cluster-ref';
import { NodePool, NodePoolOptions } from '../compute/node-pool';
import { NodeScanning } from '../compute/node-scanning';
import { requireOcid } from '../core/ocid';
import { WorkloadIdentityAccess } from '../access/workload-identity-access';
import { HelmChartOptions } from '../kubernetes/helm-chart';
import { Release } from '@cdktf/provider-helm/lib/release';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { ClusterKeys } from '../encryption/cluster-keys';
import { ClusterNetwork } from '../network/cluster-network';
import { DataOciContainerengineClusterKubeConfig } from '../generated/providers/oci/data-oci-containerengine-cluster-kube-config';
import { DataOciObjectstorageNamespace } from '../generated/providers/oci/data-oci-objectstorage-namespace';
import { ClusterConfigStack } from '../kubernetes/cluster-config-stack';
import { ApplicationNamespace, NetworkPolicyEngine } from '../kubernetes/types';
import { Observability } from '../observability/observability';
import { CompartmentSecurityZone } from '../observability/security-zone';
import { HardeningCompliance } from '../compliance/hardening-compliance';
import { Waivers } from '../compliance/waivers';
import { addClusterOutputs } from '../cluster/cluster-outputs';
import { SupplyChain } from '../supply-chain/supply-chain';
import { FileStorageAccess } from '../storage/file-storage-access';
import { checkFileStorageKey, fileStorageConditions } from './private/file-storage-checks';
import { podAddressesOf, podSubnetCapacityCondition } from './private/pod-subnet-capacity';
import { resourceManagerSubnetConditions } from './private/resource-manager-checks';
import { checkVaultSecrets } from './private/vault-secret-checks';
import { VaultSecretsAccess } from '../storage/vault-secrets-access';
import { gitOpsVariablesOutput } from '../kubernetes/yaml-variables';
import { DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT } from '../kubernetes/secrets-store-release';
import { CertManagerAddon } from '../addons/cert-manager-addon';
import { AutoscaledNodePool, ClusterAutoscalerAddon } from '../addons/cluster-autoscaler-addon';
import { CERT_MANAGER_EXEMPTION_REASON, CERT_MANAGER_NAMESPACE } from '../addons/addon-namespaces';
import { defaultProviderSettings } from '../core/region-providers';
import { HardenedClusterProps } from './hardened-cluster-props';
import { validateProps, workerInternetEgress } from './validate-props';
import { DEFAULT_NETWORK_POLICY_ENGINE } from '../kubernetes/types';
import { DEFAULT_SERVICES_CIDR } from '../core/limits';
import { ResourceManagerEndpoint } from '../fleet/resource-manager-endpoint';
import { applyClusterTags, validateClusterTags } from '../core/cluster-tags';
import { RuntimeDetectionAlerts } from '../observability/runtime-detection-alerts';
import { TETRAGON_RELEASE } from '../kubernetes/runtime-detection-release';

/**
 * A production-grade, hardened OKE cluster: private network and API endpoint, Bastion access, Vault-encrypted
 * secrets and volumes, rolling node pools, and least-privilege IAM. Each part is also a construct of its own.
 */
export class HardenedCluster extends Construct implements IOkeCluster {
  /** Cluster name. */
  public readonly clusterName: string;
  /** Compartment of the cluster and of everything the library creates for it. */
  public readonly compartmentId: string;
  /** Kubernetes version of the control plane. */
  public readonly kubernetesVersion: string;
  /** The tenancy's home region, as declared (recorded in the stack's synthesized JSON for control IAM-14). */
  public readonly homeRegion: string;
  /** The NetworkPolicy engine (`kubernetes.networkPolicyEngine`, resolved): node pools and the Kubernetes layer take this value. */
  public readonly networkPolicyEngine: NetworkPolicyEngine;
  /** Provider of the identity resources (undefined: the stack's default provider, which is of the home region). */
  public readonly identityProvider?: TerraformProvider;
  public readonly network: ClusterNetwork;
  public readonly keys: ClusterKeys;
  public readonly cluster: OkeCluster;
  public readonly bastion: Bastion;
  public readonly nodePools: NodePool[];
  public readonly iam: ClusterIam;
  public readonly supplyChain: SupplyChain;
  /**
   * Vulnerability Scanning of the worker nodes (host scan recipe and target on the node compartment); undefined
   * when `nodeScanning.optOutReason` is given.
   */
  public readonly nodeScanning?: NodeScanning;
  public readonly observability: Observability;
  /** One IAM policy per application namespace with `workloadIdentity` service accounts. */
  public readonly workloadIdentityAccess: WorkloadIdentityAccess[];
  /** The cert-manager add-on (when `addons.certManager` is set). */
  public readonly certManager?: CertManagerAddon;
  /** The stack applying the in-cluster baseline (a sibling of this cluster's stack). */
  public readonly configStack: ClusterConfigStack;
  /** Mount-target NSG and CSI IAM policy, with `kubernetes.fileStorage`. */
  public readonly fileStorage?: FileStorageAccess;
  /** One IAM policy per application namespace that mounts Vault secrets. */
  public readonly vaultSecretsAccess: VaultSecretsAccess[];
  /** The security zone of the cluster's compartment and its recipe (with `securityZone`). */
  public readonly securityZone?: CompartmentSecurityZone;
  /** Where runtime detections go (custom log, agent configuration, connector to the topic); absent when turned off. */
  public readonly runtimeDetection?: RuntimeDetectionAlerts;
  /** The ORM private endpoint and its NSG (with `resourceManager`). */
  public readonly resourceManager?: ResourceManagerEndpoint;
  private readonly props: HardenedClusterProps;
  private autoscalerAddon?: ClusterAutoscalerAddon;

  constructor(scope: Construct, id: string, props: HardenedClusterProps) {
    super(scope, id);
    requireSameFramework(this, 'HardenedCluster(scope)');
    // Plain JavaScript / Python callers: a missing props object, null, wrong kinds and misspelt keys get named errors.
    checkProps(PROPS_SPECS, 'HardenedClusterProps', props, '');
    this.clusterName = props.name ?? id;
    validateProps(this.clusterName, props);
    this.compartmentId = props.compartmentId;
    this.kubernetesVersion = props.kubernetesVersion;
    validateClusterTags('tags', props.tags);
    this.networkPolicyEngine = props.kubernetes?.networkPolicyEngine ?? DEFAULT_NETWORK_POLICY_ENGINE;
    this.props = props;
    refuseDuplicateName(this);
    const regions = resolveRegionProviders(this, props.region, props.homeRegion, props.homeRegionProvider, props.observability?.cloudGuard ?? props.securityZone, props.allowUnknownRegion,
      props.securityZone ? 'securityZone' : undefined);
    this.homeRegion = regions.homeRegion;
    this.identityProvider = regions.identityProvider;

    const oidc = props.oidc;
    this.network = withPropertyPrefix('network.', () => new ClusterNetwork(this, 'network', {
      ...props.network,
      allowInternetEgress: workerInternetEgress(props),
      oidcIssuerEgress: oidc && { cidrs: oidc.issuerCidrs, anywhereReason: oidc.issuerAnywhereReason },
      // A public endpoint's allow-list is admitted on 6443 by the API endpoint NSG.
      apiAdminCidrs: [...(props.network?.apiAdminCidrs ?? []), ...(props.publicEndpoint?.allowedCidrs ?? [])],
      // A public endpoint needs a public API endpoint subnet: the plan checks the brought one is.
      publicApiEndpoint: props.publicEndpoint !== undefined,
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
      tenancyId: props.tenancyId,
      clusterName: this.clusterName,
      repositoryNames: props.supplyChain?.repositoryNames,
      signing: props.supplyChain?.signing?.existingKeyIds
        ? props.supplyChain.signing
        : { vaultManagementEndpoint: this.keys.managementEndpoint, ...props.supplyChain?.signing },
      identityProvider: this.identityProvider,
    }));
    const scanOptOut = props.nodeScanning?.optOutReason;
    if (scanOptOut === undefined) {
      this.nodeScanning = new NodeScanning(this, 'node-scanning', {
        compartmentId: props.compartmentId,
        clusterName: this.clusterName,
        identityProvider: this.identityProvider,
      });
    } else {
      // Scope: this cluster's construct path, so the node pools of addNodePool are covered too.
      Waivers.record(this, { controlId: 'NODE-08', reason: `nodeScanning.optOutReason: ${scanOptOut.trim()}` });
    }
    this.cluster = new OkeCluster(this, 'cluster', {
      compartmentId: props.compartmentId,
      name: this.clusterName,
      kubernetesVersion: props.kubernetesVersion,
      network: this.network,
      keys: this.keys,
      oidc: props.oidc,
      publicEndpoint: props.publicEndpoint,
      imageSigningKeyIds: this.supplyChain.signingKeyIds,
    });
    // The image-verification policy first: "To enable clusters to include master encryption keys in image verification
    // policies, you must give clusters permission to use keys" (Enforcing the Use of Signed Images from Registry).
    // https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengenforcingsignedimagesfromocir.htm
    // (The key policy is waited for by OkeCluster itself.)
    if (this.supplyChain.signingKeys.verificationPolicy) dependOn(this.cluster.resource, this.supplyChain.signingKeys.verificationPolicy);

    this.bastion = withPropertyPrefix('bastion.', () => new Bastion(this, 'bastion', {
      compartmentId: props.compartmentId,
      clusterName: this.clusterName,
      targetSubnetId: this.network.subnetIds.bastion,
      clientCidrs: props.bastion.clientCidrs,
      maxSessionTtlSeconds: props.bastion.maxSessionTtlSeconds,
    }));

    this.nodePools = [];
    // NodePool validates each pool (validate-props checks only the rules across pools).
    props.nodePools.forEach((pool, i) => withPropertyPrefix(`nodePools[${i}].`, () => this.buildNodePool(pool)));
    this.nodePools.forEach((pool, i) => this.checkPodSubnetCapacity(pool, props.nodePools[i].maximumSurge));


    this.iam = new ClusterIam(this, 'iam', {
      cluster: this,
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
        // With the cluster's data key, the key policies name (and attach to) the compartment the keys live in.
        archive: sinks.archive && (sinks.archive.existingBucket || sinks.archive.kmsKeyId
          ? { region: props.region, ...sinks.archive }
          : { kmsKeyId: this.keys.dataKeyId, keyCompartmentId: this.keys.keysCompartmentId, region: props.region, ...sinks.archive }),
        stream: sinks.stream && (sinks.stream.existingStream || sinks.stream.streamPoolId || sinks.stream.kmsKeyId
          ? sinks.stream
          : { ...sinks.stream, kmsKeyId: this.keys.dataKeyId, keyCompartmentId: this.keys.keysCompartmentId }),
      },
      notifications: props.observability?.notifications,
      alarms: props.observability?.alarms,
      manageAuditRetention: props.observability?.manageAuditRetention,
      cloudGuard: props.observability?.cloudGuard && { ...props.observability.cloudGuard, reportingRegion: undefined, reportingRegionProvider: regions.cloudGuardProvider },
      cloudGuardProviderRegion: regions.cloudGuardReportingRegion,
      identityProvider: this.identityProvider,
    }));
    if (props.securityZone) {
      this.securityZone = withPropertyPrefix('securityZone.', () => new CompartmentSecurityZone(this, 'security-zone', {
        ...props.securityZone!, reportingRegion: undefined, reportingRegionProvider: regions.cloudGuardProvider, providerRegion: regions.cloudGuardReportingRegion,
        compartmentId: props.compartmentId, tenancyId: props.tenancyId, clusterName: this.clusterName,
      }));
    }
    // The nodes' log agent pushes logs as soon as a node boots: its policy exists before any node does.
    for (const pool of this.nodePools) dependOn(pool.resource, this.observability.logging.agentPolicy);

    // The kubernetes provider needs a reachable API server at plan time, so the in-cluster baseline lives in a
    // stack of its own, wired to this one by cross-stack references.
    const kubeconfig = new DataOciContainerengineClusterKubeConfig(this, 'kubeconfig', {
      clusterId: this.cluster.clusterId,
      endpoint: 'PRIVATE_ENDPOINT',
    });
    // The tenancy's Object Storage namespace is the <tenancy-namespace> of OCIR image paths the admission policy allows.
    const ocirNamespace = new DataOciObjectstorageNamespace(this, 'ocir-namespace', { compartmentId: props.tenancyId });
    const infraStack = TerraformStack.of(this);
    const orm = props.resourceManager;
    if (orm) {
      if (props.kubernetes?.proxyUrl !== undefined) {
        throw new HardenedOkeValidationError('kubernetes.proxyUrl', 'is not used in Resource Manager mode: ORM jobs reach the API through the ORM private endpoint',
          'remove kubernetes.proxyUrl (the bastion stays for people)');
      }
      this.resourceManager = withPropertyPrefix('resourceManager.', () => new ResourceManagerEndpoint(this, 'resource-manager', {
        compartmentId: props.compartmentId, clusterName: this.clusterName, region: props.region, vcnId: this.network.vcnId,
        subnetId: orm.privateEndpointSubnetId ?? this.network.subnetIds.apiEndpoint, apiEndpointNsgId: this.network.nsgIds.apiEndpoint,
        stackCompartmentId: orm.stackCompartmentId,
      }));
      if (orm.privateEndpointSubnetId !== undefined) {
        // What only the tenancy knows: the brought subnet is one of the cluster's VCN, and private.
        const pe = this.resourceManager.privateEndpoint;
        pe.lifecycle = { ...pe.lifecycle, precondition: withPropertyPrefix('resourceManager.',
          () => resourceManagerSubnetConditions(this, orm.privateEndpointSubnetId!, this.network.vcnId)) };
      }
    }
    const fss = props.kubernetes?.fileStorage;
    const fssKeyId = fss?.kmsKeyId ?? this.keys.volumesKeyId;
    const fssExportSource = fss?.exportSourceCidr ?? this.network.subnetCidrs.workers;
    if (fss && !fssExportSource) {
      throw new HardenedOkeValidationError('kubernetes.fileStorage.exportSourceCidr', 'the worker subnet CIDR is not known with network.existingVcn',
        'give the CIDR of your worker subnet');
    }
    const runtimeDetection = withPropertyPrefix('kubernetes.runtimeDetection.', () => runtimeDetectionEnabled(props));
    this.configStack = withPropertyPrefix('kubernetes.', () => new ClusterConfigStack(App.of(this) as App, `${infraStack.node.id}-${id}-k8s`, {
      baseline: {
        clusterName: this.clusterName,
        kubernetesVersion: props.kubernetesVersion,
        cni,
        networkPolicyEngine: this.networkPolicyEngine,
        applicationNamespaces: props.kubernetes?.applicationNamespaces,
        // Workload-identity namespaces reach the control plane on 12250: the API endpoint subnet, or with a brought
        // VCN (whose subnet CIDRs are not declared) the VCN, where only the API endpoint NSG admits 12250.
        controlPlane: {
          apiEndpointCidr: this.network.subnetCidrs.apiEndpoint ?? this.network.vcnCidr,
          servicesCidr: DEFAULT_SERVICES_CIDR,
        },
        clusterAdminGroupIds: props.adminGroupIds,
        pvKmsKeyId: this.keys.volumesKeyId,
        imageRegistryMirror: props.kubernetes?.imageRegistryMirror,
        admission: {
          region: props.region,
          tenancyNamespace: ocirNamespace.namespace,
          loadBalancerNsgId: this.network.nsgIds.loadBalancers,
          workerNsgId: this.network.nsgIds.workers,
          // The library creates this cluster: nothing runs before the policies, so they deny everywhere from the start.
          enforceAllNamespaces: true,
          extraExcludedNamespaces: props.addons?.certManager ? [{ name: CERT_MANAGER_NAMESPACE, reason: CERT_MANAGER_EXEMPTION_REASON }] : undefined,
          // The region table knows the key of every commercial region; a prop covers the rest.
          ocirRegionKey: props.kubernetes?.ocirRegionKey ?? regionInfo(props.region)?.key.toLowerCase(),
        },
        fileStorage: fss && {
          availabilityDomain: fss.availabilityDomain, mountTargetId: fss.mountTargetId, mountTargetSubnetId: fss.mountTargetSubnetId,
          kmsKeyId: fssKeyId, exportSourceCidr: fssExportSource!,
        },
        secretsStore: props.kubernetes?.secretsStore ? { region: props.region } : undefined,
        runtimeDetection,
      },
      connection: {
        host: `https://${this.cluster.privateEndpoint}`,
        kubeconfigContent: kubeconfig.content,
        clusterId: this.cluster.clusterId,
        region: props.region,
        proxyUrl: props.kubernetes?.proxyUrl,
        resourceManager: this.resourceManager && {
          privateEndpointId: this.resourceManager.privateEndpointId,
          apiPrivateIp: Fn.element(Fn.split(':', this.cluster.privateEndpoint), 0),
          stackCompartmentId: orm?.stackCompartmentId ?? props.compartmentId,
        },
      },
    }));

    if (runtimeDetection) {
      this.runtimeDetection = new RuntimeDetectionAlerts(this, 'runtime-detection', {
        compartmentId: props.compartmentId,
        clusterName: this.clusterName,
        logGroupId: this.observability.logging.logGroupId,
        workerDynamicGroupId: this.iam.workerDynamicGroupId!,
        topicId: this.observability.notifications.topicId,
        exportFile: TETRAGON_RELEASE.exportFile,
        retentionDays: this.observability.logging.retentionDays,
        identityProvider: this.identityProvider,
      });
    } else {
      Waivers.record(this.cluster.resource, { controlId: 'WKL-13', reason: `kubernetes.runtimeDetection.enabled: false: ${props.kubernetes!.runtimeDetection!.disabledReason}` });
    }

    // OKE managed add-ons run pods: they are created in the Kubernetes stack, after the CNI (README "Apply order").
    if (props.addons?.certManager) {
      this.certManager = withPropertyPrefix('addons.certManager.', () => new CertManagerAddon(this.configStack, `${id}-cert-manager`, {
        ...props.addons!.certManager,
        clusterId: this.cluster.clusterId,
        kubernetesVersion: props.kubernetesVersion,
      }));
      this.registerAddon(this.certManager.addon.resource);
    }
    for (const pending of this.pendingAutoscaled.splice(0)) this.autoscale(pending);

    if (fss) {
      this.fileStorage = withPropertyPrefix('kubernetes.fileStorage.', () => new FileStorageAccess(this, 'file-storage', {
        cluster: this, vcnId: this.network.vcnId,
        workersNsgId: this.network.nsgIds.workers, kmsKeyId: fssKeyId, identityProvider: this.identityProvider,
        kmsKeyCompartmentId: fss.kmsKeyId ? fss.kmsKeyCompartmentId : this.keys.keysCompartmentId,
      }));
      // What only the tenancy knows (the brought worker subnet's block, the mount target subnet, the domain).
      const fssChecks = withPropertyPrefix('kubernetes.fileStorage.', () => fileStorageConditions(this, fss, {
        compartmentId: props.compartmentId, vcnId: this.network.vcnId, exportSourceCidr: fssExportSource!,
        broughtWorkers: this.network._existingNetworkData?.subnets.workers,
      }));
      this.fileStorage.mountTargetNsg.lifecycle = { ...this.fileStorage.mountTargetNsg.lifecycle, precondition: fssChecks };
      withPropertyPrefix('kubernetes.fileStorage.', () => checkFileStorageKey(this, fss, props.compartmentId));
    }
    this.vaultSecretsAccess = [];
    this.workloadIdentityAccess = [];
    (props.kubernetes?.applicationNamespaces ?? []).forEach((ns, i) => this.namespaceAccess(ns, `kubernetes.applicationNamespaces[${i}].`));

    // Every stack of the app is checked against the control catalog at synth; failing controls fail synth.
    HardeningCompliance.enable(infraStack);
    HardeningCompliance.enable(this.configStack);
    this.recordWaivers(props);

    this.gitOpsOutputs();
    // Stable, unhashed output names (cluster_id, ..., kubeconfig_command); prefixed with the name when a stack has several clusters.
    addClusterOutputs(this, {
      clusterName: this.clusterName, clusterId: this.cluster.clusterId, bastionId: this.bastion.bastionId,
      privateEndpoint: this.cluster.privateEndpoint, loadBalancerNsgId: this.network.nsgIds.loadBalancers,
      publicLoadBalancerSubnetId: this.network.subnetIds.publicLoadBalancers,
      region: props.region, sessionTtlSeconds: this.bastion.maxSessionTtlSeconds,
    });
    applyClusterTags(this, props.tags);
  }

  /** OCID of the cluster. */
  public get clusterId(): string {
    return this.cluster.clusterId;
  }

  /** Private API endpoint, `ip:port`. */
  public get privateEndpoint(): string {
    return this.cluster.privateEndpoint;
  }

  /** The Cluster Autoscaler add-on and its workload-identity policy (once a pool is autoscaled). */
  public get clusterAutoscaler(): ClusterAutoscalerAddon | undefined {
    return this.autoscalerAddon;
  }

  /**
   * Adds a node pool after construction, hardened and validated like the pools of `nodePools`: the NetworkPolicy
   * engine's taint, the volumes key, the worker and pod NSGs, the version skew rule, and the cluster autoscaler when
   * it sets minSize/maxSize. An SSH key is recorded as a waiver.
   */
  public addNodePool(options: NodePoolOptions): NodePool {
    checkProps(PROPS_SPECS, 'NodePoolOptions', options, 'addNodePool');
    // NodePool validates the pool itself (and records its own waivers, an SSH key: NODE-05); here only the rule
    // across pools.
    const pool = withPropertyPrefix('addNodePool.', () => {
      if (this.nodePools.some((p) => p.node.id === `pool-${options.name}`)) {
        throw new HardenedOkeValidationError('name', `"${options.name}" is used by another node pool`, 'give every node pool a unique name');
      }
      return this.buildNodePool(options);
    });
    this.checkPodSubnetCapacity(pool, options.maximumSurge);
    applyClusterTags(this, this.props.tags);
    return pool;
  }

  /**
   * Adds an application namespace after construction (restricted Pod Security, default-deny network policies, quota,
   * RBAC, and its workload-identity and Vault policies), in the Kubernetes stack and the GitOps folder. Returns the
   * namespace's kubernetes_manifest resources (the Namespace first); its IAM policies are in `workloadIdentityAccess`
   * and `vaultSecretsAccess`.
   */
  public addApplicationNamespace(options: ApplicationNamespace): TerraformResource[] {
    checkProps(PROPS_SPECS, 'ApplicationNamespace', options, 'addApplicationNamespace');
    const index = this.configStack.baseline.applicationNamespaceNames.length;
    const resources = withPropertyPrefix('kubernetes.', () => this.configStack.addApplicationNamespace(options));
    this.namespaceAccess(options, `kubernetes.applicationNamespaces[${index}].`);
    applyClusterTags(this, this.props.tags);
    return resources;
  }

  /**
   * Adds Kubernetes objects (plain JSON) to the cluster: one kubernetes_manifest each in the Kubernetes stack and a
   * YAML file each in the GitOps folder, judged at synth by the same controls as the baseline (a privileged pod
   * fails synth naming WKL-11). Returns the kubernetes_manifest resources, one per object.
   */
  public addManifest(id: string, ...objects: Record<string, any>[]): TerraformResource[] {
    return this.configStack.addManifest(id, ...objects);
  }

  /**
   * Adds every object of a cdk8s Chart (recognized by its `toJson()`) to the cluster: one kubernetes_manifest each
   * in the Kubernetes stack, in apply order after the baseline, and a YAML file each in the GitOps folder, judged at
   * synth by the same controls as the baseline. Objects must be in application namespaces of the cluster (set
   * `namespace` on the Chart); Terraform references in the chart are refused. README "cdk8s charts" lists the
   * settings a cdk8s-plus Deployment needs to pass the workload controls.
   * @returns the kubernetes_manifest resources created, in apply order
   */
  public addCdk8sChart(id: string, chart: Construct): TerraformResource[] {
    return this.configStack.addCdk8sChart(id, chart);
  }

  /** Installs a Helm chart, pinned to an exact version, into an application namespace of the cluster; returns the release. */
  public addHelmChart(id: string, options: HelmChartOptions): Release {
    return this.configStack.addHelmChart(id, options);
  }

  /**
   * Makes an IAM group cluster administrator: an administrator IAM policy (use of this cluster and its bastion,
   * tagged so IAM-13 counts the group as declared) and a cluster-admin ClusterRoleBinding for the group, so IAM and
   * RBAC agree. Returns the administrator IAM policy (the ClusterRoleBinding is in the Kubernetes stack).
   */
  public grantClusterAdmin(groupId: string): IdentityPolicy {
    withPropertyPrefix('grantClusterAdmin.', () => requireOcid('groupId', groupId, 'group'));
    const known = [...(this.props.adminGroupIds ?? []), ...this.grantedAdmins];
    if (known.includes(groupId)) {
      throw new HardenedOkeValidationError('grantClusterAdmin.groupId', `${groupId} is already an administrator of the cluster`, 'grant each group once');
    }
    this.grantedAdmins.push(groupId);
    const policy = this.iam.addAdministrator(groupId);
    applyClusterTags(this, this.props.tags);
    // One cluster-admin binding per cluster (IAM-07): the group joins it (or creates it, without adminGroupIds).
    this.configStack.addClusterAdminGroup(groupId);
    return policy;
  }

  private readonly grantedAdmins: string[] = [];

  /** A node pool of this cluster (constructor pools and addNodePool), wired to the autoscaler when autoscaled. */
  private buildNodePool(pool: NodePoolOptions): NodePool {
    const nodePool = new NodePool(this, `pool-${pool.name}`, {
      ...pool,
      // Staged upgrades: a pool may stay behind the cluster, within OKE's skew (NodePool checks it).
      cluster: this,
      network: this.network,
      keys: this.keys,
      // With Cilium, nodes register with its agent-not-ready taint until the agent enforces policy.
      networkPolicyEngine: this.networkPolicyEngine,
    });
    // Pools added after construction (addNodePool) wait for the log agent's policy like the constructor's pools
    // (the key policy is waited for by NodePool itself).
    if (this.observability) dependOn(nodePool.resource, this.observability.logging.agentPolicy);
    this.nodePools.push(nodePool);
    if (nodePool.autoscaling) {
      const scaled = { nodePoolId: nodePool.nodePoolId, minSize: nodePool.autoscaling.minSize, maxSize: nodePool.autoscaling.maxSize };
      // The add-on lives in the Kubernetes stack, which exists only at the end of the constructor.
      if (this.configStack) this.autoscale(scaled);
      else this.pendingAutoscaled.push(scaled);
    }
    return nodePool;
  }

  private readonly pendingAutoscaled: AutoscaledNodePool[] = [];

  /** Pod addresses of the pools so far; each pool's precondition checks the brought pod subnet holds them all. */
  private podAddresses = 0;

  private checkPodSubnetCapacity(pool: NodePool, maximumSurge: string | undefined): void {
    const podSubnet = this.network._existingNetworkData?.subnets.pods;
    const addresses = podAddressesOf(pool, maximumSurge);
    if (!podSubnet || addresses === 0) return;
    this.podAddresses += addresses;
    const lifecycle = pool.resource.lifecycle ?? {};
    pool.resource.lifecycle = { ...lifecycle, precondition: [...(lifecycle.precondition ?? []), podSubnetCapacityCondition(podSubnet, this.podAddresses)] };
  }

  /** The cluster autoscaler add-on (its policy here, the add-on in the Kubernetes stack), or one more pool for it. */
  private autoscale(scaled: AutoscaledNodePool): void {
    const props = this.props;
    {
      if (this.autoscalerAddon) this.autoscalerAddon.addNodePool(scaled);
      else {
        this.autoscalerAddon = withPropertyPrefix('addons.clusterAutoscaler.', () => new ClusterAutoscalerAddon(this, 'cluster-autoscaler', {
          ...props.addons?.clusterAutoscaler,
          compartmentId: props.compartmentId,
          clusterId: this.cluster.clusterId,
          kubernetesVersion: props.kubernetesVersion,
          clusterName: this.clusterName,
          identityProvider: this.identityProvider,
          nodePools: [scaled],
          addonScope: this.configStack,
        }));
        this.registerAddon(this.autoscalerAddon.addon.resource);
      }
    }
  }

  /** An OKE managed add-on in the Kubernetes stack: the stack's oci provider, and after the CNI. */
  private registerAddon(resource: TerraformResource): void {
    resource.provider = this.configStack.useOciProvider(defaultProviderSettings(TerraformStack.of(this)));
    this.configStack.addSystemComponent(resource);
  }

  /** The IAM policies an application namespace needs: its Vault secrets and its workload identities. */
  private namespaceAccess(ns: ApplicationNamespace, property: string): void {
    const props = this.props;
    if (ns.vaultSecrets) {
      this.vaultSecretsAccess.push(withPropertyPrefix(`${property}vaultSecrets.`, () => new VaultSecretsAccess(this, `vault-secrets-${ns.name}`, {
        cluster: this, compartmentId: ns.vaultSecrets!.compartmentId ?? props.compartmentId,
        namespaceName: ns.name, serviceAccountName: ns.vaultSecrets!.serviceAccountName ?? DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT, identityProvider: this.identityProvider,
        secretIds: ns.vaultSecrets!.secrets.map((s) => s.secretId),
      })));
      // What only the tenancy knows about the secrets: state, compartment (the policy's), vault and name.
      withPropertyPrefix(`${property}vaultSecrets.`, () => checkVaultSecrets(this, ns.name, ns.vaultSecrets!, ns.vaultSecrets!.compartmentId ?? props.compartmentId));
    }
    if (ns.workloadIdentity) {
      this.workloadIdentityAccess.push(withPropertyPrefix(`${property}workloadIdentity.`, () => new WorkloadIdentityAccess(this, `workload-identity-${ns.name}`, {
        cluster: this, namespaceName: ns.name, serviceAccounts: ns.workloadIdentity!.serviceAccounts, identityProvider: this.identityProvider,
      })));
    }
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
      }).overrideLogicalId(`${this.clusterName}-file-storage-mount-target-nsg-id`);
    }
  }

  /** Records the user's waivers; each construct records the waivers of the risky props it owns. */
  private recordWaivers(props: HardenedClusterProps): void {
    for (const waiver of props.waivers ?? []) Waivers.record(this, waiver);
  }
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

/** Runtime detection is on unless turned off with a written reason (recorded as waiver WKL-13). */
function runtimeDetectionEnabled(props: HardenedClusterProps): boolean {
  const o = props.kubernetes?.runtimeDetection;
  const enabled = o?.enabled ?? true;
  const reason = o?.disabledReason;
  if (!enabled && (typeof reason !== 'string' || reason.trim().length < 10)) {
    throw new HardenedOkeValidationError('disabledReason', 'runtime detection is turned off without a reason',
      'say why (at least 10 characters, e.g. "Falco installed by the platform team in namespace falco"): it is recorded as waiver WKL-13, or keep runtime detection on');
  }
  if (enabled && reason !== undefined) {
    throw new HardenedOkeValidationError('disabledReason', 'is only read with enabled: false', 'remove disabledReason, or set enabled: false');
  }
  return enabled;
}

function dependOn(resource: TerraformResource, dependency: TerraformResource): void {
  resource.dependsOn = [...(resource.dependsOn ?? []), dependable(dependency)];
}
