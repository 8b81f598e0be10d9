import { Construct } from 'constructs';
import { requireOcid } from '../core/ocid';
import { validateAddonReplicas, validateAddonVersion } from './rules/addon-version';
import { OkeAddon } from './oke-addon';
import { OKE_ADDON } from './oke-addon-names';

/** The certificate manager add-on (the part users write in HardenedCluster's `addons`). */
export interface CertManagerAddonOptions {
  /**
   * Add-on version, as `oci ce addon-option list --kubernetes-version <version> --addon-name CertManager` lists it.
   * @default - Oracle installs the newest version and keeps it updated automatically
   */
  readonly version?: string;
  /**
   * Replicas of the cert-manager deployment.
   * @default 1 (the add-on's documented default)
   */
  readonly replicas?: number;
}

export interface CertManagerAddonProps extends CertManagerAddonOptions {
  /** Cluster the add-on is installed on. */
  readonly clusterId: string;
}

/**
 * cert-manager as an OKE managed add-on ("CertManager"). It needs no OCI IAM: it issues certificates inside the
 * cluster (issuers that call OCI or ACME are configured by the user, with their own credentials).
 */
export class CertManagerAddon extends Construct {
  public readonly addon: OkeAddon;

  constructor(scope: Construct, id: string, props: CertManagerAddonProps) {
    super(scope, id);
    requireOcid('clusterId', props.clusterId, 'cluster');
    validateCertManagerOptions(props, '');
    this.addon = new OkeAddon(this, 'addon', {
      clusterId: props.clusterId,
      addonName: OKE_ADDON.CERT_MANAGER,
      version: props.version,
      configurations: { numOfReplicas: String(props.replicas ?? 1) },
    });
  }
}

export function validateCertManagerOptions(options: CertManagerAddonOptions, prefix: string): void {
  validateAddonReplicas(options.replicas, `${prefix}replicas`);
  validateAddonVersion(options.version, `${prefix}version`);
}
