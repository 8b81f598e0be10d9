import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IOkeCluster } from '../cluster/cluster-ref';
import { requireReference } from '../core/references';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { WorkloadServiceAccount } from '../kubernetes/workload-identity';
import { ContainerengineClusterWorkloadMapping } from '../generated/providers/oci/containerengine-cluster-workload-mapping';
import { workloadMapping } from '../core/workload-mapping';
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
 * IAM policies granting the pods of a namespace's service accounts their OCI permissions through OKE workload
 * identity (Oracle "Granting Workloads Access to OCI Resources"): every statement is `Allow any-user ... where all
 * {request.principal.type = 'workload', namespace, service_account, cluster_id}`, never a dynamic group of nodes.
 *
 * A policy grants only in the compartment it is attached to and below it (Oracle "How Policies Work"), so the
 * statements are grouped by the compartment they name: those of the cluster's compartment in `policy`, those of each
 * other compartment in a policy attached there (`policiesByCompartment`), with the workload mapping of the namespace
 * to that compartment that Oracle's cross-compartment steps require.
 */
export class WorkloadIdentityAccess extends Construct {
  /**
   * The policy attached to the cluster's compartment (its statements for that compartment; none when every
   * permission names another compartment, then it holds only the first other compartment's statements).
   */
  public readonly policy: IdentityPolicy;
  /** Every policy, by the compartment it is attached to (the cluster's included). */
  public readonly policiesByCompartment: Record<string, IdentityPolicy> = {};
  /** The workload mappings of the namespace to the other compartments (none when every grant is in the cluster's). */
  public readonly workloadMappings: ContainerengineClusterWorkloadMapping[] = [];
  /** The statements, in service-account order. */
  public readonly statements: string[];

  constructor(scope: Construct, id: string, props: WorkloadIdentityAccessProps) {
    super(scope, id);
    const { compartmentId, clusterName, clusterId } = requireReference('cluster', props.cluster);
    requireOcid('cluster.compartmentId', compartmentId, 'compartment');
    requireOcid('cluster.clusterId', clusterId, 'cluster');
    validateWorkloadServiceAccounts('serviceAccounts', props.namespaceName, props.serviceAccounts);
    const tags = libraryTags(clusterName, 'workload-identity');
    this.statements = [];
    const byCompartment = new Map<string, string[]>();
    for (const account of props.serviceAccounts) {
      for (const permission of account.allow) {
        const target = permission.compartmentId ?? compartmentId;
        const [statement] = workloadIdentityStatements(compartmentId, clusterId, props.namespaceName, { name: account.name, allow: [permission] });
        this.statements.push(statement);
        byCompartment.set(target, [...(byCompartment.get(target) ?? []), statement]);
      }
    }
    // The cluster's compartment first, under the construct id 'policy' (a stable address); others in order of appearance.
    const compartments = [compartmentId, ...byCompartment.keys()].filter((c, i, all) => byCompartment.has(c) && all.indexOf(c) === i);
    compartments.forEach((target, i) => {
      const other = target !== compartmentId;
      this.policiesByCompartment[target] = new IdentityPolicy(this, i === 0 ? 'policy' : `policy-${i}`, {
        provider: props.identityProvider,
        compartmentId: target,
        name: tenancyUniqueName(clusterName, target, `${props.namespaceName}-workload-identity`),
        description: `OCI permissions of the service accounts of ${props.namespaceName} in the ${clusterName} cluster (workload identity)${other ? ', in this compartment' : ''}`,
        statements: byCompartment.get(target)!,
        freeformTags: tags,
      });
      if (other) this.workloadMappings.push(workloadMapping(this, clusterId, props.namespaceName, target, tags));
    });
    this.policy = this.policiesByCompartment[compartments[0]];
  }
}
