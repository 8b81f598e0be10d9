import { FlowPeer, FlowPort } from './network-flow';
import { WorkloadIdentityOptions } from './workload-identity';

/** Direction of a flow opened by an {@link NetworkFlow}, seen from the application namespace's pods. */
export enum FlowDirection {
  /** Traffic into the namespace's pods. */
  INGRESS = 'INGRESS',
  /** Traffic out of the namespace's pods. */
  EGRESS = 'EGRESS',
}

/**
 * One allowed flow on top of the namespace's default-deny policies. There is no way to express allow-all:
 * every flow names a peer, and 0.0.0.0/0 needs explicit exceptions.
 */
export interface NetworkFlow {
  /** Ingress or egress. */
  readonly direction: FlowDirection;
  /** The other side: `FlowPeer.pods(...)`, `FlowPeer.inNamespace(...)` or `FlowPeer.cidr(...)`. */
  readonly peer: FlowPeer;
  /**
   * Labels of the pods in this namespace the flow applies to.
   * @default - every pod of the namespace
   */
  readonly podLabels?: Record<string, string>;
  /**
   * Ports the flow opens, e.g. `[FlowPort.tcp(443)]`.
   * @default - all ports of the peer
   */
  readonly ports?: FlowPort[];
}

/** ResourceQuota of an application namespace (Kubernetes quantity strings). */
export interface NamespaceQuota {
  /** @default '4' */
  readonly requestsCpu?: string;
  /** @default '8Gi' */
  readonly requestsMemory?: string;
  /** @default '8' */
  readonly limitsCpu?: string;
  /** @default '16Gi' */
  readonly limitsMemory?: string;
  /** @default 50 */
  readonly pods?: number;
  /** @default 10 */
  readonly persistentVolumeClaims?: number;
  /** @default 0 - no LoadBalancer services unless raised */
  readonly loadBalancers?: number;
}

/** LimitRange defaults for containers that do not set their own requests and limits. */
export interface ContainerDefaults {
  /** @default '500m' */
  readonly defaultCpu?: string;
  /** @default '512Mi' */
  readonly defaultMemory?: string;
  /** @default '100m' */
  readonly defaultRequestCpu?: string;
  /** @default '128Mi' */
  readonly defaultRequestMemory?: string;
}

/**
 * An application namespace. Pod Security is always `restricted` (enforce, audit and warn); there is no prop to
 * lower it.
 */
export interface ApplicationNamespace {
  /** Namespace name: RFC 1123 label, not `default` nor `kube-*`. */
  readonly name: string;
  /** @default - the NamespaceQuota defaults */
  readonly quota?: NamespaceQuota;
  /** @default - the ContainerDefaults defaults */
  readonly limits?: ContainerDefaults;
  /**
   * OCI IAM group OCIDs bound to this namespace's admin Role (no RBAC, no wildcard).
   * @default []
   */
  readonly adminGroupIds?: string[];
  /**
   * OCI IAM group OCIDs bound to this namespace's read-only viewer Role (no Secrets).
   * @default []
   */
  readonly viewerGroupIds?: string[];
  /**
   * Flows opened on top of default-deny and DNS-only egress.
   * @default []
   */
  readonly allowedFlows?: NetworkFlow[];
  /**
   * OCI Vault secrets pods of this namespace may mount (Secrets Store CSI driver, OCI Vault provider).
   * @default - none
   */
  readonly vaultSecrets?: VaultSecretsOptions;
  /**
   * Allow `type: LoadBalancer` Services of this namespace to be public (not internal). The namespace gets the label
   * `cdktf-hardened-oke.dev/public-load-balancers: allowed`, which the load balancer admission policy reads; they
   * still need the NSG annotations. Public load balancers also need a public load balancer subnet.
   * @default false - only internal load balancers
   */
  readonly allowPublicLoadBalancers?: boolean;
  /**
   * Waiver: let `type: LoadBalancer` Services of this namespace list 0.0.0.0/0 or ::/0 in
   * `spec.loadBalancerSourceRanges` (the cloud controller opens each listener port of the Service's frontend NSG to
   * those ranges). The namespace gets the label `cdktf-hardened-oke.dev/load-balancer-source-anywhere: waived` and
   * the reason as an annotation; HardenedCluster records it as waiver WKL-12.
   * @default - every Service must name its client CIDRs, none of them 0.0.0.0/0
   * @see https://github.com/oracle/oci-cloud-controller-manager/blob/master/pkg/cloudprovider/providers/oci/load_balancer_spec.go
   */
  readonly loadBalancerSourceAnywhereReason?: string;
  /**
   * OKE workload identity: service accounts of this namespace and the OCI permissions their pods get (an IAM policy
   * conditioned on the cluster, the namespace and the service account, created by HardenedCluster or
   * WorkloadIdentityAccess).
   * @default - no service accounts with OCI permissions
   */
  readonly workloadIdentity?: WorkloadIdentityOptions;
}

