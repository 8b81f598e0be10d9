import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IOkeCluster } from '../cluster/cluster-ref';
import { requireReference } from '../core/references';
import { IdentityDynamicGroup } from '../generated/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { ADMINISTRATORS_TAG_KEY, ADMINISTRATORS_TAG_VALUE } from '../core/iam-policy/administrators';
import { administratorStatements, clusterServiceStatements, workerNodesMatchingRule } from './private/iam-statements';

export interface ClusterIamProps {
  /**
   * The cluster: an OkeCluster or HardenedCluster of this app, or OkeCluster.fromClusterAttributes for one created
   * elsewhere. Its OCID conditions the statements; its compartment and name place and name the resources.
   */
  readonly cluster: IOkeCluster;
  /**
   * Tenancy OCID. Dynamic groups live at the tenancy (OCI offers no other place), so the worker-node dynamic
   * group is created only when this is given.
   * @default - no dynamic group
   */
  readonly tenancyId?: string;
  /**
   * IAM groups of cluster administrators: they may use this cluster and open bastion sessions to it.
   *
   * Kubernetes Engine authorizes with IAM before RBAC: any group that an IAM policy grants `manage clusters`,
   * `manage cluster-family` or `manage all-resources` is effectively cluster-admin, whatever the RBAC bindings say.
   * Grant that only to these groups; the administrator policy carries the freeform tag
   * `iam-role: cluster-administrators` so the IAM-13 check can tell declared administrators from other groups.
   * @default - none
   */
  readonly adminGroupIds?: string[];
  /**
   * Condition every administrator statement on `request.user.mfaTotpVerified = 'true'`. Works only for local IAM
   * users who signed in with TOTP MFA in a tenancy without identity domains; federated users and identity-domain
   * tenancies never set the variable, so they would lose access (enforce MFA in the identity provider instead).
   * @default false
   */
  readonly requireMfa?: boolean;
  /**
   * Bastion the administrators use.
   * @default - no bastion statements
   */
  readonly bastionId?: string;
  /**
   * Provider for the identity resources (dynamic group, policies). IAM resources can only be created in the
   * tenancy's home region (Managing Regions): pass a provider of the home region when the stack's is another.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * The IAM the cluster needs, by least privilege: a dynamic group of this cluster's worker nodes, a policy for
 * the cluster's own service principal conditioned on its id, and a policy for administrator groups limited to
 * this cluster and its bastion. No `manage all-resources`, nothing tenancy-wide except the dynamic group.
 */
export class ClusterIam extends Construct {
  /** Dynamic group of the cluster's worker nodes (when tenancyId is given). */
  public readonly workerDynamicGroup?: IdentityDynamicGroup;
  /** Policy for the cluster's service principal. */
  public readonly clusterPolicy: IdentityPolicy;
  /** Policy for the administrator groups (when any are given). */
  public readonly adminPolicy?: IdentityPolicy;
  /** OCID of the worker dynamic group, if created. */
  public readonly workerDynamicGroupId?: string;
  /** Name of the worker dynamic group, for policy statements (`dynamic-group <name>`). */
  public readonly workerDynamicGroupName?: string;
  /** Whether the administrator statements require TOTP MFA (resolved `requireMfa`). */
  public readonly requireMfa: boolean;
  /** Policies of administrators added after construction (addAdministrator), one per group. */
  public readonly addedAdminPolicies: IdentityPolicy[] = [];
  private readonly props: ClusterIamProps;

  constructor(scope: Construct, id: string, props: ClusterIamProps) {
    super(scope, id);
    const { compartmentId, clusterName, clusterId } = requireReference('cluster', props.cluster);
    requireOcid('cluster.compartmentId', compartmentId, 'compartment');
    requireOcid('cluster.clusterId', clusterId, 'cluster');
    if (props.tenancyId !== undefined) requireOcid('tenancyId', props.tenancyId, 'tenancy');
    (props.adminGroupIds ?? []).forEach((g, i) => requireOcid(`adminGroupIds[${i}]`, g, 'group'));
    if (props.requireMfa !== undefined && typeof props.requireMfa !== 'boolean') {
      throw new HardenedOkeValidationError('requireMfa', `must be true or false, got ${JSON.stringify(props.requireMfa)}`, 'set requireMfa: true or leave it out');
    }
    this.requireMfa = props.requireMfa ?? false;
    this.props = props;

    const tags = libraryTags(clusterName, 'iam');
    if (props.tenancyId) {
      this.workerDynamicGroupName = tenancyUniqueName(clusterName, compartmentId, 'workers');
      this.workerDynamicGroup = new IdentityDynamicGroup(this, 'worker-nodes', {
        provider: props.identityProvider,
        compartmentId: props.tenancyId,
        name: this.workerDynamicGroupName,
        description: `Worker nodes of the ${clusterName} OKE cluster`,
        matchingRule: workerNodesMatchingRule(compartmentId),
        freeformTags: tags,
      });
      this.workerDynamicGroupId = this.workerDynamicGroup.id;
    }
    this.clusterPolicy = new IdentityPolicy(this, 'cluster-policy', {
      provider: props.identityProvider,
      compartmentId,
      name: tenancyUniqueName(clusterName, compartmentId, 'cluster-service'),
      description: `Lets the ${clusterName} cluster's cloud controller manage the network security groups of its load balancers`,
      statements: clusterServiceStatements(compartmentId, clusterId),
      freeformTags: tags,
    });
    const admins = [...(props.adminGroupIds ?? [])].sort();
    if (admins.length > 0) {
      this.adminPolicy = new IdentityPolicy(this, 'admin-policy', {
        provider: props.identityProvider,
        compartmentId,
        name: tenancyUniqueName(clusterName, compartmentId, 'administrators'),
        description: `Lets the ${clusterName} administrators use this cluster and its bastion only`,
        statements: admins.flatMap((g) => administratorStatements(g, compartmentId, clusterId, props.bastionId, this.requireMfa)),
        // Declares these groups as the cluster's administrators in the output (IAM-13).
        freeformTags: { ...tags, [ADMINISTRATORS_TAG_KEY]: ADMINISTRATORS_TAG_VALUE },
      });
    }
  }

  /**
   * Declares one more administrator group after construction: its own policy with the administrator statements,
   * tagged as an administrator policy (so IAM-13 counts the group as declared). Bind it to cluster-admin in the
   * cluster as well (HardenedCluster.grantClusterAdmin does both).
   */
  public addAdministrator(groupId: string): IdentityPolicy {
    requireOcid('groupId', groupId, 'group');
    const props = this.props;
    const { compartmentId, clusterName, clusterId } = props.cluster;
    const index = this.addedAdminPolicies.length;
    const policy = new IdentityPolicy(this, `admin-policy-${index + 1}`, {
      provider: props.identityProvider,
      compartmentId,
      name: tenancyUniqueName(clusterName, compartmentId, `administrators-${index + 1}`),
      description: `Lets one more ${clusterName} administrator group use this cluster and its bastion only`,
      statements: administratorStatements(groupId, compartmentId, clusterId, props.bastionId, this.requireMfa),
      freeformTags: { ...libraryTags(clusterName, 'iam'), [ADMINISTRATORS_TAG_KEY]: ADMINISTRATORS_TAG_VALUE },
    });
    this.addedAdminPolicies.push(policy);
    return policy;
  }
}
