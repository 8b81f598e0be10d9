import { HardenedOkeValidationError } from '../../core/errors';

const RFC1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Namespaces the platform owns; application namespaces may not take them over. */
export function isReservedNamespace(name: string): boolean {
  return name === 'default' || name.startsWith('kube-');
}

export function requireNamespaceName(property: string, name: string): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > 63 || !RFC1123_LABEL.test(name)) {
    throw new HardenedOkeValidationError(property, `"${name}" is not a valid namespace name`,
      'use an RFC 1123 label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit');
  }
}

/** Cluster names end up in object names and labels: the one rule lives in core/names. */
export { requireClusterName } from '../../core/names';
