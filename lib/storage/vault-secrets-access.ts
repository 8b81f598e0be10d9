import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IOkeCluster } from '../cluster/cluster-ref';
import { requireReference } from '../core/references';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { ContainerengineClusterWorkloadMapping } from '../generated/providers/oci/containerengine-cluster-workload-mapping';
import { workloadMapping } from '../core/workload-mapping';
import { vaultSecretStatements } from './private/iam-statements';

export interface VaultSecretsAccessProps {
  /**
   * The cluster: an OkeCluster or HardenedCluster of this app, or OkeCluster.fromClusterAttributes for one created
   * elsewhere. Its OCID conditions the statements; its compartment and name place and name the resources.
   */
  readonly cluster: IOkeCluster;
  /**
   * Compartment of the secrets (statements are scoped to it; the policy lives there).
   * @default - the cluster's compartment
   */
  readonly compartmentId?: string;
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
  /**
   * The workload mapping of the namespace to the secrets' compartment, when it is not the cluster's (Oracle's
   * cross-compartment workload identity steps); shared with the namespace's WorkloadIdentityAccess.
   */
  public readonly workloadMapping?: ContainerengineClusterWorkloadMapping;

  constructor(scope: Construct, id: string, props: VaultSecretsAccessProps) {
    super(scope, id);
    const { clusterName, clusterId } = requireReference('cluster', props.cluster);
    const compartmentId = props.compartmentId ?? props.cluster.compartmentId;
    requireOcid('compartmentId', compartmentId, 'compartment');
    requireOcid('cluster.clusterId', clusterId, 'cluster');
    props.secretIds.forEach((s, i) => requireOcid(`secretIds[${i}]`, s, 'vaultSecret'));
    this.resource = new IdentityPolicy(this, 'policy', {
      provider: props.identityProvider,
      compartmentId,
      name: tenancyUniqueName(clusterName, compartmentId, `${props.namespaceName}-vault-secrets`),
      description: `Lets pods of ${props.namespaceName}/${props.serviceAccountName} in the ${clusterName} cluster read their Vault secrets`,
      statements: vaultSecretStatements(compartmentId, clusterId, props.namespaceName, props.serviceAccountName, props.secretIds),
      freeformTags: libraryTags(clusterName, 'secrets'),
    });
    if (compartmentId !== props.cluster.compartmentId) {
      this.workloadMapping = workloadMapping(this, clusterId, props.namespaceName, compartmentId, libraryTags(clusterName, 'secrets'));
    }
  }
}
