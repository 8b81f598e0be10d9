import { HardenedOkeValidationError } from '../core/errors';
import { compareKubernetesVersions, parseKubernetesVersion, requireSupportedKubernetesVersion } from '../core/kubernetes-version';
import { requireOcid } from '../core/ocid';
import { CILIUM_AGENT_NOT_READY_TAINT } from '../core/policy-engine-taint';
import { OKE_MAX_NODE_MINOR_SKEW } from '../core/version-skew';
import type { NodePoolOptions } from './node-pool';
import { TaintEffect } from './node-taint';
import { validateUserData } from './private/cloud-init';

/** Largest autoscaled pool the library accepts (the same per-pool node limit as `size`). */
const MAX_AUTOSCALED_SIZE = 1000;

// Kubernetes "Labels and Selectors", syntax and character set: an optional DNS-subdomain prefix and a name of at
// most 63 characters; values of at most 63 characters, possibly empty.
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/**
 * Label prefixes a kubelet may set on its own node. Kubernetes "Admission Controllers Reference", NodeRestriction:
 * kubelets cannot set labels in the kubernetes.io / k8s.io namespaces except these, so a node registering with any
 * other such label would be refused.
 */
const KUBELET_ALLOWED_K8S_LABELS = [/^kubelet\.kubernetes\.io\//, /^node\.kubernetes\.io\//,
  /^(kubernetes\.io\/(hostname|arch|os)|beta\.kubernetes\.io\/(instance-type|arch|os)|topology\.kubernetes\.io\/(region|zone)|failure-domain\.beta\.kubernetes\.io\/(region|zone))$/];

export function isLabelKey(key: string): boolean {
  if (typeof key !== 'string') return false;
  const slash = key.lastIndexOf('/');
  if (slash < 0) return LABEL_NAME.test(key);
  const prefix = key.slice(0, slash);
  return prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix) && LABEL_NAME.test(key.slice(slash + 1));
}

function isRestrictedForKubelet(key: string): boolean {
  const prefix = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
  const k8sNamespace = /(^|\.)(kubernetes\.io|k8s\.io)$/.test(prefix);
  return k8sNamespace && !KUBELET_ALLOWED_K8S_LABELS.some((r) => r.test(key));
}

