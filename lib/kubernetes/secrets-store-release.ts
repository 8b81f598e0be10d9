/**
 * The Secrets Store CSI driver with the OCI Vault provider, as ONE pin table that is easy to update.
 *
 * Source: oracle/oci-secrets-store-csi-driver-provider (GettingStarted.md "Helm", "Workload Identity",
 * "Access Policies for Workloads"). Chart index https://oracle.github.io/oci-secrets-store-csi-driver-provider/charts
 * (gh-pages charts/index.yaml, as stored when last read: updated 2024-12-05): the newest entry is 0.4.1 (appVersion 0.10.1, kubeVersion >=1.19.0-0,
 * digest 7eb78fa71308c07416804bfb594d8578a0bc0952a79a33017eb2f039742fc963); no 0.5.x entry nor v0.5.x tag exists
 * there, so the earlier 0.5.1 pin could not be installed and is replaced by 0.4.1. The packaged
 * oci-secrets-store-csi-driver-provider-0.4.1.tgz holds values.yaml (provider image
 * ghcr.io/oracle/oci-secrets-store-csi-driver-provider:v0.4.1) and the secrets-store-csi-driver subchart 1.2.0
 * (its Chart.lock names 1.3.3; helm installs what is packaged).
 *
 * Node coverage (lib/kubernetes/node-agents.ts): the driver DaemonSet takes `linux.tolerations` (subchart default
 * [], so the library sets "tolerate everything", the upstream chart's later default); the provider DaemonSet
 * renders no tolerations and its values schema admits no other key (oracle/oci-secrets-store-csi-driver-provider#38),
 * so ClusterConfigStack refuses the store on a cluster with a pool the provider cannot run on.
 *
 * Images are pinned by TAG, not by digest: no public source the project could check lists the manifest digest of
 * the provider image v0.4.1 nor of the driver images the subchart uses, and a digest is never invented here.
 * The exact chart version fixes every image tag. To pin by digest, read them from the registries
 * (`crane digest ghcr.io/oracle/oci-secrets-store-csi-driver-provider:v0.4.1`), set `digest` below and mirror them in
 * OCIR.
 *
 * Authentication: workload identity only (enhanced clusters). The provider asks the API server for a token of the
 * mounting pod's own service account (internal/server/server.go, getSAToken) and exchanges it for an OCI resource
 * principal, so IAM sees `request.principal.type = 'workload'` with the pod's namespace and service account.
 * Instance principal (every pod on a node would share the node's access) and user principal (an API key in a
 * Kubernetes Secret) are switched off.
 */
export interface SecretsStoreImage {
  readonly repository: string;
  readonly tag: string;
  /** Manifest digest, when verified (see above); undefined means pinned by tag through the exact chart version. */
  readonly digest?: string;
}

export interface SecretsStoreRelease {
  readonly name: string;
  readonly chart: string;
  readonly repository: string;
  /** Exact chart version (never a range). */
  readonly version: string;
  /** Oracle's guide prefers kube-system (already outside Pod Security's restricted profile as a system namespace). */
  readonly namespace: string;
  /** Version of the secrets-store-csi-driver subchart packaged in the pinned chart. */
  readonly driverChartVersion: string;
  readonly images: { readonly provider: SecretsStoreImage };
  /** The SecretProviderClass `spec.provider` value the OCI provider answers to. */
  readonly providerName: string;
  /** Resource principal version the provider uses for workload identity (chart default). */
  readonly resourcePrincipalVersion: string;
}

export const SECRETS_STORE_RELEASE: SecretsStoreRelease = {
  name: 'oci-secrets-store',
  chart: 'oci-secrets-store-csi-driver-provider',
  repository: 'https://oracle.github.io/oci-secrets-store-csi-driver-provider/charts',
  version: '0.4.1',
  namespace: 'kube-system',
  driverChartVersion: '1.2.0',
  images: {
    provider: { repository: 'ghcr.io/oracle/oci-secrets-store-csi-driver-provider', tag: 'v0.4.1' },
  },
  providerName: 'oci',
  resourcePrincipalVersion: '2.2',
};

/**
 * Tolerations of the driver DaemonSet (`secrets-store-csi-driver.linux.tolerations`): every taint, so pods on every
 * pool can mount Vault secrets. kubernetes-sigs/secrets-store-csi-driver values.yaml: "An empty key with operator
 * Exists matches all keys, values and effects which means this will tolerate everything" (the chart's default since
 * 1.3; the 1.2.0 subchart packaged here defaults to []).
 */
export const SECRETS_STORE_DRIVER_TOLERATIONS = [{ operator: 'Exists' as const }];

/** Name of the SecretProviderClass the baseline writes into an application namespace. */
export const SECRET_PROVIDER_CLASS_NAME = 'vault-secrets';
/** Default service account whose pods may mount a namespace's Vault secrets. */
export const DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT = 'vault-secrets-reader';

/** Helm values: workload identity only, region of the cluster, no profiling port, no sync to Kubernetes Secrets. */
export function secretsStoreValues(release: SecretsStoreRelease, region: string): Record<string, unknown> {
  const image = release.images.provider;
  return {
    provider: {
      image: { repository: image.digest ? `${image.repository}@${image.digest.split(':')[0]}` : image.repository,
        tag: image.digest ? image.digest.split(':')[1] : image.tag, pullPolicy: 'IfNotPresent' },
      oci: {
        auth: {
          types: {
            instance: { enabled: false },
            user: { enabled: false },
            workload: { enabled: true, resourcePrincipalVersion: release.resourcePrincipalVersion, resourcePrincipalRegion: region },
          },
        },
      },
      enableProfile: false,
    },
    'secrets-store-csi-driver': {
      install: true,
      // Secrets stay in the mounted volume; copying them into Kubernetes Secrets (etcd) would defeat the store.
      syncSecret: { enabled: false },
      linux: { tolerations: SECRETS_STORE_DRIVER_TOLERATIONS.map((t) => ({ ...t })) },
      enableSecretRotation: true,
      rotationPollInterval: '2m',
    },
  };
}
