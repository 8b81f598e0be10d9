import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { vaultSecretStatements } from './private/iam-statements';

export interface VaultSecretsAccessProps {
  /** Compartment of the secrets (statements are scoped to it). */
  readonly compartmentId: string;
  /** Cluster name, for the policy name. */
  readonly clusterName: string;
  /** OCID of the cluster the workload principal belongs to. */
  readonly clusterId: string;
  /** Kubernetes namespace of the pods. */
  readonly namespaceName: string;
  /** Service account of the pods. */
  readonly serviceAccountName: string;
  /** OCIDs of the secrets the pods may read. */
  readonly secretIds: string[];
  /**
   * Provider for the IAM policy. IAM resources can only be created in the tenancy's home region (Managing Regions):
   * pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * An IAM policy that lets pods of one namespace and service account of one cluster read exactly the listed Vault
 * secrets, through OKE workload identity (enhanced clusters), as the OCI Vault provider of the Secrets Store CSI
 * driver authenticates.
 */
export class VaultSecretsAccess extends Construct {
  /** The IAM policy that lets the pods read the secrets: the construct's main Terraform resource (escape hatch). */
  public readonly resource: IdentityPolicy;

  constructor(scope: Construct, id: string, props: VaultSecretsAccessProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireOcid('clusterId', props.clusterId, 'cluster');
    props.secretIds.forEach((s, i) => requireOcid(`secretIds[${i}]`, s, 'vaultSecret'));
    this.resource = new IdentityPolicy(this, 'policy', {
      provider: props.identityProvider,
      compartmentId: props.compartmentId,
      name: tenancyUniqueName(props.clusterName, props.compartmentId, `${props.namespaceName}-vault-secrets`),
      description: `Lets pods of ${props.namespaceName}/${props.serviceAccountName} in the ${props.clusterName} cluster read their Vault secrets`,
      statements: vaultSecretStatements(props.compartmentId, props.clusterId, props.namespaceName, props.serviceAccountName, props.secretIds),
      freeformTags: libraryTags(props.clusterName, 'secrets'),
    });
  }
}
