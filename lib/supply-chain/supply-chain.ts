import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { withPropertyPrefix } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { ContainerRepositories } from './container-repositories';
import { ImagePolicyConfig, ImageSigningKeys, ImageSigningOptions } from './image-signing-keys';
import { VulnerabilityScanning } from './vulnerability-scanning';
import { requireClusterName } from '../core/names';

export interface SupplyChainProps {
  /** Compartment of keys, repositories and scanning. */
  readonly compartmentId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /** OCID of the tenancy: the image verification policy grants `read repos in tenancy` and is attached there. */
  readonly tenancyId: string;
  /** Image signing keys: created in a vault or brought by OCID. */
  readonly signing: ImageSigningOptions;
  /**
   * Repositories to create (private, immutable), under `<clusterName>/`.
   * @default - none created; scanning covers every repository in the compartment
   */
  readonly repositoryNames?: string[];
  /**
   * Provider for the IAM policies created here. IAM resources can only be created in the tenancy's home region
   * (Managing Regions): pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * Supply chain controls for one cluster: only images signed with the RSA keys run (image verification policy),
 * private immutable repositories, and standard vulnerability scanning of them.
 */
export class SupplyChain extends Construct {
  public readonly signingKeys: ImageSigningKeys;
  /** Present when `repositoryNames` is not empty. */
  public readonly repositories?: ContainerRepositories;
  public readonly scanning: VulnerabilityScanning;
  /** OCIDs of the signing keys. */
  public readonly signingKeyIds: string[];
  /** Pass to the cluster's `imagePolicyConfig`. */
  public readonly imagePolicyConfig: ImagePolicyConfig;

  constructor(scope: Construct, id: string, props: SupplyChainProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    requireOcid('tenancyId', props.tenancyId, 'tenancy');
    const base = { compartmentId: props.compartmentId, clusterName: props.clusterName };
    this.signingKeys = withPropertyPrefix('signing.', () => new ImageSigningKeys(this, 'signing', {
      ...base, ...props.signing, tenancyId: props.tenancyId, identityProvider: props.identityProvider,
    }));
    const names = props.repositoryNames ?? [];
    if (names.length > 0) {
      this.repositories = new ContainerRepositories(this, 'repositories', { ...base, repositoryNames: names });
    }
    this.scanning = new VulnerabilityScanning(this, 'scanning', {
      ...base,
      repositoryPaths: this.repositories?.repositoryPaths,
      identityProvider: props.identityProvider,
    });
    this.signingKeyIds = this.signingKeys.signingKeyIds;
    this.imagePolicyConfig = this.signingKeys.imagePolicyConfig;
  }
}
