import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { WorkloadServiceAccount } from '../kubernetes/workload-identity';
import { validateWorkloadServiceAccounts, workloadIdentityStatements } from './workload-identity-statements';

export interface WorkloadIdentityAccessProps {
  /** Compartment of the policy, and of the permissions that name no compartment of their own. */
  readonly compartmentId: string;
  /** Cluster name, for the policy name. */
  readonly clusterName: string;
  /** OCID of the (enhanced) cluster whose workloads get the permissions. */
  readonly clusterId: string;
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
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireOcid('clusterId', props.clusterId, 'cluster');
    validateWorkloadServiceAccounts('serviceAccounts', props.namespaceName, props.serviceAccounts);
    this.statements = props.serviceAccounts.flatMap((a) => workloadIdentityStatements(props.compartmentId, props.clusterId, props.namespaceName, a));
    this.policy = new IdentityPolicy(this, 'policy', {
      provider: props.identityProvider,
      compartmentId: props.compartmentId,
      name: tenancyUniqueName(props.clusterName, props.compartmentId, `${props.namespaceName}-workload-identity`),
      description: `OCI permissions of the service accounts of ${props.namespaceName} in the ${props.clusterName} cluster (workload identity)`,
      statements: this.statements,
      freeformTags: libraryTags(props.clusterName, 'workload-identity'),
    });
  }
}
