import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../core/errors';
import { validatePolicyStatement } from '../core/iam-policy/validate';
import { requireOcid } from '../core/ocid';
import { IamVerb, WorkloadServiceAccount } from '../kubernetes/workload-identity';
import { requireNamespaceName } from '../core/names';

/**
 * Statements of one workload identity, as Oracle "Granting Workloads Access to OCI Resources" writes them:
 * `Allow any-user to <verb> <resource-type> in compartment id <c> where all {request.principal.type = 'workload',
 * request.principal.namespace = '<ns>', request.principal.service_account = '<sa>', request.principal.cluster_id =
 * '<cluster ocid>'}` (variables in lib/core/iam-policy/reference.ts, GENERAL_VARIABLES, with that page).
 */
export function workloadIdentityStatements(compartmentId: string, clusterId: string, namespaceName: string, account: WorkloadServiceAccount): string[] {
  return account.allow.map((p) => {
    const conditions = [
      "request.principal.type = 'workload'", `request.principal.namespace = '${namespaceName}'`,
      `request.principal.service_account = '${account.name}'`, `request.principal.cluster_id = '${clusterId}'`,
      ...(p.conditions ?? []),
    ];
    return `Allow any-user to ${p.verb} ${p.resourceType} in compartment id ${p.compartmentId ?? compartmentId} where all {${conditions.join(', ')}}`;
  });
}

const SAMPLE_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaasample';
const SAMPLE_CLUSTER = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaasample';

/**
 * Checks the service accounts at synth: names, verbs, and each statement against the policy reference table
 * (resource type, condition variables), the same table control IAM-12 judges the synthesized policy with.
 */
export function validateWorkloadServiceAccounts(property: string, namespaceName: string, accounts: readonly WorkloadServiceAccount[]): void {
  const names = new Set<string>();
  accounts.forEach((a, i) => {
    const p = `${property}[${i}]`;
    requireNamespaceName(`${p}.name`, a.name);
    if (a.name === 'default') {
      throw new HardenedOkeValidationError(`${p}.name`, 'the default service account never gets OCI permissions (every pod of the namespace would run with them)',
        'name a dedicated service account, e.g. "api", and set serviceAccountName on the pods that need the access');
    }
    if (names.has(a.name)) throw new HardenedOkeValidationError(`${p}.name`, `"${a.name}" is listed twice`, 'list each service account once');
    names.add(a.name);
    if (!a.allow || a.allow.length === 0) {
      throw new HardenedOkeValidationError(`${p}.allow`, 'grants nothing', 'list at least one permission, e.g. { verb: IamVerb.READ, resourceType: "objects" }');
    }
    a.allow.forEach((perm, j) => {
      const q = `${p}.allow[${j}]`;
      if (!Object.values(IamVerb).includes(perm.verb)) {
        throw new HardenedOkeValidationError(`${q}.verb`, `"${perm.verb}" is not a policy verb`, `use IamVerb.${Object.keys(IamVerb).join(', IamVerb.')}`);
      }
      if (perm.compartmentId !== undefined && !Token.isUnresolved(perm.compartmentId)) requireOcid(`${q}.compartmentId`, perm.compartmentId, 'compartment');
      // Judged with sample OCIDs, so the verdict does not depend on tokens.
      const [statement] = workloadIdentityStatements(SAMPLE_COMPARTMENT, SAMPLE_CLUSTER, namespaceName, { name: a.name, allow: [{ ...perm, compartmentId: undefined }] });
      const problems = validatePolicyStatement(statement);
      if (problems.length > 0) {
        throw new HardenedOkeValidationError(q, problems.map((x) => x.problem).join('; '), problems[0].fix);
      }
    });
  });
}
