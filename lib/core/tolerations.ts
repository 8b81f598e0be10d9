/** A pod toleration, as in Kubernetes core/v1 Toleration (tolerationSeconds plays no part in matching). */
export interface Toleration {
  readonly key?: string;
  /** `Exists` or `Equal`; empty means Equal. */
  readonly operator?: 'Exists' | 'Equal';
  readonly value?: string;
  /** Empty matches every effect. */
  readonly effect?: string;
}

/** A node taint (core/v1 Taint). */
export interface Taint {
  readonly key: string;
  readonly value?: string;
  readonly effect: string;
}

/**
 * Whether the toleration tolerates the taint: Kubernetes' own rule, k8s.io/api core/v1 toleration.go
 * `ToleratesTaint` (https://github.com/kubernetes/api/blob/master/core/v1/toleration.go): an effect, when set, must be
 * the taint's; a key, when set, must be the taint's; `Exists` then matches any value, `Equal` (or empty) the same value.
 */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect !== undefined && t.effect !== '' && t.effect !== taint.effect) return false;
  if (t.key !== undefined && t.key !== '' && t.key !== taint.key) return false;
  if (t.operator === 'Exists') return true;
  if (t.operator === undefined || t.operator === 'Equal') return (t.value ?? '') === (taint.value ?? '');
  return false;
}

/**
 * Taints that keep a pod off a node (NoSchedule) or evict it (NoExecute); PreferNoSchedule only steers the scheduler
 * (Kubernetes "Taints and Tolerations"), so a DaemonSet pod still lands on such a node.
 */
export function blocksPods(taint: Taint): boolean {
  return taint.effect === 'NoSchedule' || taint.effect === 'NoExecute';
}

/** The taints of `taints` that none of `tolerations` tolerates and that keep pods off the node. */
export function untoleratedTaints(tolerations: readonly Toleration[], taints: readonly Taint[]): Taint[] {
  return taints.filter((taint) => blocksPods(taint) && !tolerations.some((t) => toleratesTaint(t, taint)));
}

/** `key=value:Effect`, as kubectl prints a taint. */
export function describeTaint(taint: Taint): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}
