import { createHash } from 'crypto';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { HardenedOkeValidationError } from './errors';
import { ContainerengineClusterWorkloadMapping } from '../generated/providers/oci/containerengine-cluster-workload-mapping';

/**
 * The workload mapping OKE needs before pods of `namespace` can use OCI resources of another compartment through
 * workload identity: Oracle "Granting Workloads Access to OCI Resources", "... in a Different Compartment", step 6
 * (`oci ce workload-mapping create --namespace <ns> --mapped-compartment-id <compartment-two> --cluster-id <cluster>`),
 * besides the policy attached in that compartment (step 7). Whoever applies needs `manage cluster-workload-mappings`
 * in the cluster's compartment and `{CLUSTER_WORKLOAD_COMPARTMENT_BIND,CLUSTER_WORKLOAD_COMPARTMENT_UNBIND}` in the
 * other one (step 5; README "Workload identity").
 *
 * One mapping per cluster, namespace and compartment in a stack: the workload identity and the Vault secrets of a
 * namespace share it (a second mapping of the same namespace to the same compartment would be a duplicate).
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contenggrantingworkloadaccesstoresources.htm
 */
export function workloadMapping(scope: IConstruct, clusterId: string, namespace: string, compartmentId: string,
  freeformTags: Record<string, string>): ContainerengineClusterWorkloadMapping {
  const stack = TerraformStack.of(scope);
  let mappings = MAPPINGS.get(stack);
  if (!mappings) MAPPINGS.set(stack, mappings = new Map());
  // Token strings of the same reference are equal within one synth, so the key is stable for the same cluster.
  const key = createHash('sha256').update(`${clusterId}\n${namespace}\n${compartmentId}`).digest('hex').slice(0, 8);
  const existing = mappings.get(key);
  if (existing) return existing;
  // Oracle shows one mapping per namespace (the provider updates mapped_compartment_id in place), so a namespace is
  // mapped to one other compartment until a second mapping is known to work.
  const other = [...mappings.values()].find((m) => m.clusterIdInput === clusterId && m.namespaceInput === namespace);
  if (other) {
    throw new HardenedOkeValidationError('compartmentId', `namespace ${namespace} is already mapped to compartment ${other.mappedCompartmentIdInput}; a second workload mapping to ${compartmentId} is not documented to work`,
      'grant this namespace\'s workloads in one other compartment (or the cluster\'s), or move the workloads that need the second compartment to a namespace of their own');
  }
  // A child of the construct that first needs it, so the cluster's `tags` (applied to its subtree) reach it.
  const mapping = new ContainerengineClusterWorkloadMapping(scope, `workload-mapping-${namespace}-${key}`, {
    clusterId, namespace, mappedCompartmentId: compartmentId, freeformTags,
  });
  mappings.set(key, mapping);
  return mapping;
}

const MAPPINGS = new WeakMap<TerraformStack, Map<string, ContainerengineClusterWorkloadMapping>>();
