/** What a taint does to pods that do not tolerate it (Kubernetes "Taints and Tolerations"). */
export enum TaintEffect {
  /** New pods are not scheduled on the node. */
  NO_SCHEDULE = 'NoSchedule',
  /** The scheduler avoids the node when it can. */
  PREFER_NO_SCHEDULE = 'PreferNoSchedule',
  /** New pods are not scheduled and running pods are evicted. */
  NO_EXECUTE = 'NoExecute',
}

/** A taint every node of a pool registers with (kubelet `--register-with-taints`). */
export interface NodeTaint {
  /** Taint key, in Kubernetes label-key syntax, e.g. `dedicated` or `example.com/gpu`. */
  readonly key: string;
  /**
   * Taint value, in Kubernetes label-value syntax.
   * @default - no value
   */
  readonly value?: string;
  /** Effect on pods that do not tolerate the taint. */
  readonly effect: TaintEffect;
}
