import { dependable } from 'cdktf';
import { Construct } from 'constructs';
import { requireClusterName } from '../core/names';
import { IOkeCluster, OkeClusterAttributes } from './cluster-ref';
import { ContainerengineCluster } from '../generated/providers/oci/containerengine-cluster';
import { HardenedOkeValidationError } from '../core/errors';
import { requireAllowList, requireCidr } from '../core/cidr';
import { requireOcid } from '../core/ocid';
import { requireReference } from '../core/references';
import { Waivers } from '../compliance/waivers';
import { requireSupportedKubernetesVersion } from '../core/kubernetes-version';
import { libraryTags } from '../core/tags';
import { CniType } from '../network/cni-type';
import { IClusterNetwork } from '../network/cluster-network-ref';
import { IClusterKeys } from '../encryption/cluster-keys-ref';
import { OidcAuthentication, OidcSigningAlgorithm } from './oidc';
import { DEFAULT_PODS_CIDR, DEFAULT_SERVICES_CIDR } from '../core/limits';

/** A public API endpoint: only ever with an allow-list, and recorded as a waiver in the hardening report. */
export interface PublicEndpoint {
  /** CIDR blocks allowed to reach the public endpoint on 6443. 0.0.0.0/0 is refused. */
  readonly allowedCidrs: string[];
  /** Why the cluster needs a public endpoint; shown in the hardening report. */
  readonly reason: string;
}

export interface OkeClusterProps {
  /** Compartment of the cluster. */
  readonly compartmentId: string;
  /** Cluster name (also used for display names of related resources). */
  readonly name: string;
  /** Kubernetes version, e.g. v1.33.1; one of the three newest minors OKE supports. */
  readonly kubernetesVersion: string;
  /**
   * The network the cluster is placed in: its VCN, the API endpoint subnet and NSG, the load balancer subnet, and the
   * workers NSG the cloud controller puts load balancer backends in; also the pod networking (`cni`).
   * A ClusterNetwork of this app or ClusterNetwork.fromNetworkAttributes.
   */
  readonly network: IClusterNetwork;
  /**
   * The Vault keys: the secrets key wraps Kubernetes secrets in etcd. The cluster waits for the keys' usage policy
   * when this app creates it (OKE checks it can use the key when the cluster is created).
   * A ClusterKeys of this app or ClusterKeys.fromKeyAttributes.
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengencryptingdata.htm
   */
  readonly keys: IClusterKeys;
  /**
   * Pod CIDR for flannel overlay (ignored for VCN-native pods).
   * @default '10.244.0.0/16'
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengcidrblocks.htm
   */
  readonly podsCidr?: string;
  /**
   * Service CIDR.
   * @default '10.96.0.0/16'
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengcidrblocks.htm
   */
  readonly servicesCidr?: string;
  /**
   * OIDC token authentication for users.
   * @default - off: users authenticate with OCI IAM tokens only
   */
  readonly oidc?: OidcAuthentication;
  /**
   * Vault key OCIDs (RSA) whose signatures the image verification policy accepts. When given, only images
   * signed by one of these keys can run.
   * @default - no image verification policy (the supply-chain layer fills this)
   */
  readonly imageSigningKeyIds?: string[];
  /**
   * Give the API endpoint a public IP. Needs an allow-list and a reason; recorded as a waiver.
   * @default - private endpoint only
   */
  readonly publicEndpoint?: PublicEndpoint;
}

/**
 * The OKE cluster itself: enhanced type, private API endpoint with NSGs, etcd secrets wrapped by a Vault key,
 * dashboard and tiller off, the chosen CNI, optional hardened OIDC, and the image verification policy slot.
 */
export class OkeCluster extends Construct implements IOkeCluster {
  /**
   * A cluster created elsewhere (another stack or tool), to add node pools (NodePool), application
   * namespaces (ClusterConfigStack) and workload-identity policies (WorkloadIdentityAccess) to. Creates no resource.
   */
  public static fromClusterAttributes(scope: Construct, id: string, attrs: OkeClusterAttributes): IOkeCluster {
    requireOcid('clusterId', attrs?.clusterId, 'cluster');
    requireOcid('compartmentId', attrs.compartmentId, 'compartment');
    requireClusterName('clusterName', attrs.clusterName);
    requireSupportedKubernetesVersion('kubernetesVersion', attrs.kubernetesVersion);
    return new ImportedOkeCluster(scope, id, attrs);
  }

