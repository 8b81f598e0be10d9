/**
 * IAM statements for the people (or CI identity) who run `cdktf-hardened-oke fleet`, from Oracle's "Details for
 * Resource Manager" (https://docs.oracle.com/iaas/Content/Identity/policyreference/resourcemanagerpolicyreference.htm):
 * - CreateJob needs ORM_JOB_MANAGE and ORM_STACK_USE: `manage orm-jobs` + `use orm-stacks`;
 * - Create/Update/DeleteStack and DetectStateDrift need `manage orm-stacks`; GetStackTfState and
 *   ListStackResourceDriftDetails `read orm-stacks`; GetJob, GetJobLogs, GetJobTfState `read orm-jobs`;
 * - orm-jobs take `target.job.operation` (e.g. 'PLAN'), so reviewers can plan without applying.
 * The infrastructure stack creates the ORM private endpoint: "manage private endpoints ... and use virtual network
 * resources, such as VCNs and subnets" (Managing Private Endpoints,
 * https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/private-endpoints.htm). Jobs act with the caller's
 * rights, so operators also need the rights on everything the stacks create (the cluster's own statements); create
 * policies in the home region.
 */
import { HardenedOkeValidationError } from '../core/errors';
import { validatePolicyStatement } from '../core/iam-policy/validate';

export interface ResourceManagerPolicyOptions {
  /** Compartment OCID of the fleet's ORM stacks. */
  readonly compartmentId: string;
  /** Group allowed to create and update stacks and run every job. */
  readonly operatorGroupName?: string;
  /** Group allowed only to read stacks and run PLAN jobs (reviewers). */
  readonly plannerGroupName?: string;
}

/** The statements, each checked against the library's IAM reference table. */
export function resourceManagerPolicyStatements(options: ResourceManagerPolicyOptions): string[] {
  const where = `in compartment id ${options.compartmentId}`;
  const out: string[] = [];
  if (options.operatorGroupName) {
    const g = `Allow group ${options.operatorGroupName} to`;
    out.push(
      `${g} manage orm-stacks ${where}`,
      `${g} manage orm-jobs ${where}`,
      `${g} manage orm-private-endpoints ${where}`,
      `${g} use virtual-network-family ${where}`,
    );
  }
  if (options.plannerGroupName) {
    const g = `Allow group ${options.plannerGroupName} to`;
    out.push(
      `${g} use orm-stacks ${where}`,
      `${g} read orm-jobs ${where}`,
      `${g} manage orm-jobs ${where} where target.job.operation = 'PLAN'`,
      `${g} read orm-private-endpoints ${where}`,
    );
  }
  if (out.length === 0) {
    throw new HardenedOkeValidationError('resourceManagerPolicyStatements', 'names no group', 'give operatorGroupName, plannerGroupName or both');
  }
  for (const statement of out) {
    const problems = validatePolicyStatement(statement);
    if (problems.length > 0) throw new Error(`internal: ${statement}: ${problems.map((p) => p.problem).join('; ')}`);
  }
  return out;
}

/** jsii surface of {@link resourceManagerPolicyStatements}. */
export class ResourceManagerPolicy {
  /** IAM statements for fleet operators and planners, checked against the library's IAM reference table. */
  public static statements(options: ResourceManagerPolicyOptions): string[] {
    return resourceManagerPolicyStatements(options);
  }

  private constructor() {}
}
