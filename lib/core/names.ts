import { Token } from 'cdktf';
import { HardenedOkeValidationError } from './errors';

/** Longest cluster name: it prefixes display names, node pool names (`<cluster>-<pool>`) and Kubernetes objects. */
export const MAX_CLUSTER_NAME_LENGTH = 30;

/**
 * The one cluster-name rule (HardenedCluster and every construct taking `clusterName`): 1 to 30 lowercase
 * letters, digits and dashes, starting with a letter and not ending with a dash. It is a valid RFC 1123 label
 * (Kubernetes object names and label values) with room for the suffixes the library appends.
 */
const CLUSTER_NAME_PATTERN = new RegExp(`^[a-z]([a-z0-9-]{0,${MAX_CLUSTER_NAME_LENGTH - 2}}[a-z0-9])?$`);

export function isValidClusterName(name: unknown): name is string {
  return typeof name === 'string' && CLUSTER_NAME_PATTERN.test(name);
}

export function requireClusterName(property: string, name: unknown): string {
  if (typeof name === 'string' && Token.isUnresolved(name)) {
    throw new HardenedOkeValidationError(property, 'must be known at synth (it is a Terraform token)', 'pass the cluster name as a plain string');
  }
  if (!isValidClusterName(name)) {
    throw new HardenedOkeValidationError(property, name === undefined || name === '' ? 'is required' : `${JSON.stringify(name)} is not a usable cluster name`,
      `use 1 to ${MAX_CLUSTER_NAME_LENGTH} lowercase letters, digits and dashes, starting with a letter and not ending with a dash (it prefixes every display name and Kubernetes object)`);
  }
  return name;
}
