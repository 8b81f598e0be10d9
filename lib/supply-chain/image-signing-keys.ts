import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { KmsKey } from '../generated/providers/oci/kms-key';
import { IMAGE_SIGNING_ALGORITHM, imageVerificationStatements, requireRsaKeyLength } from './private/supply-chain-rules';
import { requireClusterName } from '../core/names';
import { requireHttpsUrl } from '../core/urls';
import { checkExistingSigningKeys } from './private/existing-signing-key-checks';

/** One key of the cluster's image verification policy (same shape as the cluster's `image_policy_config.key_details`). */
export interface ImagePolicyKeyDetail {
  /** OCID of an RSA key in OCI Vault whose signatures the cluster accepts. */
  readonly kmsKeyId: string;
}

/**
 * The cluster's image verification policy, shaped like `ContainerengineClusterImagePolicyConfig` so it can be passed
 * to the cluster as it is: only images signed with one of these keys may run.
 */
export interface ImagePolicyConfig {
  /** Always true: the library never renders a disabled image policy. */
  readonly isPolicyEnabled: boolean;
  /** The signing keys. */
  readonly keyDetails: ImagePolicyKeyDetail[];
}

/** What users choose about the image signing keys (SupplyChain's and HardenedCluster's `signing`). */
export interface ImageSigningOptions {
  /**
   * Management endpoint of the Vault in which to create the signing keys. Required unless `existingKeyIds` is set.
   * @default - none
   */
  readonly vaultManagementEndpoint?: string;
  /**
   * How many RSA signing keys to create (more than one lets you rotate signers without downtime).
   * @default 1
   */
  readonly keyCount?: number;
  /**
   * RSA key length in bytes: 256, 384 or 512 (2048, 3072 or 4096 bits).
   * @default 512
   */
  readonly keyLengthBytes?: number;
  /**
   * Bring your own signing keys by OCID instead of creating them. They must be RSA keys (see `existingKeyAlgorithm`).
   * @default - keys are created in the vault
   */
  readonly existingKeyIds?: string[];
  /**
   * The algorithm of the keys in `existingKeyIds`, as you state it. OKE verifies RSA signatures only, so anything
   * other than `RSA` is refused.
   * @default 'RSA'
   */
  readonly existingKeyAlgorithm?: string;
  /**
   * Management endpoint of the vault that holds `existingKeyIds`, so the plan can read each key and fail unless it
   * is an enabled RSA key (the `oci_kms_key` data source needs the endpoint).
   * @default - the brought keys are not read, so their algorithm and state are not checked at plan time
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengenforcingsignedimagesfromocir.htm
   */
  readonly existingKeysManagementEndpoint?: string;
}

export interface ImageSigningKeysProps extends ImageSigningOptions {
  /** Compartment of the keys and of the cluster whose principals may use them. */
  readonly compartmentId: string;
  /** Cluster name; key display names derive from it. */
  readonly clusterName: string;
  /**
   * Create the IAM policy that lets cluster principals of the compartment use the signing keys and read the
   * repositories (image verification fails closed without it).
   * @default true
   */
  readonly manageVerificationPolicy?: boolean;
  /**
   * Provider for the IAM policies created here. IAM resources can only be created in the tenancy's home region
   * (Managing Regions): pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * RSA signing keys for OKE image verification (NSA/CISA "only run signed images"), HSM-protected and protected
 * from destroy, or keys you bring; plus the image policy block the cluster takes and the IAM policy verification needs.
 */
export class ImageSigningKeys extends Construct {
  /** OCIDs of the signing keys (tokens when created here). */
  public readonly signingKeyIds: string[];
  /** The keys created here (empty when brought by OCID). */
  public readonly keys: KmsKey[];
  /** Pass this to the cluster's `imagePolicyConfig`. */
  public readonly imagePolicyConfig: ImagePolicyConfig;
  /** Policy that lets the cluster use the keys and read repositories, when managed here. */
  public readonly verificationPolicy?: IdentityPolicy;

