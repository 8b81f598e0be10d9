import { HardenedOkeValidationError } from '../../core/errors';

/** Add-on versions as `oci ce addon-option list` prints them, e.g. v1.33.0-1 (a semantic version, optional suffix). */
const ADDON_VERSION = /^v?\d+\.\d+\.\d+([-+.][A-Za-z0-9.]+)*$/;

export function validateAddonVersion(version: string | undefined, property: string): void {
  if (version !== undefined && (typeof version !== 'string' || !ADDON_VERSION.test(version))) {
    throw new HardenedOkeValidationError(property, `"${version}" is not an add-on version`,
      'use a version `oci ce addon-option list --kubernetes-version <version>` prints, or leave it out (Oracle then keeps the newest installed)');
  }
}

/** Replicas of an add-on deployment (`numOfReplicas`). */
export function validateAddonReplicas(replicas: number | undefined, property: string): void {
  if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 1 || replicas > 5)) {
    throw new HardenedOkeValidationError(property, `${replicas} is outside 1 to 5`, 'use 1 (the add-on\'s default) to 5 replicas');
  }
}
