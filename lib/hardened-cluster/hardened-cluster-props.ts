import { TerraformProvider } from 'cdktf';
import { OidcAuthentication } from '../cluster/oidc';
import { PublicEndpoint } from '../cluster/oke-cluster';
import { NodePoolOptions } from '../compute/node-pool';
import { NodeScanningOptions } from '../compute/node-scanning';
import { BastionOptions } from '../access/bastion';
import { ClusterKeysOptions } from '../encryption/cluster-keys';
import { ClusterNetworkOptions } from '../network/cluster-network';
import { ApplicationNamespace, NetworkPolicyEngine, RuntimeDetectionOptions } from '../kubernetes/types';
import { WaiverProps } from '../compliance/waivers';
import { ClusterAlarmOptions } from '../observability/cluster-alarms';
import { CloudGuardOptions } from '../observability/cloud-guard-target';
import { SecurityZoneOptions } from '../observability/security-zone';
import { LogSinksOptions } from '../observability/log-sinks';
import { NotificationOptions } from '../observability/security-notifications';
import { ImageSigningOptions } from '../supply-chain/image-signing-keys';
import { HardenedClusterFileStorageOptions } from '../storage/file-storage-options';
import { HardenedClusterAddonsOptions } from '../addons/addons-options';
import { ResourceManagerOptions } from '../fleet/resource-manager-options';

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
  /**
   * Runtime detection: Cilium Tetragon 1.7.0 (image by digest) in namespace `tetragon` with the library's
   * TracingPolicies (a shell in a container, writes under system paths, set*id to root), its events in a custom log
   * of the cluster's log group and a connector to the security notification topic (README "Runtime detection").
   * Turning it off needs `disabledReason`, recorded as waiver WKL-13.
   * @default - on
   * @see https://tetragon.io/docs/
   */
  readonly runtimeDetection?: RuntimeDetectionOptions;
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
   * Vulnerability Scanning of the worker nodes (host scan recipe, target on the node compartment, service policy).
   * Opting out needs a reason and is recorded as a waiver of NODE-08.
   * @default - the worker nodes are scanned daily (README "Scanning the worker nodes")
   * @see https://docs.oracle.com/en-us/iaas/scanning/using/create-host-target.htm
   */
  readonly nodeScanning?: NodeScanningOptions;
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
   * Resource Manager mode: both stacks of the cluster are OCI Resource Manager stacks, applied by
   * `cdktf-hardened-oke fleet` (no backend block, Terraform 1.5 language only, checked at synth), and the kubernetes
   * stack reaches the private API endpoint through an ORM private endpoint in the cluster's VCN. Create the stack's
   * `oci` provider with `region` only. The bastion stays for people.
   * @default - plain Terraform stacks (local backend unless you set one)
   * @see https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/resourcemanager.htm
   */
  readonly resourceManager?: ResourceManagerOptions;
  /**
   * An OCI Security Zone on the cluster's compartment: a custom recipe with the Oracle-managed policies the library's
   * resources satisfy (README "Security Zone": no public buckets or database access, Vault keys for buckets, boot,
   * block and file volumes, no moving volumes or instances out of the zone), read by friendly name at plan time.
   * Cloud Guard must be enabled for the tenancy; the zone brings its own Cloud Guard target for the compartment, so
   * it cannot be combined with `observability.cloudGuard`.
   * @default - no security zone (control DATA-06 reports it as not applicable)
   * @see https://docs.oracle.com/en-us/iaas/security-zone/using/security-zones.htm
   */
  readonly securityZone?: SecurityZoneOptions;
  /**
   * Explicit waivers of hardening controls, each with a reason (and optionally an expiry date), scoped to this
   * cluster. They appear as waived in the hardening report. There is no switch that turns the checks off.
   * @default - none
   */
  readonly waivers?: WaiverProps[];
  /**
   * Freeform tags for every taggable resource the library creates (every resource whose schema has
   * `freeform_tags`), also the nodes of each pool and the volumes and load balancers OKE creates for the cluster.
   * The library's own keys (managed-by, oke-cluster, component) are reserved. `network.tags` still applies to the
   * network's resources; where both set a key, this one wins.
   * @default - none
   * @see https://docs.oracle.com/en-us/iaas/Content/Tagging/Concepts/taggingoverview.htm
   */
  readonly tags?: { [key: string]: string };
}
