/**
 * YAML variables: values only known after `terraform apply` (props given as tokens) appear in the GitOps manifests
 * as `${NAME}`, Flux's post-build substitution syntax (Flux docs, "Kustomization: Post build variable
 * substitution"). Objects that carry one are written apart from the plain manifests, and a VARIABLES.md next to them
 * says where each value comes from, so a placeholder is never applied as a value by accident.
 */
export interface YamlVariable {
  /** Variable name, e.g. `PV_KMS_KEY_ID`. */
  readonly name: string;
  /** What the value is. */
  readonly description: string;
  /** The value it stands for (a token resolved by Terraform). */
  readonly value: string;
}

/** Name of the Terraform output (infrastructure stack) where HardenedCluster writes every variable's value. */
export function gitOpsVariablesOutput(clusterName: string): string {
  return `${clusterName}-gitops-variables`;
}

const FIXED: Record<string, string> = {
  PV_KMS_KEY_ID: 'OCID of the Vault key that encrypts block volumes (StorageClass oci-bv-encrypted, kms-key-id)',
  FSS_AVAILABILITY_DOMAIN: 'Availability domain of the File Storage file systems (StorageClass oci-fss-encrypted)',
  FSS_MOUNT_TARGET_ID: 'OCID of the File Storage mount target (StorageClass oci-fss-encrypted, mountTargetOcid)',
  FSS_MOUNT_TARGET_SUBNET_ID: 'OCID of the subnet the CSI driver creates mount targets in (StorageClass oci-fss-encrypted)',
  FSS_KMS_KEY_ID: 'OCID of the Vault key that encrypts File Storage file systems (StorageClass oci-fss-encrypted, kmsKeyOcid)',
  WORKER_NSG_ID: 'OCID of the workers NSG, the backend NSG LoadBalancer Services name (oci.oraclecloud.com/oci-backend-network-security-group)',
  FSS_EXPORT_SOURCE_CIDR: 'CIDR block the File Storage exports admit (the worker subnet)',
};

/** A one-line description of a variable the baseline generates. */
export function describeVariable(name: string): string {
  if (FIXED[name]) return FIXED[name];
  let m = /^CLUSTER_ADMIN_GROUP_ID_(\d+)$/.exec(name);
  if (m) return `OCID of cluster administrator group #${m[1]} (ClusterRoleBinding to cluster-admin)`;
  m = /^(.+)_(ADMIN|VIEWER)_GROUP_ID_(\d+)$/.exec(name);
  if (m) return `OCID of ${m[2].toLowerCase()} group #${m[3]} of namespace ${m[1].toLowerCase().replace(/_/g, '-')}`;
  m = /^(.+)_VAULT_ID$/.exec(name);
  if (m) return `OCID of the vault whose secrets namespace ${m[1].toLowerCase().replace(/_/g, '-')} mounts`;
  return 'value of a prop given as a reference';
}

/** True when a rendered object (tokens replaced by `${NAME}`) carries one of the variables. */
export function isSubstituted(rendered: unknown, variables: readonly string[]): boolean {
  const text = JSON.stringify(rendered);
  return variables.some((v) => text.includes('${' + v + '}'));
}

/** VARIABLES.md: each variable, what it is, and how to get its value. */
export function variablesMarkdown(clusterName: string, variables: readonly YamlVariable[]): string {
  const configMap = `${clusterName}-gitops-variables`;
  return [
    `# Variables of the ${clusterName} manifests in this folder`,
    '',
    'The files here carry `${NAME}` placeholders for values only known after `terraform apply`. Never apply them',
    'with plain `kubectl apply`: let Flux substitute them, or pipe them through `flux envsubst --strict`.',
    '',
    `1. Write the values as a ConfigMap: \`terraform output -raw ${gitOpsVariablesOutput(clusterName)}\` in the infrastructure`,
    `   stack's folder prints ConfigMap \`flux-system/${configMap}\` (HardenedCluster writes that output); apply it once`,
    '   (with the standalone KubernetesBaseline, write that ConfigMap yourself from the values below).',
    '2. In the Flux Kustomization that syncs this folder, set',
    `   \`spec.postBuild.substituteFrom: [{ kind: ConfigMap, name: ${configMap} }]\`, and run kustomize-controller with`,
    '   `--feature-gates=StrictPostBuildSubstitutions=true` so a missing variable fails the sync instead of becoming empty.',
    '',
    '| Variable | Value |',
    '|---|---|',
    ...variables.map((v) => `| \`${v.name}\` | ${v.description} |`),
    '',
  ].join('\n');
}
