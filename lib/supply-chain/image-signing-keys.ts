import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { KmsKey } from '../generated/providers/oci/kms-key';
import { DataOciKmsKey } from '../generated/providers/oci/data-oci-kms-key';
import { keyCompartmentCondition, planCondition } from '../core/plan-checks';
import { IMAGE_SIGNING_ALGORITHM, imageVerificationStatements, requireRsaKeyLength } from './private/supply-chain-rules';
import { requireClusterName } from '../core/names';
import { requireHttpsUrl } from '../core/urls';

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
   * Management endpoint of the signing keys' Vault: where the keys are created, or, with `existingKeyIds`, where the
   * brought keys live (the plan reads each of them there and checks it is an enabled RSA key of `keysCompartmentId`).
   * @default - none: required
   * @see https://registry.terraform.io/providers/oracle/oci/latest/docs/data-sources/kms_key
   */
  readonly vaultManagementEndpoint?: string;
  /**
   * Compartment of the signing keys: the library creates its keys there, and the keys in `existingKeyIds` must be
   * there (checked at plan time). The verification policy's key statements name this compartment.
   * @default - the cluster's compartment
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengenforcingsignedimagesfromocir.htm
   */
  readonly keysCompartmentId?: string;
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
   * Bring your own signing keys by OCID instead of creating them. They must be enabled RSA keys of `keysCompartmentId`
   * in the vault of `vaultManagementEndpoint`: the plan reads each and fails with a named message otherwise.
   * @default - keys are created in the vault
   */
  readonly existingKeyIds?: string[];
  /**
   * The algorithm of the keys in `existingKeyIds`, as you state it. OKE verifies RSA signatures only, so anything
   * other than `RSA` is refused.
   * @default 'RSA'
   */
  readonly existingKeyAlgorithm?: string;
}

export interface ImageSigningKeysProps extends ImageSigningOptions {
  /** Compartment of the cluster whose principals may use the keys (and of the keys, unless `keysCompartmentId`). */
  readonly compartmentId: string;
  /**
   * OCID of the tenancy. The verification policy grants `read repos in tenancy` (repositories may sit in any
   * compartment, and those created on first push sit in the root compartment), and a statement for the tenancy
   * needs a policy attached to the root compartment. Required unless `manageVerificationPolicy` is false.
   * @default - none
   * @see https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrycreatingarepository.htm
   */
  readonly tenancyId?: string;
  /** Cluster name; key display names derive from it. */
  readonly clusterName: string;
  /**
   * Create the IAM policy (attached to the root compartment) that lets cluster principals of the compartment use
   * the signing keys and read the tenancy's repositories (image verification fails closed without it).
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
  /** Compartment of the signing keys (the resolved `keysCompartmentId`). */
  public readonly keysCompartmentId: string;
  /** The brought keys as the plan reads them (with `existingKeyIds`): algorithm, state and compartment are checked. */
  public readonly existingKeysData: DataOciKmsKey[];

  constructor(scope: Construct, id: string, props: ImageSigningKeysProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    const existing = props.existingKeyIds;
    if (props.keysCompartmentId !== undefined) requireOcid('keysCompartmentId', props.keysCompartmentId, 'compartment');
    this.keysCompartmentId = props.keysCompartmentId ?? props.compartmentId;
    const manageVerificationPolicy = props.manageVerificationPolicy ?? true;
    if (manageVerificationPolicy) {
      if (props.tenancyId === undefined) {
        throw new HardenedOkeValidationError('tenancyId', 'is required for the image verification policy',
          'pass the tenancy OCID (the policy grants read repos in tenancy and is attached to the root compartment), or manageVerificationPolicy: false');
      }
      requireOcid('tenancyId', props.tenancyId, 'tenancy');
    }
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
      if (!props.vaultManagementEndpoint) {
        throw new HardenedOkeValidationError('vaultManagementEndpoint', 'is required with existingKeyIds, so the plan can read and check each brought key',
          'pass the management endpoint of the vault that holds the signing keys (`oci kms management vault get --vault-id <vault>`)');
      }
      requireHttpsUrl('vaultManagementEndpoint', props.vaultManagementEndpoint, 'OCI KMS management endpoints are https://<id>-management.kms.<region>.oraclecloud.com');
    } else {
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
    this.existingKeysData = [];
    if (existing) {
      this.keys = [];
      this.signingKeyIds = [...existing];
      // What only the tenancy knows about a brought key is read and checked at plan time. Oracle: "create one or more
      // master encryption keys as RSA asymmetric keys" (Enforcing the Use of Signed Images from Registry).
      // https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengenforcingsignedimagesfromocir.htm
      existing.forEach((keyId, i) => {
        const property = `existingKeyIds[${i}]`;
        this.existingKeysData.push(new DataOciKmsKey(this, `existing-signing-key-${i + 1}`, {
          keyId,
          managementEndpoint: props.vaultManagementEndpoint!,
          lifecycle: {
            postcondition: [
              planCondition(`self.key_shape[0].algorithm == "${IMAGE_SIGNING_ALGORITHM}"`, property,
                'the key is not an RSA key, and OKE verifies image signatures made with RSA asymmetric Vault keys only',
                'bring an RSA key (key_shape.algorithm RSA)'),
              planCondition('self.state == "ENABLED"', property, 'the key is not ENABLED', 'enable the key, or bring an enabled one'),
              keyCompartmentCondition('keysCompartmentId', property, this.keysCompartmentId),
            ],
          },
        }));
      });
    } else {
      const count = props.keyCount ?? 1;
      this.keys = [];
      for (let i = 0; i < count; i++) {
        this.keys.push(new KmsKey(this, `signing-key-${i + 1}`, {
          compartmentId: this.keysCompartmentId,
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

    if (manageVerificationPolicy) {
      // Attached to the root compartment: `read repos in tenancy` is only valid in a policy there, and the key
      // statements' compartment (keysCompartmentId) is below it whatever it is ("How Policies Work": inheritance,
      // attachment). https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
      this.verificationPolicy = new IdentityPolicy(this, 'verification-policy', {
        provider: props.identityProvider,
        compartmentId: props.tenancyId!,
        name: tenancyUniqueName(props.clusterName, props.compartmentId, 'image-verification'),
        description: `Lets OKE clusters in the compartment of ${props.clusterName} use its signing keys and read the tenancy's repositories to verify image signatures`,
        statements: imageVerificationStatements(props.compartmentId, this.keysCompartmentId, this.signingKeyIds),
        freeformTags: tags,
      });
    }
  }
}
