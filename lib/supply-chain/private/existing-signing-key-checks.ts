import { Construct } from 'constructs';
import { planCondition } from '../../core/plan-checks';
import { DataOciKmsKey } from '../../generated/providers/oci/data-oci-kms-key';
import { IMAGE_SIGNING_ALGORITHM } from './supply-chain-rules';

/**
 * Reads each brought image signing key and fails the plan unless it is an enabled RSA key. Oracle, "Enforcing the
 * Use of Signed Images from Registry": the image verification policy takes "master encryption keys as RSA
 * asymmetric keys". The checks are postconditions of the read: the keys feed the cluster's image policy and the
 * verification policy, and with `manageVerificationPolicy: false` no resource of this construct uses them.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengenforcingsignedimagesfromocir.htm
 * @see https://registry.terraform.io/providers/oracle/oci/latest/docs/data-sources/kms_key
 */
export function checkExistingSigningKeys(scope: Construct, keyIds: readonly string[], managementEndpoint: string): DataOciKmsKey[] {
  return keyIds.map((keyId, i) => new DataOciKmsKey(scope, `existing-signing-key-${i + 1}`, {
    keyId,
    managementEndpoint,
    lifecycle: {
      postcondition: [
        planCondition(`self.key_shape[0].algorithm == "${IMAGE_SIGNING_ALGORITHM}"`, `existingKeyIds[${i}]`,
          'the key is not an RSA key, and OKE image verification accepts RSA keys only', 'bring an RSA asymmetric key'),
        planCondition('self.state == "ENABLED"', `existingKeyIds[${i}]`, 'the key is not ENABLED', 'enable the key, or bring an enabled one'),
      ],
    },
  }));
}
