import { HardenedOkeValidationError } from './errors';

/**
 * The Kubernetes minor versions OKE offers, newest last. OKE supports the three newest minors; clusters on
 * older minors stop receiving patches and node images. Update this list when Oracle releases a minor
 * (see "Supported Versions of Kubernetes" in the OKE documentation) and note it in the changelog.
 */
export const OKE_SUPPORTED_MINORS: readonly string[] = ['1.32', '1.33', '1.34'];

/** The lowest version the library accepts: the first patch of the oldest supported minor. */
export const MINIMUM_KUBERNETES_VERSION = `v${OKE_SUPPORTED_MINORS[0]}.1`;

export interface KubernetesVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

const VERSION_PATTERN = /^v(\d+)\.(\d+)\.(\d+)$/;

export function parseKubernetesVersion(version: string): KubernetesVersion | undefined {
  const m = VERSION_PATTERN.exec(version);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}

export function compareKubernetesVersions(a: KubernetesVersion, b: KubernetesVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** Throws unless `version` looks like `v1.33.1` and is not older than {@link MINIMUM_KUBERNETES_VERSION}. */
export function requireSupportedKubernetesVersion(property: string, version: string): KubernetesVersion {
  const parsed = parseKubernetesVersion(version);
  if (!parsed) {
    throw new HardenedOkeValidationError(property, `"${version}" is not a Kubernetes version`,
      `use the form vMAJOR.MINOR.PATCH as OKE lists it, e.g. v${OKE_SUPPORTED_MINORS[OKE_SUPPORTED_MINORS.length - 1]}.1`);
  }
  const minimum = parseKubernetesVersion(MINIMUM_KUBERNETES_VERSION)!;
  if (compareKubernetesVersions(parsed, minimum) < 0) {
    throw new HardenedOkeValidationError(property, `${version} is older than ${MINIMUM_KUBERNETES_VERSION}, the oldest version OKE still supports`,
      `choose one of the supported minors ${OKE_SUPPORTED_MINORS.map((m) => 'v' + m).join(', ')}`);
  }
  return parsed;
}

/** Minor version string, e.g. `1.33`, of a `v1.33.1` version. */
export function minorOf(version: string): string {
  const parsed = parseKubernetesVersion(version);
  return parsed ? `${parsed.major}.${parsed.minor}` : version;
}
