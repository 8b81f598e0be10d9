import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { KmsKey } from '../generated/providers/oci/kms-key';
import { KmsVault } from '../generated/providers/oci/kms-vault';
import { DataOciKmsVault } from '../generated/providers/oci/data-oci-kms-vault';
import { checkExistingKeys, virtualPrivateVaultCondition } from './private/existing-key-checks';
import { hclOperand, planCondition } from '../core/plan-checks';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { keyUsageStatements } from './key-policy-statements';
import { requireKnown } from '../core/tokens';
import { requireHttpsUrl } from '../core/urls';
import { KEY_ROTATION_DEFAULT_DAYS, KEY_ROTATION_MAX_DAYS, KEY_ROTATION_MIN_DAYS } from '../core/retention';
import { ClusterKeysAttributes, IClusterKeys } from './cluster-keys-ref';



/** A Vault the user already has. */
export interface ExistingVault {
  /** OCID of the vault. */
  readonly vaultId: string;
  /** The vault's management endpoint (`management_endpoint`), where keys are created. */
  readonly managementEndpoint: string;
}

/** Keys the user already has, by purpose. Each must be an AES-256 HSM key. */
export interface ExistingKeys {
  /** OCID of the key that wraps etcd secrets (the cluster's kms_key_id). */
  readonly secretsKeyId: string;
  /** OCID of the key that encrypts boot volumes and persistent volumes. */
  readonly volumesKeyId: string;
  /**
   * OCID of the key for log archives and streams.
   * @default - the volumes key
   */
  readonly dataKeyId?: string;
  /**
   * Management endpoint of the keys' vault, so the plan can read each key and check it is an enabled AES-256 HSM key
   * (the `oci_kms_key` data source needs it). Not needed when `existingVault` is given.
   * @default - `existingVault.managementEndpoint`; without either, the keys are not checked at plan time
   * @see https://registry.terraform.io/providers/oracle/oci/latest/docs/data-sources/kms_key
   */
  readonly managementEndpoint?: string;
}

/** What users choose about the cluster's keys (HardenedCluster's `encryption`). */
export interface ClusterKeysOptions {
  /**
   * Create the keys in this existing vault instead of a new one.
   * @default - a new virtual private vault (automatic rotation needs one)
   */
  readonly existingVault?: ExistingVault;
  /**
   * Bring your own keys: nothing is created, only the key policy.
   * @default - new HSM-protected AES-256 keys
   */
  readonly existingKeys?: ExistingKeys;
  /**
   * Days between automatic rotations of the keys created here (OCI accepts 60 to 365).
   * @default 90
   */
  readonly rotationIntervalDays?: number;
  /**
   * Compartment the keys live in: the library creates its keys there, and the keys in `existingKeys` must be there
   * (checked at plan time when the keys can be read). The key policy names this compartment and is attached to it,
   * since a policy grants only in its own compartment and the compartments below it, and Oracle's key statement names
   * "the compartment containing the master encryption key". The deployer needs `manage policies` there.
   * @default - the cluster's compartment
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengencryptingdata.htm
   * @see https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
   */
  readonly keysCompartmentId?: string;
}

export interface ClusterKeysProps extends ClusterKeysOptions {
  /** Compartment of the cluster, and of the vault the library creates (and of the keys, unless `keysCompartmentId`). */
  readonly compartmentId: string;
  /** Cluster name; display names and tags derive from it. */
  readonly clusterName: string;
  /**
   * Create the IAM policy that lets the cluster, node pools and Block Storage use the keys.
   * @default true
   */
  readonly createKeyPolicy?: boolean;
  /**
   * Create a third key for log archives and streams.
   * @default false
   */
  readonly createDataKey?: boolean;
  /**
   * Provider for the IAM policies created here. IAM resources can only be created in the tenancy's home region
   * (Managing Regions): pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * A Vault and HSM-protected AES-256 master keys: one wraps etcd secrets, one encrypts boot volumes and
 * persistent volumes, and optionally one encrypts log archives and streams. Keys rotate automatically and
 * carry `prevent_destroy`: losing the secrets key loses every secret in the cluster.
 */
export class ClusterKeys extends Construct implements IClusterKeys {
  /**
   * Keys created elsewhere (another stack, Terraform, the console), for an OkeCluster or node pools to encrypt with.
   * Creates no resource; their key-usage IAM policy must exist already (see keyUsageStatements for what it grants).
   */
  public static fromKeyAttributes(scope: Construct, id: string, attrs: ClusterKeysAttributes): IClusterKeys {
    return new ImportedClusterKeys(scope, id, attrs);
  }

