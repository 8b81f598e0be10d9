import { HardenedOkeValidationError } from '../../core/errors';
import { parseKubernetesVersion } from '../../core/kubernetes-version';
import * as ADDON_VERSIONS from '../../core/data/oke-addon-versions.json';

/** Add-on versions as `oci ce addon-option list` prints them, e.g. v1.33.0-1 (a semantic version, optional suffix). */
const ADDON_VERSION = /^v?\d+\.\d+\.\d+([-+.][A-Za-z0-9.]+)*$/;

/** The date the pinned add-on versions were read from Oracle's "Cluster Add-on Supported Versions". */
export const ADDON_VERSIONS_READ_ON: string = ADDON_VERSIONS.readOn;

/**
 * The version the library pins for an add-on on a Kubernetes minor (`1.33`): the latest Oracle lists for that
 * minor in "Cluster Add-on Supported Versions" (lib/core/data/oke-addon-versions.json), or undefined.
 */
export function pinnedAddonVersion(addonName: string, kubernetesMinor: string): string | undefined {
  const byMinor = (ADDON_VERSIONS.addons as Record<string, Record<string, string>>)[addonName];
  return byMinor?.[kubernetesMinor];
}

export function validateAddonVersion(version: string | undefined, property: string): void {
  if (version !== undefined && (typeof version !== 'string' || !ADDON_VERSION.test(version))) {
    throw new HardenedOkeValidationError(property, `"${version}" is not an add-on version`,
      'use a version `oci ce addon-option list --kubernetes-version <version>` prints, or leave it out (the library then pins the version it lists for the cluster\'s Kubernetes minor)');
  }
}

/** How a typed add-on chooses its version (the options users write, plus the cluster's Kubernetes version). */
export interface AddonVersionChoice {
  readonly version?: string;
  readonly autoUpdate?: boolean;
  readonly kubernetesVersion?: string;
}

/**
 * The version to install: `version` when given, none with `autoUpdate` (Oracle then keeps the newest), else the
 * pinned version for the cluster's Kubernetes minor. `prefix` is the property path, e.g. `addons.certManager.`.
 */
export function resolveAddonVersion(addonName: string, choice: AddonVersionChoice, prefix: string): string | undefined {
  if (choice.autoUpdate !== undefined && typeof choice.autoUpdate !== 'boolean') {
    throw new HardenedOkeValidationError(`${prefix}autoUpdate`, `${JSON.stringify(choice.autoUpdate)} is not a boolean`, 'use true or false');
  }
  if (choice.autoUpdate && choice.version !== undefined) {
    throw new HardenedOkeValidationError(`${prefix}autoUpdate`, 'cannot be combined with a pinned version', 'remove version to let Oracle update the add-on, or autoUpdate to keep the pinned version');
  }
  if (choice.autoUpdate) return undefined;
  if (choice.version !== undefined) {
    validateAddonVersion(choice.version, `${prefix}version`);
    return choice.version;
  }
  const parsed = typeof choice.kubernetesVersion === 'string' ? parseKubernetesVersion(choice.kubernetesVersion) : undefined;
  if (!parsed) {
    throw new HardenedOkeValidationError(`${prefix}version`, choice.kubernetesVersion === undefined
      ? 'is not set and there is no Kubernetes version to pin one for'
      : `cannot be pinned: "${choice.kubernetesVersion}" is not a Kubernetes version (vMAJOR.MINOR.PATCH)`,
    'set kubernetesVersion to the cluster\'s version, version to one `oci ce addon-option list` prints, or autoUpdate: true');
  }
  const minor = `${parsed.major}.${parsed.minor}`;
  const pinned = pinnedAddonVersion(addonName, minor);
  if (!pinned) {
    const known = Object.keys((ADDON_VERSIONS.addons as Record<string, Record<string, string>>)[addonName] ?? {});
    throw new HardenedOkeValidationError(`${prefix}version`, `the library lists no ${addonName} version for Kubernetes ${minor} (it lists ${known.join(', ')}, read ${ADDON_VERSIONS_READ_ON})`,
      `set version to one \`oci ce addon-option list --kubernetes-version ${choice.kubernetesVersion} --addon-name ${addonName}\` prints, or autoUpdate: true`);
  }
  return pinned;
}

/** Replicas of an add-on deployment (`numOfReplicas`). */
export function validateAddonReplicas(replicas: number | undefined, property: string): void {
  if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 1 || replicas > 5)) {
    throw new HardenedOkeValidationError(property, `${replicas} is outside 1 to 5`, 'use 1 (the add-on\'s default) to 5 replicas');
  }
}
