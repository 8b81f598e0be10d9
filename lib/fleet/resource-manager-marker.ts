/**
 * What the fleet command needs to know about an ORM stack, recorded in its synthesized JSON under the `//` comment
 * key (which Terraform ignores): the cluster, the stack's role, region and compartment, and which Terraform
 * variables take the OCID of which other stack.
 */
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { REGION_MARKER_KEY } from '../core/region-marker';

export const RESOURCE_MANAGER_MARKER_FIELD = 'resource_manager';

/** The record under `//.hardened-oke.resource_manager`. */
export interface ResourceManagerMarker {
  readonly cluster?: string;
  readonly role?: 'infrastructure' | 'kubernetes';
  readonly region?: string;
  readonly compartmentId?: string;
  /** Terraform variable name → name of the stack whose OCID it takes. */
  readonly stackVariables?: Record<string, string>;
}

const markers = new WeakMap<TerraformStack, Record<string, unknown>>();

/** Merges `marker` into the stack's record. */
export function markResourceManagerStack(scope: IConstruct, marker: ResourceManagerMarker): void {
  const stack = TerraformStack.of(scope);
  const current = markers.get(stack) ?? {};
  const next: Record<string, unknown> = { ...current };
  if (marker.cluster !== undefined) next.cluster = marker.cluster;
  if (marker.role !== undefined) next.role = marker.role;
  if (marker.region !== undefined) next.region = marker.region;
  if (marker.compartmentId !== undefined) next.compartment_id = marker.compartmentId;
  if (marker.stackVariables) next.stack_variables = { ...(current.stack_variables as object ?? {}), ...marker.stackVariables };
  markers.set(stack, next);
  stack.addOverride(`//.${REGION_MARKER_KEY}.${RESOURCE_MANAGER_MARKER_FIELD}`, next);
}

/** True once the stack of `scope` is marked as an ORM stack. */
export function isResourceManagerStack(scope: IConstruct): boolean {
  return markers.has(TerraformStack.of(scope));
}

/** Terraform variable holding the OCID of the ORM stack `stackName` (letters, digits, underscores). */
export function stackIdVariableName(stackName: string): string {
  return `${stackName.replace(/[^A-Za-z0-9_]/g, '_')}_stack_id`;
}

/** Reads the record from a synthesized stack's JSON. */
export function readResourceManagerMarker(json: any): ResourceManagerMarker | undefined {
  const m = json?.['//']?.[REGION_MARKER_KEY]?.[RESOURCE_MANAGER_MARKER_FIELD];
  if (!m || typeof m !== 'object') return undefined;
  return { cluster: m.cluster, role: m.role, region: m.region, compartmentId: m.compartment_id, stackVariables: m.stack_variables ?? {} };
}
