import { metricDefinition, metricNamespace } from './metric-table';
import { parseMql } from './mql';

export type MetricQueryVerdict =
  | { readonly status: 'ok' }
  /** The namespace is not one the table documents (a user's custom metrics): nothing to judge. */
  | { readonly status: 'unknown-namespace' }
  | { readonly status: 'invalid'; readonly problems: readonly string[] };

/**
 * Judges an alarm query against the metric table: the metric exists in the namespace, every filtered or grouped
 * dimension is one the metric has, and a filter on a dimension with documented values uses one of them. A query
 * whose filters can never match a stream can never fire.
 */
export function checkMetricQuery(namespace: string, query: string): MetricQueryVerdict {
  const ns = metricNamespace(namespace);
  if (!ns) return { status: 'unknown-namespace' };
  const parsed = parseMql(query);
  if ('error' in parsed) return { status: 'invalid', problems: [`query ${parsed.error}`] };
  const q = parsed.query;
  const metric = metricDefinition(namespace, q.metric);
  if (!metric) {
    return { status: 'invalid', problems: [`${namespace} has no metric ${q.metric} (it has ${ns.metrics.map((m) => m.name).join(', ')})`] };
  }
  const problems: string[] = [];
  const names = metric.dimensions.map((x) => x.name);
  for (const dim of [...q.filters.map((f) => f.name), ...q.groupBy]) {
    if (!names.includes(dim)) problems.push(`${q.metric} has no dimension ${dim} (it has ${names.join(', ')})`);
  }
  for (const f of q.filters) {
    const values = metric.dimensions.find((x) => x.name === f.name)?.values;
    if (values && f.operator === '=' && !f.value.includes('${') && !values.includes(f.value)) {
      problems.push(`${q.metric} dimension ${f.name} never takes the value "${f.value}" (it takes ${values.join(', ')})`);
    }
  }
  return problems.length === 0 ? { status: 'ok' } : { status: 'invalid', problems };
}
