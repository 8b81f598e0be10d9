import { createHash } from 'crypto';
import { K8sObject } from './manifest-order';
import { yamlDocument } from './yaml-document';
import { compareStrings } from '../../core/ordering';
import { TETRAGON_POLICY_FILES, TETRAGON_RELEASE } from '../runtime-detection-release';

/**
 * The default TracingPolicy set (cilium.io/v1alpha1, cluster-scoped: crds-yaml/cilium.io_tracingpolicies.yaml
 * `scope: Cluster`), written from Tetragon's own examples at tag v1.7.0 (cilium/tetragon):
 * - hook and argument types from examples/tracingpolicy/security_bprm_check.yaml (security_bprm_check,
 *   linux_binprm), filename_monitoring_filtered.yaml (security_file_permission with `file` + `int`, MAY_WRITE = 2;
 *   security_path_truncate with `path`) and process-credentials/process.credentials.changes.at.syscalls.yaml
 *   (sys_setuid ... sys_setresgid with `syscall: true`);
 * - the selector that keeps only processes inside containers (`matchNamespaces: Pid NotIn host_ns`) from
 *   process-credentials/process-creds-changed.yaml and docs/content/en/docs/concepts/tracing-policy/selectors.md;
 * - operators per docs/content/en/docs/concepts/tracing-policy/argument_types.md (`Postfix`/`Prefix` on paths,
 *   `Equal` on `int`).
 * Every hook only observes (no Override/Sigkill action): a finding is reported, never enforced.
 */
export interface RuntimeDetectionPolicy {
  /** TracingPolicy name (also the `policy_names` export filter, and the file name `<name>.yaml`). */
  readonly name: string;
  /** What it reports, as the README lists it. */
  readonly detects: string;
  readonly object: K8sObject;
}

/**
 * security_file_permission fires on every write(2): one event per thread and file per minute (`Post` with
 * `rateLimit`, docs/content/en/docs/concepts/tracing-policy/selectors.md "Rate limiting"; as in
 * process-credentials/process-creds-changed.yaml).
 */
const ONCE_A_MINUTE = { matchActions: [{ action: 'Post', rateLimit: '1m' }] };

/** Only processes outside the host's PID namespace, i.e. in containers. */
const IN_CONTAINER = { matchNamespaces: [{ namespace: 'Pid', operator: 'NotIn', values: ['host_ns'] }] };

/** Shells whose execution in a container is reported (the binary path ends with one of these). */
export const SHELL_SUFFIXES = ['/sh', '/bash', '/dash', '/ash', '/zsh', '/ksh'];
/** System paths whose writes from a container are reported. */
export const SYSTEM_PATH_PREFIXES = ['/etc/', '/bin/', '/sbin/', '/usr/bin/', '/usr/sbin/', '/usr/lib/', '/lib/', '/boot/'];
/** set*id calls to root, with the index of the argument that is the new (effective) id. */
const TO_ROOT_CALLS: ReadonlyArray<{ call: string; args: number; effective: number }> = [
  { call: 'sys_setuid', args: 1, effective: 0 },
  { call: 'sys_setgid', args: 1, effective: 0 },
  { call: 'sys_setreuid', args: 2, effective: 1 },
  { call: 'sys_setregid', args: 2, effective: 1 },
  { call: 'sys_setresuid', args: 3, effective: 1 },
  { call: 'sys_setresgid', args: 3, effective: 1 },
];

function tracingPolicy(name: string, detects: string, spec: Record<string, unknown>, labels: Record<string, string>): RuntimeDetectionPolicy {
  return {
    name,
    detects,
    object: {
      apiVersion: 'cilium.io/v1alpha1', kind: 'TracingPolicy',
      metadata: { name, labels, annotations: { 'cdktf-hardened-oke.dev/detects': detects } },
      spec,
    },
  };
}

/** The library's default policies, in README order. */
export function runtimeDetectionPolicies(labels: Record<string, string>): RuntimeDetectionPolicy[] {
  return [
    tracingPolicy('hardened-oke-container-shell',
      `a shell (${SHELL_SUFFIXES.map((s) => s.slice(1)).join(', ')}) is executed in a container`,
      {
        kprobes: [{
          call: 'security_bprm_check', syscall: false,
          args: [{ index: 0, type: 'linux_binprm' }],
          selectors: [{ matchArgs: [{ index: 0, operator: 'Postfix', values: SHELL_SUFFIXES }], ...IN_CONTAINER }],
        }],
      }, labels),
    tracingPolicy('hardened-oke-system-path-writes',
      `a container writes or truncates a file under ${SYSTEM_PATH_PREFIXES.join(', ')}`,
      {
        kprobes: [
          {
            call: 'security_file_permission', syscall: false,
            args: [{ index: 0, type: 'file' }, { index: 1, type: 'int' }],
            selectors: [{
              matchArgs: [
                { index: 0, operator: 'Prefix', values: SYSTEM_PATH_PREFIXES },
                { index: 1, operator: 'Equal', values: ['2'] }, // MAY_WRITE
              ],
              ...IN_CONTAINER,
              ...ONCE_A_MINUTE,
            }],
          },
          {
            call: 'security_path_truncate', syscall: false,
            args: [{ index: 0, type: 'path' }],
            selectors: [{ matchArgs: [{ index: 0, operator: 'Prefix', values: SYSTEM_PATH_PREFIXES }], ...IN_CONTAINER, ...ONCE_A_MINUTE }],
          },
        ],
      }, labels),
    tracingPolicy('hardened-oke-privilege-changes',
      `a container process asks for user or group id 0 (${TO_ROOT_CALLS.map((c) => c.call.replace(/^sys_/, '')).join(', ')})`,
      {
        kprobes: TO_ROOT_CALLS.map((c) => ({
          call: c.call, syscall: true,
          args: Array.from({ length: c.args }, (_, index) => ({ index, type: 'int' })),
          selectors: [{ matchArgs: [{ index: c.effective, operator: 'Equal', values: ['0'] }], ...IN_CONTAINER }],
        })),
      }, labels),
  ];
}

/** The file (ConfigMap key) of a policy: a valid ConfigMap key (IsConfigMapKey), one YAML document per file. */
export const policyFileName = (p: RuntimeDetectionPolicy): string => `${p.name}.yaml`;

/**
 * The policies as files of one ConfigMap in the Tetragon namespace, mounted into the agent's tracing policy
 * directory (runtime-detection-release.ts TETRAGON_POLICY_FILES says why files and why that subdirectory).
 * Each file holds ONE TracingPolicy document: the agent reads a file with tracingpolicy.FromFile, i.e. FromYAML,
 * which unmarshals a single object and switches on its kind (cilium/tetragon v1.7.0 pkg/tracingpolicy/fromfile.go,
 * k8s.go).
 */
export function tracingPolicyConfigMap(policies: readonly RuntimeDetectionPolicy[], labels: Record<string, string>): { object: K8sObject; sha256: string } {
  // Sorted by key, as the synthesized JSON is, so the checksum is over what is applied.
  const data = Object.fromEntries(policies.map((p): [string, string] => [policyFileName(p), yamlDocument(p.object)])
    .sort(([a], [b]) => compareStrings(a, b)));
  const sha256 = createHash('sha256').update(JSON.stringify(data)).digest('hex');
  return {
    object: {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: {
        name: TETRAGON_POLICY_FILES.configMap, namespace: TETRAGON_RELEASE.namespace, labels,
        annotations: { 'cdktf-hardened-oke.dev/mounted-at': TETRAGON_POLICY_FILES.mountPath },
      },
      data,
    },
    sha256,
  };
}
