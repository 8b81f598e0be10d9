import * as path from 'path';
import { emitYamlDocument } from './yaml-emitter';

interface YamlLibrary {
  stringify(value: unknown, options: { keepUndefined: boolean; lineWidth: number; version: '1.1' }): string;
}

let library: YamlLibrary | undefined;

/**
 * The `yaml` package cdk8s bundles (what the manifests were always written with, so the files stay the same),
 * else a direct `yaml` dependency. Loaded on first use: only for values the emitter does not cover.
 */
function yamlLibrary(): YamlLibrary {
  if (library) return library;
  const attempts = [
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- cdk8s (a peer dependency) bundles yaml; resolved from its folder
    () => require(require.resolve('yaml', { paths: [path.dirname(require.resolve('cdk8s/package.json'))] })),
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- fallback: a direct dependency
    () => require('yaml'),
  ];
  for (const attempt of attempts) {
    try {
      library = attempt() as YamlLibrary;
      return library;
    } catch {
      // try the next location
    }
  }
  throw new Error('writing Kubernetes YAML needs the "yaml" package (bundled with the cdk8s peer dependency); install cdk8s');
}

/**
 * One YAML document, formatted as cdk8s's `Yaml.stringify` formats it (YAML 1.1, no line wrapping): written by
 * the library's emitter when it covers the value (manifests and Helm values do), else by `yaml` itself.
 */
export function yamlDocument(value: unknown): string {
  return emitYamlDocument(value) ?? yamlPackageDocument(value);
}

/** The same document written by the `yaml` package (the reference the emitter is tested against). */
export function yamlPackageDocument(value: unknown): string {
  return yamlLibrary().stringify(value, { keepUndefined: true, lineWidth: 0, version: '1.1' });
}