  /** The vault created here, if any. */
  public readonly vault?: KmsVault;
  /** The keys created here, if any. */
  public readonly secretsKey?: KmsKey;
  public readonly volumesKey?: KmsKey;
  public readonly dataKey?: KmsKey;
  /** The IAM policy letting OKE and Block Storage use the keys. */
  public readonly keyPolicy?: IdentityPolicy;
  /** OCID of the vault the keys live in (undefined when keys were brought without a vault). */
  public readonly vaultId?: string;
  /** Management endpoint of that vault. */
  public readonly managementEndpoint?: string;
  /** OCID of the key wrapping etcd secrets. */
  public readonly secretsKeyId: string;
  /** OCID of the key for boot and persistent volumes. */
  public readonly volumesKeyId: string;
  /** OCID of the key for archives and streams. */
  public readonly dataKeyId: string;
  /** Days between automatic rotations of the keys created here (the resolved `rotationIntervalDays`). */
  public readonly rotationIntervalDays: number;
  /** Compartment the keys live in (the resolved `keysCompartmentId`); the key policy is written for it and attached to it. */
  public readonly keysCompartmentId: string;
  /** The brought vault as the plan reads it (with `existingVault`): its type and endpoint are checked at plan time. */
  public readonly existingVaultData?: DataOciKmsVault;

  constructor(scope: Construct, id: string, props: ClusterKeysProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireKnown('rotationIntervalDays', props.rotationIntervalDays);
    if (props.keysCompartmentId !== undefined) requireOcid('keysCompartmentId', props.keysCompartmentId, 'compartment');
    this.keysCompartmentId = props.keysCompartmentId ?? props.compartmentId;
    const keysCompartment = this.keysCompartmentId;
    this.rotationIntervalDays = props.rotationIntervalDays ?? KEY_ROTATION_DEFAULT_DAYS;
    const rotation = this.rotationIntervalDays;
    if (!Number.isInteger(rotation) || rotation < KEY_ROTATION_MIN_DAYS || rotation > KEY_ROTATION_MAX_DAYS) {
      throw new HardenedOkeValidationError('rotationIntervalDays', `${rotation} is outside OCI's automatic rotation range`,
        `use a whole number of days from ${KEY_ROTATION_MIN_DAYS} to ${KEY_ROTATION_MAX_DAYS} (${KEY_ROTATION_DEFAULT_DAYS} is the default)`);
    }
    if (props.existingVault) {
      requireOcid('existingVault.vaultId', props.existingVault.vaultId, 'vault');
      if (!props.existingVault.managementEndpoint) {
        throw new HardenedOkeValidationError('existingVault.managementEndpoint', 'is required', 'copy the vault\'s management endpoint URL from the console or `oci kms management vault get`');
      }
      requireHttpsUrl('existingVault.managementEndpoint', props.existingVault.managementEndpoint, 'OCI KMS management endpoints are https://<id>-management.kms.<region>.oraclecloud.com');
    }
    if (props.existingKeys) {
      requireOcid('existingKeys.secretsKeyId', props.existingKeys.secretsKeyId, 'key');
      requireOcid('existingKeys.volumesKeyId', props.existingKeys.volumesKeyId, 'key');
      if (props.existingKeys.dataKeyId !== undefined) requireOcid('existingKeys.dataKeyId', props.existingKeys.dataKeyId, 'key');
      if (props.existingKeys.managementEndpoint !== undefined) {
        requireHttpsUrl('existingKeys.managementEndpoint', props.existingKeys.managementEndpoint, 'OCI KMS management endpoints are https://<id>-management.kms.<region>.oraclecloud.com');
      }
    }
    if (props.existingVault) {
      // What only the tenancy knows about the brought vault is read and checked at plan time.
      this.existingVaultData = new DataOciKmsVault(this, 'existing-vault', {
        vaultId: props.existingVault.vaultId,
        lifecycle: {
          postcondition: [
            planCondition(`self.management_endpoint == ${hclOperand(props.existingVault.managementEndpoint)}`, 'existingVault.managementEndpoint',
              `is not the management endpoint of vault ${props.existingVault.vaultId}`, 'copy management_endpoint from `oci kms management vault get --vault-id <vaultId>`'),
            planCondition('self.state == "ACTIVE"', 'existingVault.vaultId', 'the vault is not ACTIVE', 'give an active vault'),
          ],
        },
      });
    }
    if (props.existingKeys) {
      checkExistingKeys(this, props.existingKeys, props.existingKeys.managementEndpoint ?? props.existingVault?.managementEndpoint,
        props.existingVault?.vaultId, keysCompartment);
    }

    const tags = libraryTags(props.clusterName, 'encryption');
    if (props.existingKeys) {
      this.vaultId = props.existingVault?.vaultId;
      this.managementEndpoint = props.existingVault?.managementEndpoint;
      this.secretsKeyId = props.existingKeys.secretsKeyId;
      this.volumesKeyId = props.existingKeys.volumesKeyId;
      this.dataKeyId = props.existingKeys.dataKeyId ?? props.existingKeys.volumesKeyId;
    } else {
      if (props.existingVault) {
        this.vaultId = props.existingVault.vaultId;
        this.managementEndpoint = props.existingVault.managementEndpoint;
      } else {
        this.vault = new KmsVault(this, 'vault', {
          compartmentId: props.compartmentId,
          displayName: `${props.clusterName}-vault`,
          // Automatic key rotation is offered for keys in virtual private vaults.
          vaultType: 'VIRTUAL_PRIVATE',
          freeformTags: tags,
          lifecycle: { preventDestroy: true },
        });
        this.vaultId = this.vault.id;
        this.managementEndpoint = this.vault.managementEndpoint;
      }
      const newKey = (keyId: string, purpose: string) => new KmsKey(this, keyId, {
        compartmentId: keysCompartment,
        displayName: `${props.clusterName}-${purpose}`,
        managementEndpoint: this.managementEndpoint!,
        keyShape: { algorithm: 'AES', length: 32 },
        protectionMode: 'HSM',
        isAutoRotationEnabled: true,
        autoKeyRotationDetails: { rotationIntervalInDays: rotation },
        freeformTags: { ...tags, 'key-purpose': purpose },
        lifecycle: {
          preventDestroy: true,
          // Automatic rotation is only available for keys in virtual private vaults; a DEFAULT vault refuses the key.
          precondition: this.existingVaultData ? [virtualPrivateVaultCondition(this.existingVaultData)] : undefined,
        },
      });
      this.secretsKey = newKey('secrets-key', 'etcd-secrets');
      this.volumesKey = newKey('volumes-key', 'volumes');
      this.secretsKeyId = this.secretsKey.id;
      this.volumesKeyId = this.volumesKey.id;
      if (props.createDataKey) {
        this.dataKey = newKey('data-key', 'log-archive');
        this.dataKeyId = this.dataKey.id;
      } else {
        this.dataKeyId = this.volumesKeyId;
      }
    }

    if (props.createKeyPolicy ?? true) {
      // Attached to the keys' compartment: a policy grants only in its compartment and below, and each statement names
      // the compartment holding the key (Oracle, "Encrypting Kubernetes Secrets at Rest in Etcd"; "How Policies Work").
      // https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
      this.keyPolicy = new IdentityPolicy(this, 'key-policy', {
        provider: props.identityProvider,
        compartmentId: keysCompartment,
        name: tenancyUniqueName(props.clusterName, props.compartmentId, 'key-usage'),
        description: `Lets the ${props.clusterName} OKE cluster, its node pools and Block Storage use the cluster's Vault keys, and nothing else`,
        statements: keyUsageStatements(keysCompartment, { secretsKeyId: this.secretsKeyId, volumesKeyId: this.volumesKeyId }),
        freeformTags: tags,
      });
    }
  }
}

/** A reference to keys that exist already. */
class ImportedClusterKeys extends Construct implements IClusterKeys {
  private readonly secretsKey_?: string;
  public readonly volumesKeyId: string;
  public readonly dataKeyId: string;
  public readonly vaultId?: string;
  public readonly managementEndpoint?: string;

