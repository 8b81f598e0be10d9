import { HardenedOkeValidationError } from '../core/errors';
import { yamlDocument } from './private/yaml-document';
import type { HelmReleaseSpec } from './kubernetes-baseline';

/** A Helm chart added to a cluster with `addHelmChart`, pinned to one exact version. */
export interface HelmChartOptions {
  /** Chart name in the repository, e.g. `podinfo`. */
  readonly chart: string;
  /** Chart repository: an `https://` URL or an `oci://` registry (e.g. `oci://fra.ocir.io/<namespace>/charts`). */
  readonly repository: string;
  /** Exact chart version (semantic version, no range), e.g. `6.7.1`: the same chart on every apply. */
  readonly version: string;
  /** Application namespace the release installs into (declared on the cluster, so Pod Security `restricted` applies). */
  readonly releaseNamespace: string;
  /**
   * Release name.
   * @default - the id given to addHelmChart
   */
  readonly releaseName?: string;
  /**
   * Chart values, as an object (written as one YAML document).
   * @default - the chart's defaults
   */
  readonly values?: { [key: string]: any };
}

/** Semantic Versioning 2.0.0 ("semver.org"): MAJOR.MINOR.PATCH with optional pre-release and build; no ranges. */
const EXACT_SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
const RELEASE_NAME = /^[a-z0-9]([a-z0-9-]{0,51}[a-z0-9])?$/;

/**
 * Validates the options at synth and returns the release the config stack installs.
 * @internal ClusterConfigStack's helper, not API (not exported by the package).
 */
export function helmReleaseSpec(id: string, o: HelmChartOptions, namespaces: readonly string[]): HelmReleaseSpec {
  const p = `addHelmChart(${id})`;
  if (!o || typeof o !== 'object') throw new HardenedOkeValidationError(p, 'has no options', 'pass chart, repository, version and releaseNamespace');
  const name = o.releaseName ?? id;
  // Helm release names are DNS-1123 labels of at most 53 characters (Helm "helm install").
  if (!RELEASE_NAME.test(name)) {
    throw new HardenedOkeValidationError(`${p}.releaseName`, `"${name}" is not a Helm release name`, 'use lowercase letters, digits and dashes, at most 53 characters');
  }
  if (typeof o.chart !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/.test(o.chart)) {
    throw new HardenedOkeValidationError(`${p}.chart`, `"${o.chart}" is not a chart name`, 'give the chart name in its repository, e.g. "podinfo"');
  }
  if (typeof o.repository !== 'string' || !/^(https|oci):\/\/[^\s]+$/.test(o.repository)) {
    throw new HardenedOkeValidationError(`${p}.repository`, `"${o.repository}" is not an https:// or oci:// repository`, 'use the chart repository URL over TLS, e.g. https://stefanprodan.github.io/podinfo');
  }
  if (typeof o.version !== 'string' || !EXACT_SEMVER.test(o.version)) {
    throw new HardenedOkeValidationError(`${p}.version`, `"${o.version}" is not an exact chart version`, 'pin one version, e.g. "6.7.1" (no ranges such as ^6 or ~6.7, no "latest")');
  }
  if (!namespaces.includes(o.releaseNamespace)) {
    throw new HardenedOkeValidationError(`${p}.releaseNamespace`, `"${o.releaseNamespace}" is not an application namespace of this cluster`,
      `install into one of ${namespaces.length ? namespaces.join(', ') : '(none yet)'}, or add the namespace first with addApplicationNamespace`);
  }
  if (o.values !== undefined && (typeof o.values !== 'object' || o.values === null || Array.isArray(o.values))) {
    throw new HardenedOkeValidationError(`${p}.values`, 'is not an object', 'pass the chart values as an object, e.g. { replicaCount: 2 }');
  }
  return { name, chart: o.chart, repository: o.repository, version: o.version, releaseNamespace: o.releaseNamespace, valuesYaml: yamlDocument(o.values ?? {}) };
}
