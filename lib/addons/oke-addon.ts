import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { ContainerengineAddon } from '../generated/providers/oci/containerengine-addon';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { ESSENTIAL_ADDONS } from './oke-addon-names';
import { validateAddonVersion } from './private/addon-version';
import { compareStrings } from '../core/ordering';

export interface OkeAddonProps {
  /** Cluster the add-on is installed on (an enhanced cluster: only those have managed add-ons). */
  readonly clusterId: string;
  /** Add-on name as OKE spells it, e.g. `ClusterAutoscaler` or `CertManager` (see OKE_ADDON). */
  readonly addonName: string;
  /**
   * Add-on version, as `oci ce addon-option list --kubernetes-version <version>` lists it. Pin it for repeatable
   * clusters and change it deliberately.
   * @default - Oracle installs the newest version and keeps it updated automatically ("Updating Add-on Versions")
   */
  readonly version?: string;
  /**
   * Configuration arguments, as "Cluster Add-on Configuration Arguments" documents them for the add-on.
   * @default - the add-on's defaults
   */
  readonly configurations?: Record<string, string>;
}

/** API limits of an add-on configuration key and value (InstallAddonDetails.AddonConfiguration: 1 to 255 characters). */
const MAX_CONFIGURATION_LENGTH = 255;

/**
 * An OKE managed add-on (`oci_containerengine_addon`). Optional add-ons are removed from the cluster with the
 * resource; essential add-ons (CoreDNS, kube-proxy, the CNI plugin) are only configured and never removed.
 */
export class OkeAddon extends Construct {
  public readonly resource: ContainerengineAddon;
  /** Whether this is one of OKE's essential add-ons. */
  public readonly essential: boolean;

  constructor(scope: Construct, id: string, props: OkeAddonProps) {
    super(scope, id);
    requireOcid('clusterId', props.clusterId, 'cluster');
    if (typeof props.addonName !== 'string' || !/^[A-Za-z][A-Za-z0-9-]*$/.test(props.addonName)) {
      throw new HardenedOkeValidationError('addonName', `"${props.addonName}" is not an OKE add-on name`, 'use a name `oci ce addon-option list` prints, e.g. ClusterAutoscaler or CertManager');
    }
    validateAddonVersion(props.version, 'version');
    const entries = Object.entries(props.configurations ?? {}).sort(([a], [b]) => compareStrings(a, b));
    for (const [key, value] of entries) {
      if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(key) || key.length > MAX_CONFIGURATION_LENGTH) {
        throw new HardenedOkeValidationError(`configurations.${key}`, 'is not an add-on configuration key', 'use a key listed for the add-on in "Cluster Add-on Configuration Arguments"');
      }
      if (typeof value !== 'string' || value === '' || (!Token.isUnresolved(value) && value.length > MAX_CONFIGURATION_LENGTH)) {
        throw new HardenedOkeValidationError(`configurations.${key}`, 'must be a string of 1 to 255 characters', 'shorten the value (OKE\'s limit for configuration values)');
      }
    }
    this.essential = ESSENTIAL_ADDONS.includes(props.addonName);
    this.resource = new ContainerengineAddon(this, 'addon', {
      clusterId: props.clusterId,
      addonName: props.addonName,
      version: props.version,
      configurations: entries.length > 0 ? entries.map(([key, value]) => ({ key, value })) : undefined,
      // Essential add-ons exist from cluster creation: take them over to configure them, and leave them in place
      // when the resource goes (removing CoreDNS or the CNI would break the cluster).
      overrideExisting: this.essential ? true : undefined,
      removeAddonResourcesOnDelete: !this.essential,
    });
  }
}