/** Validates autoscaling, labels, taints, capacity, per-pool version and the cloud-init hook of a pool. */
export function validateNodePoolScheduling(options: NodePoolOptions, prefix: string): void {
  const { minSize, maxSize } = options;
  if (minSize !== undefined || maxSize !== undefined) {
    if (options.size !== undefined) {
      throw new HardenedOkeValidationError(`${prefix}size`, 'is set together with minSize/maxSize, but an autoscaled pool\'s size belongs to the cluster autoscaler',
        'remove size (the pool starts at minSize), or remove minSize and maxSize for a fixed-size pool');
    }
    if (minSize === undefined || maxSize === undefined) {
      throw new HardenedOkeValidationError(`${prefix}${minSize === undefined ? 'minSize' : 'maxSize'}`, 'is missing: autoscaling needs both bounds',
        'set minSize and maxSize together, e.g. minSize: 2, maxSize: 10');
    }
    if (!Number.isInteger(minSize) || minSize < 1 || minSize > MAX_AUTOSCALED_SIZE) {
      throw new HardenedOkeValidationError(`${prefix}minSize`, `${minSize} is outside the allowed range`, `use 1 to ${MAX_AUTOSCALED_SIZE} nodes`);
    }
    if (!Number.isInteger(maxSize) || maxSize < minSize || maxSize > MAX_AUTOSCALED_SIZE) {
      throw new HardenedOkeValidationError(`${prefix}maxSize`, `${maxSize} is not between minSize (${minSize}) and ${MAX_AUTOSCALED_SIZE}`,
        `use minSize to ${MAX_AUTOSCALED_SIZE} nodes, within the tenancy's limits for the shape`);
    }
  }

  for (const [key, value] of Object.entries(options.labels ?? {})) {
    if (!isLabelKey(key)) {
      throw new HardenedOkeValidationError(`${prefix}labels`, `"${key}" is not a Kubernetes label key`, 'use an optional DNS prefix and a name of at most 63 letters, digits, - _ . (e.g. example.com/role)');
    }
    if (typeof value !== 'string' || !LABEL_VALUE.test(value)) {
      throw new HardenedOkeValidationError(`${prefix}labels.${key}`, `"${value}" is not a Kubernetes label value`, 'use at most 63 letters, digits, - _ ., starting and ending with a letter or digit');
    }
    if (isRestrictedForKubelet(key)) {
      throw new HardenedOkeValidationError(`${prefix}labels`, `"${key}" is in the kubernetes.io/k8s.io namespace, which the NodeRestriction admission plugin does not let a node set on itself`,
        'use your own prefix (e.g. example.com/role), or node.kubernetes.io/ or kubelet.kubernetes.io/');
    }
  }

  const seenTaints = new Set<string>();
  (options.taints ?? []).forEach((taint, i) => {
    const p = `${prefix}taints[${i}]`;
    if (!taint || !isLabelKey(taint.key)) {
      throw new HardenedOkeValidationError(`${p}.key`, `"${taint?.key}" is not a Kubernetes taint key`, 'use label-key syntax, e.g. dedicated or example.com/gpu');
    }
    if (taint.value !== undefined && (typeof taint.value !== 'string' || !LABEL_VALUE.test(taint.value))) {
      throw new HardenedOkeValidationError(`${p}.value`, `"${taint.value}" is not a Kubernetes taint value`, 'use at most 63 letters, digits, - _ ., starting and ending with a letter or digit');
    }
    if (!Object.values(TaintEffect).includes(taint.effect)) {
      throw new HardenedOkeValidationError(`${p}.effect`, `"${taint.effect}" is not a taint effect`, 'use TaintEffect.NO_SCHEDULE, PREFER_NO_SCHEDULE or NO_EXECUTE');
    }
    if (taint.key === CILIUM_AGENT_NOT_READY_TAINT.key) {
      throw new HardenedOkeValidationError(`${p}.key`, `${taint.key} is the NetworkPolicy engine's startup taint, which the library registers and the engine removes`,
        'remove it from taints; every pool registers it while the library installs Cilium');
    }
    const id = `${taint.key}:${taint.effect}`;
    if (seenTaints.has(id)) {
      throw new HardenedOkeValidationError(`${p}.key`, `${id} is listed twice`, 'list each key and effect once');
    }
    seenTaints.add(id);
  });

  if (options.preemptible !== undefined && typeof options.preemptible !== 'boolean') {
    throw new HardenedOkeValidationError(`${prefix}preemptible`, `${JSON.stringify(options.preemptible)} is not true or false`, 'use true for preemptible capacity, or leave it out');
  }
  const ads = new Set<string>();
  (options.capacityReservations ?? []).forEach((r, i) => {
    const p = `${prefix}capacityReservations[${i}]`;
    if (!r || typeof r.availabilityDomain !== 'string' || !/^[A-Za-z0-9]+:[A-Z0-9-]+-AD-\d$/.test(r.availabilityDomain)) {
      throw new HardenedOkeValidationError(`${p}.availabilityDomain`, `"${r?.availabilityDomain}" is not an availability domain name`, 'use the name `oci iam availability-domain list` prints, e.g. Uocm:EU-FRANKFURT-1-AD-1');
    }
    requireOcid(`${p}.capacityReservationId`, r.capacityReservationId, 'capacityReservation');
    if (ads.has(r.availabilityDomain)) {
      throw new HardenedOkeValidationError(`${p}.availabilityDomain`, `${r.availabilityDomain} has two reservations`, 'give one reservation per availability domain');
    }
    ads.add(r.availabilityDomain);
  });
  // Oracle, Compute "Capacity Reservations": reserved capacity cannot be used with preemptible instances.
  if (options.preemptible === true && (options.capacityReservations ?? []).length > 0) {
    throw new HardenedOkeValidationError(`${prefix}capacityReservations`, 'is given for a preemptible pool, and preemptible instances cannot use reserved capacity',
      'remove preemptible (reserved on-demand capacity), or remove capacityReservations (preemptible capacity)');
  }
  if (options.capacityReservations !== undefined && options.capacityReservations.length === 0) {
    throw new HardenedOkeValidationError(`${prefix}capacityReservations`, 'is empty', 'remove it (on-demand capacity in every availability domain), or list the reservations');
  }
  if (options.kubernetesVersion !== undefined) requireSupportedKubernetesVersion(`${prefix}kubernetesVersion`, options.kubernetesVersion);
  validateUserData(options.userData, `${prefix}userData.`);
}

/**
 * A pool's version against the cluster's, in the order the README gives for upgrades (cluster first, then pools,
 * then cycling the nodes): never newer than the control plane, never more than {@link OKE_MAX_NODE_MINOR_SKEW}
 * minors behind it.
 */
export function validatePoolVersionSkew(poolVersion: string, clusterVersion: string, property: string): void {
  const pool = parseKubernetesVersion(poolVersion);
  const cluster = parseKubernetesVersion(clusterVersion);
  if (!pool || !cluster) return; // format errors are reported by requireSupportedKubernetesVersion
  if (compareKubernetesVersions(pool, cluster) > 0) {
    throw new HardenedOkeValidationError(property, `${poolVersion} is newer than the cluster's ${clusterVersion}; OKE never runs worker nodes ahead of the control plane`,
      'upgrade the cluster first (kubernetesVersion), apply, then raise the pool\'s version and cycle its nodes');
  }
  const skew = (cluster.major - pool.major) * 1000 + (cluster.minor - pool.minor);
  if (skew > OKE_MAX_NODE_MINOR_SKEW) {
    throw new HardenedOkeValidationError(property, `${poolVersion} is ${skew} minor versions behind the cluster's ${clusterVersion}, more than the ${OKE_MAX_NODE_MINOR_SKEW} OKE supports`,
      `upgrade the pool to at most ${OKE_MAX_NODE_MINOR_SKEW} minors behind before upgrading the cluster further`);
  }
}
