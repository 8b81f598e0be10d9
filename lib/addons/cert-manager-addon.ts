import { Construct } from 'constructs';
import { requireOcid } from '../core/ocid';
import { resolveAddonVersion, validateAddonReplicas } from './private/addon-version';
import { OkeAddon } from './oke-addon';
import { OKE_ADDON } from './oke-addon-names';

/** The certificate manager add-on (the part users write in HardenedCluster's `addons`). */
export interface CertManagerAddonOptions {
  /**
   * Add-on version, as `oci ce addon-option list --kubernetes-version <version> --addon-name CertManager` lists it.
   * @default - the version the library pins for the cluster's Kubernetes minor (lib/core/data/oke-addon-versions.json,
   * from Oracle's "Cluster Add-on Supported Versions"), e.g. v1.17.1
   */
  readonly version?: string;
  /**
   * Install no pinned version: Oracle installs the newest one and updates it automatically.
   * @default false
   */
  readonly autoUpdate?: boolean;
  /**
   * Replicas of the cert-manager deployment.
   * @default 1 (the add-on's documented default)
   */
  readonly replicas?: number;
}

export interface CertManagerAddonProps extends CertManagerAddonOptions {
  /** Cluster the add-on is installed on. */
  readonly clusterId: string;
  /**
   * Kubernetes version of the cluster (e.g. `v1.33.1`): selects the pinned add-on version when `version` is not set.
   * @default - none: then `version` or `autoUpdate` must be set
   */
  readonly kubernetesVersion?: string;
}

/**
 * cert-manager as an OKE managed add-on ("CertManager"). It needs no OCI IAM: it issues certificates inside the
 * cluster (issuers that call OCI or ACME are configured by the user, with their own credentials).
 */
export class CertManagerAddon extends Construct {
  public readonly addon: OkeAddon;
  /** The add-on version installed (pinned), or undefined with `autoUpdate`. */
  public readonly version?: string;

  constructor(scope: Construct, id: string, props: CertManagerAddonProps) {
    super(scope, id);
    requireOcid('clusterId', props.clusterId, 'cluster');
    this.version = validateCertManagerOptions(props, '', props.kubernetesVersion);
    this.addon = new OkeAddon(this, 'addon', {
      clusterId: props.clusterId,
      addonName: OKE_ADDON.CERT_MANAGER,
      version: this.version,
      configurations: { numOfReplicas: String(props.replicas ?? 1) },
    });
  }
}

/**
 * Validates the user-facing options and returns the version to install (undefined with `autoUpdate`);
 * `kubernetesVersion` is the cluster's, for the pinned default.
 */
export function validateCertManagerOptions(options: CertManagerAddonOptions, prefix: string, kubernetesVersion?: string): string | undefined {
  validateAddonReplicas(options.replicas, `${prefix}replicas`);
  return resolveAddonVersion(OKE_ADDON.CERT_MANAGER, { ...options, kubernetesVersion }, prefix);
}