  constructor(scope: Construct, id: string, props: ImageSigningKeysProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    const existing = props.existingKeyIds;
    if (existing !== undefined) {
      if (existing.length === 0) {
        throw new HardenedOkeValidationError('existingKeyIds', 'is empty', 'list at least one RSA key OCID, or omit it to create keys');
      }
      existing.forEach((k, i) => requireOcid(`existingKeyIds[${i}]`, k, 'key'));
      const algorithm = props.existingKeyAlgorithm ?? IMAGE_SIGNING_ALGORITHM;
      if (algorithm.toUpperCase() !== IMAGE_SIGNING_ALGORITHM) {
        throw new HardenedOkeValidationError('existingKeyAlgorithm', `"${algorithm}" keys cannot verify image signatures`,
          'bring RSA keys (OKE image verification accepts RSA signatures only)');
      }
      if (props.existingKeysManagementEndpoint !== undefined) {
        requireHttpsUrl('existingKeysManagementEndpoint', props.existingKeysManagementEndpoint, 'OCI KMS management endpoints are https://<id>-management.kms.<region>.oraclecloud.com');
      }
      if (props.vaultManagementEndpoint !== undefined) {
        throw new HardenedOkeValidationError('vaultManagementEndpoint', 'is set together with existingKeyIds',
          'either bring keys (existingKeyIds) or let the library create them in a vault, not both');
      }
    } else {
      if (props.existingKeysManagementEndpoint !== undefined) {
        throw new HardenedOkeValidationError('existingKeysManagementEndpoint', 'applies only with existingKeyIds', 'remove it, or bring keys with existingKeyIds');
      }
      if (!props.vaultManagementEndpoint) {
        throw new HardenedOkeValidationError('vaultManagementEndpoint', 'is required to create signing keys',
          'pass the vault management endpoint, or bring your own RSA keys with existingKeyIds');
      }
      requireHttpsUrl('vaultManagementEndpoint', props.vaultManagementEndpoint, 'OCI KMS management endpoints are https://<id>-management.kms.<region>.oraclecloud.com');
      const count = props.keyCount ?? 1;
      if (!Number.isInteger(count) || count < 1 || count > 5) {
        throw new HardenedOkeValidationError('keyCount', `${count} is out of range`, 'use a whole number from 1 to 5');
      }
      requireRsaKeyLength('keyLengthBytes', props.keyLengthBytes ?? 512);
    }

    const tags = libraryTags(props.clusterName, 'supply-chain');
    if (existing) {
      this.keys = [];
      this.signingKeyIds = [...existing];
      if (props.existingKeysManagementEndpoint) checkExistingSigningKeys(this, existing, props.existingKeysManagementEndpoint);
    } else {
      const count = props.keyCount ?? 1;
      this.keys = [];
      for (let i = 0; i < count; i++) {
        this.keys.push(new KmsKey(this, `signing-key-${i + 1}`, {
          compartmentId: props.compartmentId,
          displayName: `${props.clusterName}-image-signing-${i + 1}`,
          managementEndpoint: props.vaultManagementEndpoint!,
          keyShape: { algorithm: IMAGE_SIGNING_ALGORITHM, length: props.keyLengthBytes ?? 512 },
          // Signing keys never leave the HSM.
          protectionMode: 'HSM',
          freeformTags: tags,
          // Losing the key would make every signed image unverifiable and stop deployments.
          lifecycle: { preventDestroy: true },
        }));
      }
      this.signingKeyIds = this.keys.map((k) => k.id);
    }

    this.imagePolicyConfig = {
      isPolicyEnabled: true,
      keyDetails: this.signingKeyIds.map((kmsKeyId) => ({ kmsKeyId })),
    };

    if (props.manageVerificationPolicy ?? true) {
      this.verificationPolicy = new IdentityPolicy(this, 'verification-policy', {
        provider: props.identityProvider,
        compartmentId: props.compartmentId,
        name: tenancyUniqueName(props.clusterName, props.compartmentId, 'image-verification'),
        description: `Lets OKE clusters in the compartment verify image signatures for ${props.clusterName}`,
        statements: imageVerificationStatements(props.compartmentId, this.signingKeyIds),
        freeformTags: tags,
      });
    }
  }
}
