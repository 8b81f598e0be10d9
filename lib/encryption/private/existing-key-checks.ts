import { Construct } from 'constructs';
import { DataOciKmsKey } from '../../generated/providers/oci/data-oci-kms-key';
import { DataOciKmsVault } from '../../generated/providers/oci/data-oci-kms-vault';
import { hclOperand, keyCompartmentCondition, planCondition } from '../../core/plan-checks';
import type { ExistingKeys } from '../cluster-keys';

/**
 * Precondition of every key created with automatic rotation in a brought vault. Oracle, "Enabling and Updating
 * Automatic Key Rotation": "This feature is only available for virtual private vaults."
 * @see https://docs.oracle.com/en-us/iaas/Content/KeyManagement/Tasks/tasks_tasks_managingkeys_topic_edit_auto_key_rotation.htm
 */
export function virtualPrivateVaultCondition(vault: DataOciKmsVault) {
  return planCondition(`${vault.fqn}.vault_type == "VIRTUAL_PRIVATE"`, 'existingVault.vaultId',
    'the vault is not a virtual private vault, and OCI offers automatic key rotation only in virtual private vaults',
    'give a VIRTUAL_PRIVATE vault, or omit existingVault so the library creates one, or bring your keys with existingKeys');
}

/**
 * Reads each brought key (the data source needs the vault's management endpoint) and fails the plan unless it is
 * an enabled AES-256 key kept in an HSM, in the compartment the key policy is written for, and in the brought vault
 * when one is given. OKE wraps etcd secrets and Block
 * Volume encrypts volumes with AES master encryption keys; HSM protection is the library's floor for key material.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengencryptingdata.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/KeyManagement/Concepts/keyoverview.htm
 */
export function checkExistingKeys(scope: Construct, keys: ExistingKeys, managementEndpoint: string | undefined, vaultId: string | undefined,
  keysCompartmentId: string): DataOciKmsKey[] {
  if (!managementEndpoint) return [];
  const byPurpose: Array<[string, string | undefined]> = [
    ['secretsKeyId', keys.secretsKeyId], ['volumesKeyId', keys.volumesKeyId], ['dataKeyId', keys.dataKeyId],
  ];
  return byPurpose.filter((entry): entry is [string, string] => entry[1] !== undefined).map(([purpose, keyId]) => {
    const property = `existingKeys.${purpose}`;
    return new DataOciKmsKey(scope, `existing-${purpose.replace(/KeyId$/, '')}-key`, {
      keyId,
      managementEndpoint,
      lifecycle: {
        postcondition: [
          planCondition('self.key_shape[0].algorithm == "AES" && self.key_shape[0].length == 32', property,
            'the key is not an AES-256 key', 'bring an AES key of length 32 bytes'),
          planCondition('self.protection_mode == "HSM"', property, 'the key is not HSM-protected', 'bring a key whose protection mode is HSM'),
          planCondition('self.state == "ENABLED"', property, 'the key is not ENABLED', 'enable the key, or bring an enabled one'),
          // The key policy names keysCompartmentId and is attached there: a key elsewhere would never be granted.
          keyCompartmentCondition('keysCompartmentId', property, keysCompartmentId),
          ...(vaultId ? [planCondition(`self.vault_id == ${hclOperand(vaultId)}`, property, `the key is not in vault ${vaultId} (existingVault.vaultId)`,
            'bring keys of that vault, or give the vault they live in')] : []),
        ],
      },
    });
  });
}

