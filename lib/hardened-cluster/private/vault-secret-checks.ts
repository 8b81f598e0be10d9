/**
 * Plan-time checks of the Vault secrets an application namespace mounts (`vaultSecrets`), which synth cannot see:
 * the plan reads each secret (`oci_vault_secret`, the secret's metadata through GetSecret, never its contents) and
 * its postconditions fail, naming the prop, unless the secret is ACTIVE (Vault API, Secret lifecycleState), is in the
 * compartment the pods' read policy is written for, is in `vaultId`, and has the `name` given.
 *
 * The policy is `read secret-bundles in compartment id <vaultSecrets.compartmentId, default the cluster's> where ...
 * target.secret.id = '<secretId>'` (lib/storage/private/iam-statements.ts), and a policy grants only in the
 * compartment it names and those below it ("How Policies Work"): a secret elsewhere is never granted. The OCI Vault
 * provider of the Secrets Store CSI driver looks each secret up by `name` within `vaultId` (GetSecretBundleByName),
 * so a name or vault that is not the secret's mounts another secret or none.
 * @see https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
 * @see https://docs.oracle.com/en-us/iaas/api/#/en/secretmgmt/20180608/Secret/
 */
import { Construct } from 'constructs';
import { propertyPath } from '../../core/errors';
import { hclOperand, planCondition } from '../../core/plan-checks';
import { DataOciVaultSecret } from '../../generated/providers/oci/data-oci-vault-secret';
import type { VaultSecretsOptions } from '../../kubernetes/types';

/**
 * Reads each secret of a namespace's `vaultSecrets` with its postconditions. Call inside the
 * `withPropertyPrefix` of `<namespace>.vaultSecrets.`, so messages name the full prop path.
 */
export function checkVaultSecrets(scope: Construct, namespaceName: string, v: VaultSecretsOptions, compartmentId: string): DataOciVaultSecret[] {
  return v.secrets.map((secret, i) => {
    const prop = `secrets[${i}]`;
    const secretProp = propertyPath(`${prop}.secretId`);
    return new DataOciVaultSecret(scope, `vault-secret-${namespaceName}-${i}`, {
      secretId: secret.secretId,
      lifecycle: {
        postcondition: [
          planCondition('self.state == "ACTIVE"', `${prop}.secretId`, 'the secret is not ACTIVE', 'give an active secret, or cancel its scheduled deletion'),
          planCondition(`self.compartment_id == ${hclOperand(compartmentId)}`, 'compartmentId',
            `the secret ${secretProp} is not in compartment ${compartmentId}, which the pods' read policy is written for`,
            `set ${propertyPath('compartmentId')} to the compartment that holds the secret (its compartment_id), or bring a secret of that compartment`),
          planCondition(`self.vault_id == ${hclOperand(v.vaultId)}`, 'vaultId',
            `the secret ${secretProp} is not in vault ${v.vaultId}, where the Secrets Store provider looks it up by name`,
            'give the vault the secrets are in, or secrets of that vault'),
          planCondition(`self.secret_name == ${hclOperand(secret.name)}`, `${prop}.name`,
            `is not the name of secret ${secret.secretId}, and the Secrets Store provider looks secrets up by name within vaultId`,
            'copy the secret\'s name (secret_name) from the vault'),
        ],
      },
    });
  });
}
