import { IConstruct } from 'constructs';
import { TerraformResource } from 'cdktf';
import { HardenedOkeValidationError } from './errors';
import { TAG_CLUSTER, TAG_COMPONENT, TAG_MANAGED_BY } from './tags';

/**
 * Nested freeform tags that tag what OCI creates on the resource's behalf: the nodes of a pool, and the block
 * volumes and load balancers the cluster's CSI driver and cloud controller create.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengtaggingclusterresources.htm
 */
const NESTED_TAG_PATHS: Record<string, string[]> = {
  oci_containerengine_node_pool: ['node_config_details.freeform_tags'],
  oci_containerengine_cluster: ['options.persistent_volume_config.freeform_tags', 'options.service_lb_config.freeform_tags'],
};

const RESERVED = [TAG_MANAGED_BY, TAG_CLUSTER, TAG_COMPONENT];

/** Checks the `tags` prop: keys the library's own tags use stay the library's; a key may not hold a period. */
export function validateClusterTags(property: string, tags: { [key: string]: string } | undefined): void {
  for (const [key, value] of Object.entries(tags ?? {})) {
    if (RESERVED.includes(key)) {
      throw new HardenedOkeValidationError(`${property}.${key}`, 'is a tag key the library sets itself (owners and controls find resources by it)', `use another key than ${RESERVED.join(', ')}`);
    }
    if (key.length === 0 || key.length > 100 || /[.\s]/.test(key)) {
      throw new HardenedOkeValidationError(`${property}.${key}`, 'is not a usable freeform tag key', 'use 1 to 100 characters without periods or spaces');
    }
    if (typeof value !== 'string' || value.length > 256) {
      throw new HardenedOkeValidationError(`${property}.${key}`, 'is not a freeform tag value of at most 256 characters', 'give a shorter string value');
    }
  }
}

/**
 * Puts `tags` on every resource under `scope` whose schema has `freeform_tags` (the generated binding has a
 * `freeformTags` attribute), merged into the tags the construct set: the library's keys are reserved, so they
 * cannot be overwritten. Done by walking the tree rather than with a cdktf Aspect: cdktf invokes a stack's aspects
 * when that stack synthesizes, so with any Aspect in the App the compliance check must evaluate every stack again at
 * the end (AppCompliance in lib/compliance/hardening-compliance.ts). Idempotent, so a method that adds resources
 * later calls it again.
 */
export function applyClusterTags(scope: IConstruct, tags: { [key: string]: string } | undefined): void {
  const entries = Object.entries(tags ?? {});
  if (entries.length === 0) return;
  for (const node of scope.node.findAll()) {
    if (!(node instanceof TerraformResource) || !('freeformTags' in node)) continue;
    const paths = ['freeform_tags', ...(NESTED_TAG_PATHS[node.terraformResourceType] ?? [])];
    for (const path of paths) for (const [key, value] of entries) node.addOverride(`${path}.${key}`, value);
  }
}
