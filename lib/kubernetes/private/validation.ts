
/** Namespaces the platform owns; application namespaces may not take them over. */
export function isReservedNamespace(name: string): boolean {
  return name === 'default' || name.startsWith('kube-');
}

/** Namespace names: the rule lives in core/names (workload identity in access/ checks them too). */
export { requireNamespaceName } from '../../core/names';

/** Cluster names end up in object names and labels: the one rule lives in core/names. */
export { requireClusterName } from '../../core/names';
