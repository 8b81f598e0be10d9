/**
 * IAM statements for storage and secrets, pure so their exact wording is unit-tested. Each names one compartment and
 * is conditioned on the principal and, where OCI offers it, the target.
 */

const clusterPrincipal = (clusterId: string) => `request.principal.type = 'cluster', request.principal.id = '${clusterId}'`;

/**
 * What the File Storage CSI driver needs, acting as the cluster (Oracle's "Provisioning PVCs on the File Storage
 * Service", prerequisites of "Provisioning a PVC on a New File System Using the CSI Volume Plugin": `manage
 * file-family` and `use virtual-network-family` for request.principal.type = 'cluster'; narrowed here to this
 * cluster's id), and the Vault key statements of "Create Policy to Access User-Managed Encryption Keys for Encrypting
 * Boot Volumes, Block Volumes, and/or File Systems": the File Storage service (FssOc1Prod in the OC1 realm) uses the
 * key, and the cluster uses its key delegates.
 */
export function fileStorageCsiStatements(compartmentId: string, clusterId: string, kmsKeyId: string, fssServicePrincipal = 'FssOc1Prod',
  keyCompartmentId = compartmentId): string[] {
  return [...fileStorageDriverStatements(compartmentId, clusterId), ...fileStorageKeyStatements(keyCompartmentId, kmsKeyId, fssServicePrincipal)];
}

/** The CSI driver's statements of {@link fileStorageCsiStatements}, in the cluster's compartment. */
export function fileStorageDriverStatements(compartmentId: string, clusterId: string): string[] {
  const inCompartment = `in compartment id ${compartmentId}`;
  return [
    `Allow any-user to manage file-family ${inCompartment} where ALL {${clusterPrincipal(clusterId)}}`,
    `Allow any-user to use virtual-network-family ${inCompartment} where ALL {${clusterPrincipal(clusterId)}}`,
  ];
}

/**
 * The key statements of {@link fileStorageCsiStatements}, for the compartment that holds the key: a policy grants
 * only in its compartment and below (Oracle "How Policies Work"), and key statements name the key's compartment.
 */
export function fileStorageKeyStatements(keyCompartmentId: string, kmsKeyId: string, fssServicePrincipal = 'FssOc1Prod'): string[] {
  const inCompartment = `in compartment id ${keyCompartmentId}`;
  return [
    `Allow service ${fssServicePrincipal} to use keys ${inCompartment} where target.key.id = '${kmsKeyId}'`,
    `Allow any-user to use key-delegates ${inCompartment} where ALL {request.principal.type = 'cluster', target.key.id = '${kmsKeyId}'}`,
  ];
}

/**
 * Read access to exactly the named Vault secrets for pods of one namespace and service account of one cluster
 * (OKE workload identity: "Granting Workloads Access to OCI Resources"; the OCI Vault provider's GettingStarted.md
 * "Access Policies for Workloads"). One statement per secret, conditioned on target.secret.id; `read secret-bundles`
 * is the permission secret retrieval needs (the provider calls GetSecretBundleByName).
 */
export function vaultSecretStatements(compartmentId: string, clusterId: string, namespaceName: string, serviceAccount: string, secretIds: readonly string[]): string[] {
  const workload = `request.principal.type = 'workload', request.principal.namespace = '${namespaceName}', `
    + `request.principal.service_account = '${serviceAccount}', request.principal.cluster_id = '${clusterId}'`;
  return secretIds.map((id) =>
    `Allow any-user to read secret-bundles in compartment id ${compartmentId} where ALL {${workload}, target.secret.id = '${id}'}`);
}
