/**
 * IAM statements that let OKE and Block Storage use Vault keys, each scoped to one compartment, one key id and
 * one principal type. Pure so the exact wording is unit-tested. Sources: OKE docs "Encrypting Kubernetes
 * Secrets at Rest in Etcd" and "Creating a Node Pool: boot volume encryption with a Vault key", and the Vault
 * policy reference (`target.key.id`, `request.principal.type`).
 */
export function keyUsageStatements(compartmentId: string, keys: { secretsKeyId: string; volumesKeyId: string }): string[] {
  const where = (keyId: string, principal?: string) => principal
    ? `where ALL {request.principal.type = '${principal}', target.key.id = '${keyId}'}`
    : `where target.key.id = '${keyId}'`;
  const inCompartment = `in compartment id ${compartmentId}`;
  return [
    // The cluster's control plane wraps etcd secrets with this key.
    `Allow any-user to use keys ${inCompartment} ${where(keys.secretsKeyId, 'cluster')}`,
    // Node pools launch instances whose boot volumes are encrypted with the volumes key.
    `Allow any-user to use key-delegates ${inCompartment} ${where(keys.volumesKeyId, 'nodepool')}`,
    // The CSI driver creates persistent volumes with the volumes key on behalf of the cluster.
    `Allow any-user to use key-delegates ${inCompartment} ${where(keys.volumesKeyId, 'cluster')}`,
    // Block Storage encrypts boot and block volumes with the volumes key.
    `Allow service blockstorage to use keys ${inCompartment} ${where(keys.volumesKeyId)}`,
  ];
}