  /** The OKE cluster: the construct's main Terraform resource (escape hatch). */
  public readonly resource: ContainerengineCluster;
  /** OCID of the cluster. */
  public readonly clusterId: string;
  /** Kubernetes version of the control plane. */
  public readonly kubernetesVersion: string;
  /** Private endpoint, `ip:port`. */
  public readonly privateEndpoint: string;
  /** Cluster name. */
  public readonly clusterName: string;
  /** Compartment of the cluster. */
  public readonly compartmentId: string;
  /** Pod networking of the cluster (the resolved `cni`). */
  public readonly cni: CniType;

  constructor(scope: Construct, id: string, props: OkeClusterProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    const network = requireReference('network', props.network);
    const keys = requireReference('keys', props.keys);
    requireSupportedKubernetesVersion('kubernetesVersion', props.kubernetesVersion);
    const cni = network.cni;
    this.cni = cni;
    const podsCidr = props.podsCidr ?? DEFAULT_PODS_CIDR;
    const servicesCidr = props.servicesCidr ?? DEFAULT_SERVICES_CIDR;
    requireCidr('podsCidr', podsCidr);
    requireCidr('servicesCidr', servicesCidr);
    if (props.oidc) validateOidc(props.oidc);
    (props.imageSigningKeyIds ?? []).forEach((k, i) => requireOcid(`imageSigningKeyIds[${i}]`, k, 'key'));
    if (props.publicEndpoint) {
      requireAllowList('publicEndpoint.allowedCidrs', props.publicEndpoint.allowedCidrs);
      if (!props.publicEndpoint.reason?.trim()) {
        throw new HardenedOkeValidationError('publicEndpoint.reason', 'is empty', 'say why the API must be reachable from outside the VCN; it goes into the hardening report');
      }
    }

    const oidc = props.oidc;
    this.resource = new ContainerengineCluster(this, 'cluster', {
      compartmentId: props.compartmentId,
      name: props.name,
      kubernetesVersion: props.kubernetesVersion,
      vcnId: network.vcnId,
      type: 'ENHANCED_CLUSTER',
      kmsKeyId: keys.secretsKeyId,
      clusterPodNetworkOptions: [{ cniType: cni }],
      endpointConfig: {
        isPublicIpEnabled: props.publicEndpoint !== undefined,
        subnetId: network.subnetIds.apiEndpoint,
        nsgIds: [network.nsgIds.apiEndpoint],
      },
      imagePolicyConfig: props.imageSigningKeyIds && props.imageSigningKeyIds.length > 0
        ? { isPolicyEnabled: true, keyDetails: props.imageSigningKeyIds.map((kmsKeyId) => ({ kmsKeyId })) }
        : undefined,
      options: {
        serviceLbSubnetIds: [network.subnetIds.loadBalancers],
        addOns: { isKubernetesDashboardEnabled: false, isTillerEnabled: false },
        // PodSecurityPolicy was removed in Kubernetes 1.25; Pod Security Admission labels replace it.
        admissionControllerOptions: { isPodSecurityPolicyEnabled: false },
        kubernetesNetworkConfig: cni === CniType.FLANNEL_OVERLAY ? { podsCidr, servicesCidr } : { servicesCidr },
        openIdConnectTokenAuthenticationConfig: oidc ? {
          isOpenIdConnectAuthEnabled: true,
          issuerUrl: oidc.issuerUrl,
          clientId: oidc.clientId,
          usernameClaim: oidc.usernameClaim ?? 'sub',
          usernamePrefix: oidc.usernamePrefix ?? 'oidc:',
          groupsClaim: oidc.groupsClaim ?? 'groups',
          groupsPrefix: oidc.groupsPrefix ?? 'oidc:',
          caCertificate: oidc.caCertificate,
          signingAlgorithms: oidc.signingAlgorithms ?? [OidcSigningAlgorithm.RS256],
        } : undefined,
        persistentVolumeConfig: { freeformTags: libraryTags(props.name, 'persistent-volume') },
        serviceLbConfig: {
          freeformTags: libraryTags(props.name, 'load-balancer'),
          backendNsgIds: [network.nsgIds.workers],
        },
      },
      freeformTags: libraryTags(props.name, 'cluster'),
    });
    // OKE checks it can use the key when the cluster is created.
    if (keys.keyPolicy) this.resource.dependsOn = [...(this.resource.dependsOn ?? []), dependable(keys.keyPolicy)];
    // The construct that opens the endpoint records the exception itself, so it holds without HardenedCluster.
    if (props.publicEndpoint) {
      Waivers.record(this.resource, { controlId: 'API-01', reason: `publicEndpoint (allow-list ${props.publicEndpoint.allowedCidrs.join(', ')}): ${props.publicEndpoint.reason}` });
    }
    this.clusterId = this.resource.id;
    this.kubernetesVersion = props.kubernetesVersion;
    this.privateEndpoint = this.resource.endpoints.get(0).privateEndpoint;
    this.clusterName = props.name;
    this.compartmentId = props.compartmentId;
  }
}