/**
 * Inputs of the baseline's ValidatingAdmissionPolicies. Values may be tokens (cross-stack references); in the YAML
 * they become `${OCIR_TENANCY_NAMESPACE}`, `${OCIR_REGION_KEY}` and `${LOAD_BALANCER_NSG_ID}`.
 */
export interface AdmissionPolicyOptions {
  /** OCI region identifier of the cluster (its OCIR endpoints), e.g. `eu-frankfurt-1`. */
  readonly region: string;
  /** Object Storage namespace of the tenancy: the `<tenancy-namespace>` in OCIR image paths. */
  readonly tenancyNamespace: string;
  /** OCID of the NSG every `type: LoadBalancer` Service must name in its NSG annotation. */
  readonly loadBalancerNsgId: string;
  /**
   * OCID of the workers NSG: `type: LoadBalancer` Services in NSG mode must name it in
   * `oci.oraclecloud.com/oci-backend-network-security-group`, the only place the cloud controller reads backend NSGs from.
   * @default - the backend annotation is not required
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengconfiguringloadbalancersnetworkloadbalancers-subtopic.htm
   */
  readonly workerNsgId?: string;
  /**
   * Further namespaces the admission policy bindings skip, each with its reason (the namespaces of OKE managed add-ons
   * whose images Oracle hosts).
   * @default - none
   */
  readonly extraExcludedNamespaces?: PodSecurityExemption[];
  /**
   * OCIR region key (e.g. `fra`), to admit `<region-key>.ocir.io/<tenancy-namespace>/...` images as well.
   * @default - only `<region>.ocir.io` and `artifacts.<region>.oci.oraclecloud.com`
   */
  readonly ocirRegionKey?: string;
  /**
   * Bind the policies with Deny in every namespace but the exempted ones. Off, the Deny bindings select only the
   * namespaces the library manages (label `cdktf-hardened-oke.dev/admission: enforced` on its application namespaces),
   * and a `<policy>-warn` binding with validationActions [Warn, Audit] judges every other namespace: on a cluster
   * created elsewhere, workloads that already run keep starting their pods while their owners see the warnings. Set it
   * once every namespace passes (no warnings in the audit log); the report records the reduced scope as a WKL-12 waiver
   * until then. HardenedCluster, which creates the cluster, always enforces everywhere.
   * @default false
   * @see https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#validation-actions
   */
  readonly enforceAllNamespaces?: boolean;
}

/** A namespace the library exempts from `restricted` Pod Security, with its reason. */
export interface PodSecurityExemption {
  /** Namespace name. */
  readonly name: string;
  /** Why the namespace needs privileged pods (written as an annotation). */
  readonly reason: string;
}

/** Which engine enforces NetworkPolicy (OKE's own CNIs do not). */
export enum NetworkPolicyEngine {
  /**
   * Cilium (exact chart version, images by digest) chained after the OKE CNI in generic-veth mode: the OKE CNI keeps
   * pod networking, Cilium enforces NetworkPolicy. OCI_VCN_IP_NATIVE only: with FLANNEL_OVERLAY it is refused (no validated chaining exists; use EXTERNAL_CALICO).
   */
  CILIUM_CHAINED = 'CILIUM_CHAINED',
  /**
   * Calico policy-only installed outside this library, following Oracle's "Example: Installing Calico and Setting Up
   * Network Policies". The library installs no engine; choosing it is recorded as a waiver in the compliance report.
   */
  EXTERNAL_CALICO = 'EXTERNAL_CALICO',
}

/**
 * The File Storage (FSS) StorageClass `oci-fss-encrypted`. Parameters follow Oracle's "Provisioning PVCs on the File
 * Storage Service" (section "Provisioning a PVC on a New File System Using the CSI Volume Plugin"): the CSI driver
 * creates one file system per claim in `availabilityDomain`, exports it through the mount target, encrypts it at rest
 * with `kmsKeyId` and in transit with TLS (`encryptInTransit: "true"`).
 *
 * In-transit encryption has prerequisites the class cannot meet on its own (same page, "Encrypting Data In Transit on
 * a New File System"): the mount target's NSG admits TCP 2051 from the worker nodes (HardenedCluster creates that NSG),
 * the IAM statements for the cluster principal exist (HardenedCluster writes them), and every worker node has the
 * `oci-fss-utils` package installed (Oracle Linux 7/8 nodes only; through the node pool's cloud-init).
 */
