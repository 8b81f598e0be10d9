/**
 * Runtime detection: Cilium Tetragon, as ONE pin table that is easy to update.
 *
 * Chart: `tetragon` 1.7.0 from https://helm.cilium.io (cilium/tetragon, tag v1.7.0, commit
 * 1de2ed8ebea18e56257dc59597aa13bf8f0e471e; install/kubernetes/tetragon/Chart.yaml version and appVersion 1.7.0).
 * Value keys from that tag's install/kubernetes/tetragon/values.yaml and templates:
 * - `tetragon.image.override` is written verbatim as the container image (templates/_container_tetragon.tpl), so the
 *   image is pinned by digest there (the chart has no digest field).
 * - `tolerations` defaults to `[{ operator: Exists }]`: the agent starts on nodes that still carry Cilium's
 *   `node.cilium.io/agent-not-ready` taint. The library keeps that default.
 * - `tetragon.securityContext.privileged: true` and `hostNetwork: true`, hostPath mounts of /sys/fs/bpf, /proc,
 *   /var/run/cilium and the export directory (templates/daemonset.yaml): the restricted Pod Security level and the
 *   library's admission policies would refuse it, hence its own exempted namespace.
 * - `exportDirectory` `/var/run/cilium/tetragon` + `tetragon.exportFilename` `tetragon.log`: the JSON export file on
 *   each node (templates/tetragon_configmap.yaml `export-filename`), which the OCI unified monitoring agent tails.
 * - `crds.installMethod: helm` renders the TracingPolicy CRDs in the release (templates/crds.yaml), so the
 *   operator (`tetragonOperator.enabled`, whose other job is the PodInfo CRD, off by default) is not installed and
 *   its image is not pulled; `export.mode: ""` drops the hubble-export-stdout sidecar (the file is read on the host).
 *
 * Image digest: the multi-arch image index of quay.io/cilium/tetragon:v1.7.0. Tetragon's release notes do not list
 * digests; the value is the one two independent public projects pin and check: crossbizz/zasp-sec
 * (deploy/staging/tetragon/values.yaml, and its proof fixture, which also records the linux/amd64 descriptor
 * sha256:eec0f2991bd11f02b3c2fe7a1740e01ca58ec6b2c5a1e57e395448e5c4822548 and linux/arm64
 * sha256:1bffeee60f1d47e367d237129e576729d14fe8db748440328aded8a6091c4a40) and
 * teriyakki-jin/agent-runtime-security-lab (scripts/verify-tetragon.ps1, which compares the RepoDigests of the
 * pulled v1.7.0 image against it). Before changing it, confirm with `crane digest quay.io/cilium/tetragon:v1.7.0`.
 * To update: bump version, tag and digest together (and the chart value keys, if the chart changed).
 */
export interface RuntimeDetectionImage {
  readonly repository: string;
  readonly tag: string;
  /** Multi-arch image index digest (sha256:...); works on x86 and Ampere (arm64) nodes. */
  readonly digest: string;
}

export interface RuntimeDetectionRelease {
  readonly name: string;
  readonly chart: string;
  readonly repository: string;
  /** Exact chart version (never a range). */
  readonly version: string;
  /** The release's own namespace, exempt from `restricted` Pod Security and the admission bindings (reason below). */
  readonly namespace: string;
  readonly images: { readonly agent: RuntimeDetectionImage };
  /** The JSON export file on every node (chart `exportDirectory` + `tetragon.exportFilename`). */
  readonly exportFile: string;
}

export const TETRAGON_RELEASE: RuntimeDetectionRelease = {
  name: 'tetragon',
  chart: 'tetragon',
  repository: 'https://helm.cilium.io',
  version: '1.7.0',
  namespace: 'tetragon',
  images: {
    agent: {
      repository: 'quay.io/cilium/tetragon',
      tag: 'v1.7.0',
      digest: 'sha256:deda51c3f88e4d26b4d76c99ea207f2b05f9e40c210e0f04a37ca632ab7bf527',
    },
  },
  exportFile: '/var/run/cilium/tetragon/tetragon.log',
};

/** Why the Tetragon namespace is exempt from `restricted` Pod Security and from the admission bindings. */
export const TETRAGON_EXEMPTION_REASON =
  'Tetragon agents watch every process of the node with eBPF: they run privileged on the host network with hostPath '
  + 'mounts of /sys/fs/bpf and /proc and write their JSON events to the host, which the restricted profile and the '
  + 'library\'s admission policies (tenancy OCIR images, read-only root filesystem) forbid. Only the pinned Tetragon '
  + 'release runs here.';

/** The agent image reference the chart writes: `<repository>:<tag>@<digest>`, the repository moved under `mirror`. */
export function tetragonImage(release: RuntimeDetectionRelease, mirror?: string): string {
  const image = release.images.agent;
  const repository = mirror === undefined ? image.repository : `${mirror}/${image.repository.replace(/^[^/]+\//, '')}`;
  return `${repository}:${image.tag}@${image.digest}`;
}

/** Requests and limits of the agent (the chart sets none). */
export const TETRAGON_RESOURCES = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } };

/**
 * Helm values: the agent only (no operator, no stdout sidecar), pinned by digest, CRDs from the chart, metrics off,
 * and only the events of the library's TracingPolicies in the export file (`policy_names` export filter:
 * cilium/tetragon pkg/filters/policies.go; docs/content/en/docs/concepts/events.md "policy_names"), so the file,
 * the OCI log and the notifications carry detections, not every exec.
 */
export function tetragonValues(release: RuntimeDetectionRelease, clusterName: string, policyNames: readonly string[], mirror?: string): Record<string, unknown> {
  return {
    export: { mode: '' },
    crds: { installMethod: 'helm' },
    tetragonOperator: { enabled: false },
    tetragon: {
      image: { override: tetragonImage(release, mirror) },
      clusterName,
      resources: TETRAGON_RESOURCES,
      exportFilename: release.exportFile.split('/').pop(),
      exportAllowList: JSON.stringify({ policy_names: [...policyNames] }),
      // The chart's default: health checks, host processes ("") and the cilium and kube-system namespaces are not
      // exported (their system pods exec shells by design).
      exportDenyList: '{"health_check":true}\n{"namespace":["", "cilium", "kube-system"]}',
      // The metrics port would listen on every node address (host network); nothing here scrapes it.
      prometheus: { enabled: false },
    },
  };
}