/** A reference to a cluster that exists already. */
class ImportedOkeCluster extends Construct implements IOkeCluster {
  public readonly clusterId: string;
  public readonly clusterName: string;
  public readonly compartmentId: string;
  public readonly kubernetesVersion: string;
  private readonly endpoint?: string;

  constructor(scope: Construct, id: string, attrs: OkeClusterAttributes) {
    super(scope, id);
    this.clusterId = attrs.clusterId;
    this.clusterName = attrs.clusterName;
    this.compartmentId = attrs.compartmentId;
    this.kubernetesVersion = attrs.kubernetesVersion;
    this.endpoint = attrs.privateEndpoint;
  }

  public get privateEndpoint(): string {
    if (this.endpoint === undefined) {
      throw new HardenedOkeValidationError('privateEndpoint', `was not given when cluster ${this.clusterName} was imported`,
        'pass privateEndpoint (ip:port) to OkeCluster.fromClusterAttributes');
    }
    return this.endpoint;
  }
}

function validateOidc(oidc: OidcAuthentication): void {
  if (!/^https:\/\/[^\s/]+/.test(oidc.issuerUrl ?? '')) {
    throw new HardenedOkeValidationError('oidc.issuerUrl', `"${oidc.issuerUrl}" is not an https URL`, 'use your identity provider\'s https issuer URL, e.g. https://login.example.com/oauth2/default');
  }
  if (!oidc.clientId?.trim()) {
    throw new HardenedOkeValidationError('oidc.clientId', 'is empty', 'set the OIDC client id (audience) tokens are issued for');
  }
  for (const key of ['usernamePrefix', 'groupsPrefix'] as const) {
    const value = oidc[key];
    if (value !== undefined && (value.trim() === '' || value === '-')) {
      throw new HardenedOkeValidationError(`oidc.${key}`, `"${value}" turns the prefix off, so OIDC identities could impersonate built-in users and groups`,
        'use a non-empty prefix such as "oidc:"');
    }
  }
  const algorithms: unknown = oidc.signingAlgorithms;
  if (algorithms === undefined) return;
  if (!Array.isArray(algorithms) || algorithms.length === 0) {
    throw new HardenedOkeValidationError('oidc.signingAlgorithms', 'is empty', 'list at least one algorithm, e.g. [OidcSigningAlgorithm.RS256], or leave it unset');
  }
  const known: string[] = Object.values(OidcSigningAlgorithm);
  algorithms.forEach((alg, i) => {
    if (!known.includes(alg)) {
      throw new HardenedOkeValidationError(`oidc.signingAlgorithms[${i}]`, `"${String(alg)}" is not an asymmetric JOSE algorithm kube-apiserver accepts`,
        `use one of ${known.join(', ')}`);
    }
  });
}
