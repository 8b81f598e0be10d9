import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IOkeCluster } from '../cluster/cluster-ref';
import { requireReference } from '../core/references';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { WorkloadServiceAccount } from '../kubernetes/workload-identity';
import { validateWorkloadServiceAccounts, workloadIdentityStatements } from './workload-identity-statements';

export interface WorkloadIdentityAccessProps {
  /**
   * The cluster: an OkeCluster or HardenedCluster of this app, or OkeCluster.fromClusterAttributes for one created
   * elsewhere. Its OCID conditions the statements; its compartment and name place and name the resources.
   */
  readonly cluster: IOkeCluster;
  /** Kubernetes namespace of the service accounts. */
  readonly namespaceName: string;
  /** Service accounts and their permissions. */
  readonly serviceAccounts: WorkloadServiceAccount[];
  /**
   * Provider for the IAM policy. IAM resources can only be created in the tenancy's home region (Managing Regions).
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * One IAM policy granting the pods of a namespace's service accounts their OCI permissions through OKE workload
 * identity (Oracle "Granting Workloads Access to OCI Resources"): every statement is `Allow any-user ... where all
 * {request.principal.type = 'workload', namespace, service_account, cluster_id}`, never a dynamic group of nodes.
 */
export class WorkloadIdentityAccess extends Construct {
  public readonly policy: IdentityPolicy;
  /** The statements, in service-account order. */
  public readonly statements: string[];

  constructor(scope: Construct, id: string, props: WorkloadIdentityAccessProps) {
    super(scope, id);
    const { compartmentId, clusterName, clusterId } = requireReference('cluster', props.cluster);
    requireOcid('cluster.compartmentId', compartmentId, 'compartment');
    requireOcid('cluster.clusterId', clusterId, 'cluster');
    validateWorkloadServiceAccounts('serviceAccounts', props.namespaceName, props.serviceAccounts);
    this.statements = props.serviceAccounts.flatMap((a) => workloadIdentityStatements(compartmentId, clusterId, props.namespaceName, a));
    this.policy = new IdentityPolicy(this, 'policy', {
      provider: props.identityProvider,
      compartmentId,
      name: tenancyUniqueName(clusterName, compartmentId, `${props.namespaceName}-workload-identity`),
      description: `OCI permissions of the service accounts of ${props.namespaceName} in the ${clusterName} cluster (workload identity)`,
      statements: this.statements,
      freeformTags: libraryTags(clusterName, 'workload-identity'),
    });
  }
}
