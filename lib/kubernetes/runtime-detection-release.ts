/**
 * Runtime detection: Cilium Tetragon, as ONE pin table that is easy to update.
 *
 * Chart: `tetragon` 1.7.0 from https://helm.cilium.io (cilium/tetragon, tag v1.7.0, commit
 * 1de2ed8ebea18e56257dc59597aa13bf8f0e471e; install/kubernetes/tetragon/Chart.yaml version and appVersion 1.7.0).
 * Value keys from that tag's install/kubernetes/tetragon/values.yaml and templates:
 * - `tetragon.image.override` is written verbatim as the container image (templates/_container_tetragon.tpl), so the
 *   image is pinned by digest there (the chart has no digest field).
 * - `tolerations` defaults to `[{ operator: Exists }]`: the agent starts on nodes that still carry Cilium's
 *   `node.cilium.io/agent-not-ready` taint and on pools with the user's taints. The library writes that default.
 * - `tetragon.securityContext.privileged: true` and `hostNetwork: true`, hostPath mounts of /sys/fs/bpf, /proc,
 *   /var/run/cilium and the export directory (templates/daemonset.yaml): the restricted Pod Security level and the
 *   library's admission policies would refuse it, hence its own exempted namespace.
 * - `exportDirectory` `/var/run/cilium/tetragon` + `tetragon.exportFilename` `tetragon.log`: the JSON export file on
 *   each node (templates/tetragon_configmap.yaml `export-filename`), which the OCI unified monitoring agent tails.
 * - `extraVolumes` (added to the DaemonSet's volumes, templates/daemonset.yaml) and `extraConfigmapMounts`
 *   (`{name, mountPath, readOnly}`, agent container volumeMounts in templates/_container_tetragon.tpl) mount the
 *   library's policy ConfigMap; `podAnnotations` go on the pod template (templates/daemonset.yaml, next to the
 *   chart's own `checksum/configmap`, which hashes `.Values.tetragon` only).
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

/**
 * The default TracingPolicies are files, not TracingPolicy objects: kubernetes_manifest must find a custom
 * resource's CRD at PLAN time, and the CRD comes with this release, so objects of that kind would fail the first
 * plan of the Kubernetes stack. The agent loads every policy file of its tracing policy directory at startup
 * (default `/etc/tetragon/tetragon.tp.d`, pkg/defaults/defaults.go DefaultTpDir; cmd/tetragon/main.go
 * loadTpFromDir; docs/content/en/docs/reference/daemon-configuration.md "Configure Tracing Policies location",
 * https://tetragon.io/docs/reference/daemon-configuration/), so a ConfigMap (core v1, plannable without a CRD) in
 * the release namespace is mounted there.
 *
 * Mounted in a SUBDIRECTORY of that directory, not on it: a ConfigMap volume holds a real timestamped directory
 * `..<timestamp>/` with the files, a `..data` symlink to it and one symlink per key (kubernetes
 * pkg/volume/util/atomic_writer.go). loadTpFromDir walks one directory level deep and loads every regular file,
 * following symlinks with os.Stat; on the directory itself it would load each policy twice (from `..<timestamp>/`
 * and through the key's symlink) and the second AddTracingPolicy fails ("a sensor collection with the key already
 * exists", pkg/sensors/handler.go), so the agent would not start. In `tp.d/hardened-oke/` the timestamped directory
 * is at depth 1 (skipped: `tpMaxDepth := 1`), `..data` stats as a directory (not a regular file, skipped) and each
 * key's symlink is loaded once. The docs name such subdirectories ("tetragon.tp.d/file-access").
 */
export const TETRAGON_POLICY_FILES = {
  configMap: 'hardened-oke-tracing-policies',
  volume: 'hardened-oke-tracing-policies',
  mountPath: '/etc/tetragon/tetragon.tp.d/hardened-oke',
  /**
   * Pod annotation with the sha256 of the ConfigMap's data: the agent reads the files only at startup, so a policy
   * change must roll the DaemonSet; a new value in the pod template does (the helm_release upgrade runs after the
   * ConfigMap, which it depends on).
   */
  checksumAnnotation: 'cdktf-hardened-oke.dev/tracing-policies-sha256',
} as const;

/** Requests and limits of the agent (the chart sets none). */
export const TETRAGON_RESOURCES = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } };

/**
 * Helm values: the agent only (no operator, no stdout sidecar), pinned by digest, CRDs from the chart, metrics off,
 * the library's policy files mounted, and only the events of those policies in the export file (`policy_names`
 * export filter: cilium/tetragon pkg/filters/policies.go compares the event's policy name, which is the policy's
 * metadata.name however it was loaded: cmd/tetragon/main.go addTracingPolicy logs `tp.TpName()` for file-loaded
 * policies; docs/content/en/docs/concepts/events.md "policy_names"), so the file, the OCI log and the
 * notifications carry detections, not every exec.
 */
/** Tetragon agent tolerations: values.yaml `tolerations`, default `[{ operator: Exists }]` (chart 1.7.0). */
export const TETRAGON_AGENT_TOLERATIONS = [{ operator: 'Exists' as const }];

/**
 * @param quietNamespaces system namespaces whose events are not exported: their pods run shells by design (Cilium's
 *   init containers `mount-cgroup` and `apply-sysctl-overwrites` run `sh -ec`, chart templates/cilium-agent/daemonset.yaml),
 *   so every node start would notify the security topic. The chart's own deny list names `cilium` and `kube-system`;
 *   the library's Cilium runs in its release namespace, so the list is built from the release tables, not the chart.
 */
export function tetragonValues(release: RuntimeDetectionRelease, clusterName: string, policies: { names: readonly string[]; sha256: string }, quietNamespaces: readonly string[], mirror?: string): Record<string, unknown> {
  const files = TETRAGON_POLICY_FILES;
  return {
    export: { mode: '' },
    // The chart default, written explicitly: the agent runs on every node, whatever the pools' taints (NODE_AGENTS).
    tolerations: TETRAGON_AGENT_TOLERATIONS.map((t) => ({ ...t })),
    extraVolumes: [{ name: files.volume, configMap: { name: files.configMap } }],
    extraConfigmapMounts: [{ name: files.volume, mountPath: files.mountPath, readOnly: true }],
    podAnnotations: { [files.checksumAnnotation]: policies.sha256 },
    crds: { installMethod: 'helm' },
    tetragonOperator: { enabled: false },
    tetragon: {
      image: { override: tetragonImage(release, mirror) },
      clusterName,
      resources: TETRAGON_RESOURCES,
      exportFilename: release.exportFile.split('/').pop(),
      exportAllowList: JSON.stringify({ policy_names: [...policies.names] }),
      // Like the chart's default (one JSON filter per line, pkg/filters): health checks and host processes ("") are
      // not exported, nor the system namespaces the library installs into (quietNamespaces).
      exportDenyList: `{"health_check":true}\n${JSON.stringify({ namespace: ['', ...[...new Set(quietNamespaces)].sort()] })}`,
      // The metrics port would listen on every node address (host network); nothing here scrapes it.
      prometheus: { enabled: false },
    },
  };
}
