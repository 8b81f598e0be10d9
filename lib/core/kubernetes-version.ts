import { Token } from 'cdktf';
import * as OKE_VERSIONS from './data/oke-kubernetes-versions.json';
import { HardenedOkeValidationError } from './errors';

/**
 * The Kubernetes versions OKE offers for new clusters, oldest first, as read on {@link OKE_VERSIONS_READ_ON} from
 * the source in lib/core/data/oke-kubernetes-versions.json (Oracle's "Supported Versions of Kubernetes").
 * Refresh with `node scripts/refresh-oke-versions.js` (see the README) when Oracle releases a version.
 */
export const OKE_KUBERNETES_VERSIONS: readonly string[] = OKE_VERSIONS.versions;
export const OKE_VERSIONS_READ_ON: string = OKE_VERSIONS.readOn;

/** The Kubernetes minor versions OKE offers, newest last (OKE supports the three newest minors). */
export const OKE_SUPPORTED_MINORS: readonly string[] = [...new Set(OKE_KUBERNETES_VERSIONS.map((v) => v.slice(1).split('.').slice(0, 2).join('.')))];

/** The lowest version the library accepts: the oldest version OKE still offers. */
export const MINIMUM_KUBERNETES_VERSION = OKE_KUBERNETES_VERSIONS[0];
/** The highest version the library accepts: the newest version OKE offered when the data file was read. */
export const NEWEST_KUBERNETES_VERSION = OKE_KUBERNETES_VERSIONS[OKE_KUBERNETES_VERSIONS.length - 1];

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

/**
 * Throws unless `version` looks like `v1.33.1` and lies between {@link MINIMUM_KUBERNETES_VERSION} and
 * {@link NEWEST_KUBERNETES_VERSION}: OKE refuses versions it does not offer at apply time, long after synth.
 */
export function requireSupportedKubernetesVersion(property: string, version: string): KubernetesVersion {
  if (typeof version === 'string' && Token.isUnresolved(version)) {
    throw new HardenedOkeValidationError(property, 'must be known at synth (it is a Terraform token)', `pass the version as a plain string, e.g. ${NEWEST_KUBERNETES_VERSION}`);
  }
  const parsed = typeof version === 'string' ? parseKubernetesVersion(version) : undefined;
  if (!parsed) {
    throw new HardenedOkeValidationError(property, `"${version}" is not a Kubernetes version`,
      `use the form vMAJOR.MINOR.PATCH as OKE lists it, e.g. ${NEWEST_KUBERNETES_VERSION}`);
  }
  const minimum = parseKubernetesVersion(MINIMUM_KUBERNETES_VERSION)!;
  if (compareKubernetesVersions(parsed, minimum) < 0) {
    throw new HardenedOkeValidationError(property, `${version} is older than ${MINIMUM_KUBERNETES_VERSION}, the oldest version OKE still supports`,
      `choose one of the supported minors ${OKE_SUPPORTED_MINORS.map((m) => 'v' + m).join(', ')}`);
  }
  if (compareKubernetesVersions(parsed, parseKubernetesVersion(NEWEST_KUBERNETES_VERSION)!) > 0) {
    throw new HardenedOkeValidationError(property, `${version} is newer than ${NEWEST_KUBERNETES_VERSION}, the newest version OKE offered when the library's version list was read (${OKE_VERSIONS_READ_ON})`,
      `choose one of ${OKE_KUBERNETES_VERSIONS.join(', ')}; if OKE has released ${version} since, refresh lib/core/data/oke-kubernetes-versions.json (node scripts/refresh-oke-versions.js, see the README) or upgrade the library`);
  }
  return parsed;
}

/** Minor version string, e.g. `1.33`, of a `v1.33.1` version. */
export function minorOf(version: string): string {
  const parsed = parseKubernetesVersion(version);
  return parsed ? `${parsed.major}.${parsed.minor}` : version;
}

/** Dates of one Kubernetes minor (ISO dates; undefined where Oracle's page, as read, does not give one). */
export interface KubernetesMinorDates {
  readonly upstreamRelease?: string;
  readonly upstreamEndOfLife?: string;
  readonly okeRelease?: string;
  readonly okeEndOfSupport?: string;
}

/** How old a cluster's Kubernetes version is, judged against the dated table as of the day it was read. */
export interface KubernetesVersionAge extends KubernetesMinorDates {
  readonly version: string;
  readonly minor: string;
  /** The table's reading date: the judgement is deterministic (no wall clock). */
  readonly asOf: string;
  /** OKE offers this exact version. */
  readonly supported: boolean;
  /** Support end of this exact version, from Oracle's "Previously Supported Kubernetes Versions". */
  readonly supportEnded?: string;
  /** Supported minors newer than this one (0 = newest). */
  readonly minorsBehind: number;
  /**
   * A quarterly cadence is not kept: the minor is the oldest OKE supports, the next to lose support "30 days after"
   * OKE releases the next minor (Oracle "Supported Versions of Kubernetes"), which can happen within a quarter.
   */
  readonly behindCadence: boolean;
}

type DatedTable = { minors?: Record<string, Record<string, string | null>>; endedSupport?: Record<string, string> };
const DATED = OKE_VERSIONS as unknown as DatedTable;

/** The dated entry of a minor (`1.33`), without nulls. */
export function kubernetesMinorDates(minor: string): KubernetesMinorDates {
  const row = DATED.minors?.[minor] ?? {};
  return Object.fromEntries(Object.entries(row).filter(([, v]) => typeof v === 'string')) as KubernetesMinorDates;
}

/** The age of `version` (e.g. `v1.33.1`) against lib/core/data/oke-kubernetes-versions.json. */
export function kubernetesVersionAge(version: string): KubernetesVersionAge {
  const minor = minorOf(version);
  const index = OKE_SUPPORTED_MINORS.indexOf(minor);
  const parsed = parseKubernetesVersion(version);
  const oldest = parseKubernetesVersion(`v${OKE_SUPPORTED_MINORS[0]}.0`)!;
  const minorsBehind = index >= 0 ? OKE_SUPPORTED_MINORS.length - 1 - index
    : parsed && compareKubernetesVersions(parsed, oldest) < 0 ? OKE_SUPPORTED_MINORS.length + (oldest.minor - parsed.minor) - 1 : 0;
  const supported = OKE_KUBERNETES_VERSIONS.includes(version);
  return {
    version, minor, asOf: OKE_VERSIONS_READ_ON, supported, minorsBehind,
    supportEnded: DATED.endedSupport?.[version],
    behindCadence: minorsBehind >= 2,
    ...kubernetesMinorDates(minor),
  };
}
