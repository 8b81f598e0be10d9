import { CniType } from '../network/cni-type';
import { AdmissionPolicyOptions, ApplicationNamespace, ControlPlaneAddresses, FileStorageClassOptions, NetworkPolicyEngine, PodSecurityExemption, SecretsStoreOptions } from './types';

/** A Helm release the baseline needs (the config stack turns it into a helm_release). */
export interface HelmReleaseSpec {
  /** Release name. */
  readonly name: string;
  /** Chart name. */
  readonly chart: string;
  /** Chart repository URL. */
  readonly repository: string;
  /** Exact chart version. */
  readonly version: string;
  /** Namespace the release installs into (created by the baseline's manifests). */
  readonly releaseNamespace: string;
  /** Values as one YAML document. */
  readonly valuesYaml: string;
}

/** Props of {@link KubernetesBaseline}. */
export interface KubernetesBaselineProps {
  /** Cluster name (RFC 1123 label); names files and labels. */
  readonly clusterName: string;
  /** Cluster Kubernetes version, e.g. `v1.33.1`; its minor becomes the Pod Security enforce-version. */
  readonly kubernetesVersion: string;
  /** The cluster's CNI (OKE cni_type); selects the CNI chain the policy engine joins. */
  readonly cni: CniType;
  /**
   * Engine that enforces NetworkPolicy.
   * @default NetworkPolicyEngine.CILIUM_CHAINED
   */
  readonly networkPolicyEngine?: NetworkPolicyEngine;
  /**
   * Application namespaces, each with restricted Pod Security, default-deny, DNS-only egress, quotas and RBAC.
   * @default []
   */
  readonly applicationNamespaces?: ApplicationNamespace[];
  /**
   * OCI IAM group OCIDs bound to cluster-admin (the only cluster-admin binding the library writes).
   * @default [] - nobody but the cluster creator (OKE's own binding)
   */
  readonly clusterAdminGroupIds?: string[];
  /** Vault key OCID (or a token) that encrypts block-volume persistent volumes. */
  readonly pvKmsKeyId: string;
  /**
   * Registry mirror in OCIR the library-installed images (Cilium) are pulled from instead of quay.io, e.g.
   * `fra.ocir.io/<tenancy-namespace>/mirror`; images keep their digests (copy them by digest, see the README).
   * @default - images from their upstream registries (quay.io), which needs worker internet egress
   */
  readonly imageRegistryMirror?: string;
  /**
   * Where pods reach the OKE control plane (HardenedCluster passes the API endpoint subnet and the services CIDR).
   * Namespaces with `workloadIdentity` get egress on TCP 12250 to the `kubernetes` Service ClusterIP and this
   * endpoint block, where the OCI SDK exchanges the service account token.
   * @default - none: an application namespace with `workloadIdentity` is refused
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contenggrantingworkloadaccesstoresources.htm
   */
  readonly controlPlane?: ControlPlaneAddresses;
  /**
   * Extra exempted namespaces (e.g. a log shipper that reads host logs), each with its reason.
   * @default []
   */
  readonly podSecurityExemptions?: PodSecurityExemption[];
  /**
   * ValidatingAdmissionPolicies (bound with Deny in the namespaces the library manages, Warn and Audit in the others,
   * or Deny everywhere with `enforceAllNamespaces`; never in kube-system, kube-public, kube-node-lease, the CNI
   * namespace, with runtimeDetection the Tetragon namespace, and `extraExcludedNamespaces`): images only from the tenancy's OCIR by digest, no image-verification break-glass annotation,
   * read-only root filesystems and no `:latest`/untagged images, and LoadBalancer Services with the NSG annotations,
   * internal unless the namespace allows public load balancers.
   * @default - no admission policies (compliance control WKL-12 fails)
   */
  readonly admission?: AdmissionPolicyOptions;
  /**
   * The File Storage class `oci-fss-encrypted` (Vault key at rest, TLS in transit) and its inputs.
   * @default - no File Storage class: a class needs an availability domain and a mount target to work
   */
  readonly fileStorage?: FileStorageClassOptions;
  /**
   * Install the Secrets Store CSI driver with the OCI Vault provider (pinned Helm release in kube-system), so
   * application namespaces can mount Vault secrets (`applicationNamespaces[].vaultSecrets`).
   * @default - not installed
   */
  readonly secretsStore?: SecretsStoreOptions;
  /**
   * Install Cilium Tetragon (pinned chart, image by digest) in its own exempted namespace with the library's default
   * TracingPolicies (a shell in a container, writes under system paths, set*id to root); its JSON events are written
   * to `/var/run/cilium/tetragon/tetragon.log` on every node.
   * @default false (HardenedCluster turns it on)
   * @see https://tetragon.io/docs/installation/kubernetes/
   */
  readonly runtimeDetection?: boolean;
}
