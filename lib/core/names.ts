import { createHash } from 'crypto';
import { Fn, Token } from 'cdktf';
import { HardenedOkeValidationError } from './errors';

/**
 * The one naming rule for resources whose names OCI requires to be unique beyond their compartment:
 * - policies: "must be unique across all policies in your tenancy" (provider docs, oci_identity_policy);
 * - dynamic groups: "unique across all dynamic groups in your tenancy" and across groups (oci_identity_dynamic_group);
 * - notification topics: "unique across the tenancy; validation is case-sensitive" (Managing Topics and Subscriptions);
 * - buckets: "bucket names must be unique within a namespace", one namespace per tenancy (Object Storage Namespaces).
 * The same app code synthesized for a dev and a prod compartment must not collide, so such names carry a short,
 * stable hash of the compartment OCID and the cluster name: `<cluster>-<hash>-<purpose>`.
 */

/** Hex characters of the scope hash (24 bits: a collision needs thousands of clusters in one tenancy). */
export const NAME_SCOPE_HASH_LENGTH = 6;

/**
 * Short stable hash of where a cluster lives (compartment) and what it is called. A compartment that is a Terraform
 * token (e.g. a compartment created in the same stack) is hashed by Terraform itself, with the same result.
 */
export function nameScopeHash(compartmentId: string, clusterName: string): string {
  const input = `${compartmentId}/${clusterName}`;
  // join(), not a template string: cdktf renders a token inside a string argument of a built-in function as
  // "${${TfToken}}" and then warns "escape sequences ... output may be incorrect" once per name although the result
  // is right. join("/", [compartment, name]) hashes the same bytes without the warning.
  if (Token.isUnresolved(input)) return Fn.substr(Fn.sha256(Fn.join('/', [compartmentId, clusterName])), 0, NAME_SCOPE_HASH_LENGTH);
  return createHash('sha256').update(input).digest('hex').slice(0, NAME_SCOPE_HASH_LENGTH);
}

/** `<cluster>-<hash>-<purpose>`: the name of a tenancy-unique (or namespace-unique) resource of a cluster. */
export function tenancyUniqueName(clusterName: string, compartmentId: string, purpose: string): string {
  return `${clusterName}-${nameScopeHash(compartmentId, clusterName)}-${purpose}`;
}

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

/** Kubernetes namespace names are RFC 1123 labels (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names). */
const RFC1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function requireNamespaceName(property: string, name: string): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > 63 || !RFC1123_LABEL.test(name)) {
    throw new HardenedOkeValidationError(property, `"${name}" is not a valid namespace name`,
      'use an RFC 1123 label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit');
  }
}