export interface FileStorageClassOptions {
  /** Availability domain name of the file systems (and of a mount target the driver creates), e.g. `Uocm:EU-FRANKFURT-1-AD-1`. */
  readonly availabilityDomain: string;
  /**
   * OCID of an existing, active mount target (`mountTargetOcid`). Give this or `mountTargetSubnetId`.
   * @default - mountTargetSubnetId must be given
   */
  readonly mountTargetId?: string;
  /**
   * OCID of a subnet the CSI driver creates a mount target in (`mountTargetSubnetOcid`). A driver-created mount target
   * has no NSG: the subnet's security list must then carry the mount-target rules. Prefer `mountTargetId`.
   * @default - mountTargetId must be given
   */
  readonly mountTargetSubnetId?: string;
  /** Vault key OCID (or a token) that encrypts the file systems at rest (`kmsKeyOcid`). */
  readonly kmsKeyId: string;
  /**
   * CIDR block the export admits (`exportOptions[0].source`): the worker nodes' subnet, since the kubelet mounts the
   * file system from the node. Oracle's default would be 0.0.0.0/0.
   */
  readonly exportSourceCidr: string;
}

/** One secret of an OCI Vault, mounted into pods of an application namespace. */
export interface VaultSecret {
  /** The secret's name in the vault (the OCI Vault provider looks secrets up by name within `vaultId`). */
  readonly name: string;
  /** The secret's OCID; IAM grants read of exactly this secret (`target.secret.id`). */
  readonly secretId: string;
  /**
   * File name in the mounted volume.
   * @default - the secret's name
   */
  readonly fileName?: string;
}

/**
 * Vault secrets an application namespace may mount through the Secrets Store CSI driver: a SecretProviderClass
 * `vault-secrets` in the namespace (provider `oci`, workload identity) and a service account whose pods may read
 * exactly these secrets. Needs `secretsStore` on the baseline (the driver and the OCI Vault provider).
 */
export interface VaultSecretsOptions {
  /** OCID of the vault holding the secrets. */
  readonly vaultId: string;
  /** The secrets, at least one. */
  readonly secrets: VaultSecret[];
  /**
   * Compartment of the secrets, where the IAM statements that let the pods read them are written.
   * @default - the cluster's compartment
   */
  readonly compartmentId?: string;
  /**
   * Service account (created in the namespace) the pods that mount the secrets run as; the IAM statements are
   * conditioned on it, the namespace and the cluster.
   * @default 'vault-secrets-reader'
   */
  readonly serviceAccountName?: string;
}

/** The Secrets Store CSI driver with the OCI Vault provider (workload identity; enhanced clusters only). */
export interface SecretsStoreOptions {
  /** OCI region of the cluster, e.g. `eu-frankfurt-1`: the provider's resource principal needs it. */
  readonly region: string;
}

/**
 * Where pods reach the OKE control plane. The OCI SDKs' OKE workload identity provider exchanges the pod's service
 * account token at `https://$KUBERNETES_SERVICE_HOST:12250/resourcePrincipalSessionTokens` (oracle/oci-go-sdk
 * common/auth/resource_principal_key_provider.go, `KubernetesProxymuxServicePort`; oracle/oci-python-sdk
 * oke_workload_identity_resource_principal_signer.py): the `kubernetes` Service's ClusterIP, which OKE serves on
 * 443 and 12250 and forwards to the cluster's private API endpoint.
 */
export interface ControlPlaneAddresses {
  /**
   * CIDR block that holds the cluster's private API endpoint: the API endpoint subnet (or the endpoint's own /32).
   * Pods of namespaces with `workloadIdentity` may reach it on TCP 12250 only.
   */
  readonly apiEndpointCidr: string;
  /**
   * The cluster's services CIDR (OKE `kubernetes_network_config.services_cidr`); its first address is the
   * `kubernetes` Service ClusterIP (kubernetes pkg/controlplane ServiceIPRange: `GetIndexedIP(&serviceClusterIPRange, 1)`).
   * @default '10.96.0.0/16'
   */
  readonly servicesCidr?: string;
}

/**
 * Runtime detection (Cilium Tetragon, README "Runtime detection"): on by default in HardenedCluster. Turning it off
 * needs a written reason, recorded as a waiver of control WKL-13.
 */
export interface RuntimeDetectionOptions {
  /**
   * Install Tetragon with the library's TracingPolicies and route its events to OCI Logging and the security topic.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Why runtime detection is off (required with `enabled: false`, at least 10 characters): recorded as a waiver of
   * WKL-13 in the hardening report, e.g. "Falco installed by the platform team in namespace falco".
   * @default - none (required when enabled is false)
   */
  readonly disabledReason?: string;
}

/** The engine every construct assumes when none is chosen: the one the library installs and pins. */
export const DEFAULT_NETWORK_POLICY_ENGINE = NetworkPolicyEngine.CILIUM_CHAINED;
