/**
 * The metric namespaces, metrics and dimensions the library's alarms query, and that the compliance catalog
 * checks every `oci_monitoring_alarm` query against. One owner: constructs and catalog both read this table.
 *
 * Source of every entry: Oracle, "Kubernetes Engine (OKE) Metrics" (formerly "Container Engine for Kubernetes
 * Metrics"), section "Available Metrics: oci_oke" — the metric table's Dimensions column and the dimension list
 * above it (values of nodeState and nodeCondition are the examples that list gives).
 */

/** One documented dimension; `values` when the page lists the values it takes. */
export interface MetricDimension {
  readonly name: string;
  readonly values?: readonly string[];
}

export interface MetricDefinition {
  readonly name: string;
  readonly dimensions: readonly MetricDimension[];
  /** Page title the entry was read from. */
  readonly source: string;
}

export interface MetricNamespace {
  readonly namespace: string;
  readonly metrics: readonly MetricDefinition[];
}

const OKE_PAGE = 'Kubernetes Engine (OKE) Metrics';

/** "NODESTATE: The state of the compute instance hosting the worker node." */
export const NODE_STATES: readonly string[] = ['ACTIVE', 'CREATING', 'DELETING', 'DELETED', 'FAILED', 'UPDATING', 'INACTIVE'];
/** "NODECONDITION: The condition of the worker node, as indicated by the Kubernetes API server." */
export const NODE_CONDITIONS: readonly string[] = ['Ready', 'MemoryPressure', 'PIDPressure', 'DiskPressure', 'NetworkUnavailable'];

const d = (name: string, values?: readonly string[]): MetricDimension => ({ name, values });
const RESOURCE = [d('resourceId'), d('resourceDisplayName')];

/** Namespace of the OKE service metrics. */
export const OKE_METRIC_NAMESPACE = 'oci_oke';

export const METRIC_NAMESPACES: readonly MetricNamespace[] = [
  {
    namespace: OKE_METRIC_NAMESPACE,
    metrics: [
      { name: 'APIServerRequestCount', dimensions: RESOURCE, source: OKE_PAGE },
      { name: 'APIServerResponseCount', dimensions: [...RESOURCE, d('responseCode'), d('responseGroup')], source: OKE_PAGE },
      // Cluster-level: resourceId is the cluster OCID; there is no clusterId dimension.
      { name: 'UnschedulablePods', dimensions: RESOURCE, source: OKE_PAGE },
      {
        name: 'NodeState',
        dimensions: [...RESOURCE, d('clusterId'), d('nodepoolId'), d('nodeState', NODE_STATES), d('nodeCondition', NODE_CONDITIONS), d('availabilityDomain'), d('faultDomain')],
        source: OKE_PAGE,
      },
      { name: 'KubernetesNodeCondition', dimensions: [...RESOURCE, d('clusterId'), d('nodepoolId'), d('nodeCondition', NODE_CONDITIONS)], source: OKE_PAGE },
    ],
  },
];

export function metricNamespace(namespace: string): MetricNamespace | undefined {
  return METRIC_NAMESPACES.find((n) => n.namespace === namespace);
}

export function metricDefinition(namespace: string, metric: string): MetricDefinition | undefined {
  return metricNamespace(namespace)?.metrics.find((m) => m.name === metric);
}
