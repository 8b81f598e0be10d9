import { stringify } from 'yaml';

/**
 * One YAML document, formatted as cdk8s's `Yaml.stringify` formats it: YAML 1.1 (what Kubernetes' YAML reader,
 * sigs.k8s.io/yaml over go-yaml, resolves `on`/`yes`/`010` with, so such strings are quoted), no line wrapping,
 * `undefined` values kept as empty. Written by the `yaml` package, a bundled dependency (the one cdk8s uses).
 * @see https://eemeli.org/yaml/#tostring-options
 */
export function yamlDocument(value: unknown): string {
  return stringify(value, { keepUndefined: true, lineWidth: 0, version: '1.1' });
}