  constructor(scope: Construct, id: string, attrs: ClusterKeysAttributes) {
    super(scope, id);
    if (attrs?.secretsKeyId !== undefined) requireOcid('secretsKeyId', attrs.secretsKeyId, 'key');
    requireOcid('volumesKeyId', attrs?.volumesKeyId, 'key');
    if (attrs.dataKeyId !== undefined) requireOcid('dataKeyId', attrs.dataKeyId, 'key');
    if (attrs.vaultId !== undefined) requireOcid('vaultId', attrs.vaultId, 'vault');
    if (attrs.managementEndpoint !== undefined) {
      requireHttpsUrl('managementEndpoint', attrs.managementEndpoint, 'OCI KMS management endpoints are https://<id>-management.kms.<region>.oraclecloud.com');
    }
    this.secretsKey_ = attrs.secretsKeyId;
    this.volumesKeyId = attrs.volumesKeyId;
    this.dataKeyId = attrs.dataKeyId ?? attrs.volumesKeyId;
    this.vaultId = attrs.vaultId;
    this.managementEndpoint = attrs.managementEndpoint;
  }

  public get secretsKeyId(): string {
    if (this.secretsKey_ === undefined) {
      throw new HardenedOkeValidationError('secretsKeyId', `was not given when keys ${this.node.path} were imported`,
        'pass secretsKeyId to ClusterKeys.fromKeyAttributes (an OkeCluster wraps its etcd secrets with it)');
    }
    return this.secretsKey_;
  }
}
