import { comparisonsOf, isOpaqueStatement, parsePolicyStatement, PolicyParseError, PolicyStatement } from './parser';
import { closestName } from '../closest-name';
import { isVariableOf, POLICY_VERBS, PRINCIPAL_TYPES, resourceType, SERVICE_PRINCIPALS } from './reference';

/** One thing wrong with a statement, with how to fix it. */
export interface PolicyProblem {
  readonly problem: string;
  readonly fix: string;
}

function isOpaque(value: string): boolean {
  return value.includes('${');
}

/**
 * Checks one statement against the policy grammar and the reference table: verb, resource type or family, each
 * condition variable against the variables documented for that type, and literal request.principal.type values.
 * With `attachedTo` (the policy's compartment_id), also where the statement may grant: a policy grants only in the
 * compartment it is attached to and below it (Oracle "How Policies Work": policy inheritance and attachment), so an
 * `in tenancy` statement needs a policy attached to the root compartment (the tenancy OCID).
 * https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
 * (A statement for another compartment by OCID is not judged: it is valid when that compartment is below
 * `attachedTo`, which only the tenancy knows. The library's own policies are attached where they grant, which
 * test/contract/policy-attachment.test.ts holds for every example.) Also judged: service principal names that are
 * near misses of documented ones (SERVICE_PRINCIPALS: the regionless `objectstorage`, typos), a group or dynamic
 * group named by an OCID without `id`, and unquoted literal condition values. Returns no problems for a valid
 * statement.
 */
export function validatePolicyStatement(statement: string, attachedTo?: string): PolicyProblem[] {
  // A statement that is one Terraform expression (e.g. "${var.statement}") is only known at apply: nothing to judge.
  if (isOpaqueStatement(statement)) return [];
  let parsed: PolicyStatement;
  try {
    parsed = parsePolicyStatement(statement);
  } catch (err) {
    if (!(err instanceof PolicyParseError)) throw err;
    return [{ problem: `does not parse: ${err.message}`, fix: 'write it as Oracle "Policy Syntax" shows: Allow <subject> to <verb> <resource-type> in compartment id <ocid> [where <conditions>]' }];
  }
  if (parsed.kind !== 'allow') return [];
  const problems: PolicyProblem[] = [];
  if (parsed.location.kind === 'tenancy' && attachedTo !== undefined && /^ocid1\.compartment\./.test(attachedTo)) {
    problems.push({
      problem: `grants "in tenancy" from a policy attached to compartment ${attachedTo}, and a policy grants only in its compartment and the ones below it`,
      fix: 'attach the policy to the root compartment (compartment_id = the tenancy OCID), or scope the statement "in compartment id <ocid>"',
    });
  }
  const subject = parsed.subject;
  if (subject.kind === 'service') {
    for (const name of subject.names) {
      const near = isOpaque(name) ? undefined : nearMissOfServicePrincipal(name);
      if (near === undefined) continue;
      problems.push({
        problem: `"service ${name}" is not a service principal Oracle documents (did you mean ${near}?)`,
        fix: `write "service ${near}"${/^objectstorage$/i.test(name) ? ' (Object Storage is named per region: objectstorage-<region>)' : ''}`,
      });
    }
  }
  if ((subject.kind === 'group' || subject.kind === 'dynamic-group') && !subject.byId) {
    const ocid = subject.names.find((n) => /^ocid1\./i.test(n));
    if (ocid !== undefined) {
      problems.push({ problem: `names ${subject.kind} "${ocid}", an OCID, without "id"`, fix: `write "${subject.kind} id ${ocid}" (Oracle "Policy Syntax")` });
    }
  }
  if (parsed.verb !== undefined && !POLICY_VERBS.includes(parsed.verb)) {
    problems.push({ problem: `"${parsed.verb}" is not a verb`, fix: `use one of ${POLICY_VERBS.join(', ')} (Oracle "Verbs")` });
  }
  const type = resourceType(parsed.resourceType);
  if (!type) {
    problems.push({
      problem: `"${parsed.resourceType}" is not a resource type or family known to the library`,
      fix: 'use the resource type from the service\'s "Details for ..." policy reference page (e.g. clusters, cluster-family, keys, objects); if Oracle documents it and the library lacks it, add it to lib/core/iam-policy/reference.ts with the page',
    });
    return problems;
  }
  for (const cmp of comparisonsOf(parsed.condition)) {
    if (!isVariableOf(parsed.resourceType, cmp.variable)) {
      problems.push({
        problem: `the condition variable "${cmp.variable}" is not documented for ${parsed.resourceType} (${type.page})`,
        fix: `use a variable ${parsed.resourceType} has (e.g. ${[...type.variables, 'target.compartment.id'].slice(0, 3).join(', ')}) or a general variable ("General Variables for All Requests")`,
      });
    }
    // The right-hand side may itself be a variable (e.g. request.principal.compartment.id = target.compartment.id).
    cmp.values.forEach((v, i) => {
      if (!cmp.quoted[i] && /^(request|target)\./i.test(v) && !isVariableOf(parsed.resourceType, v)) {
        problems.push({ problem: `the condition variable "${v}" is not documented for ${parsed.resourceType} (${type.page})`, fix: 'compare with a documented variable or a quoted value' });
      }
    });
    cmp.values.forEach((v, i) => {
      // Unquoted: a variable, a Terraform interpolation or a /pattern/; any other literal must be in single quotes.
      if (!cmp.quoted[i] && !isOpaque(v) && !/^(request|target)\./i.test(v) && !v.startsWith('/')) {
        problems.push({ problem: `the value ${v} of ${cmp.variable} is not quoted`, fix: `write ${cmp.variable} = '${v}' (Oracle "Conditions": literal values are in single quotes)` });
      }
    });
    if (cmp.variable.toLowerCase() === 'request.principal.type') {
      for (const v of cmp.values) {
        if (isOpaque(v) || PRINCIPAL_TYPES[v.toLowerCase()] !== undefined) continue;
        problems.push({
          problem: `"${v}" is not a request.principal.type value the library knows`,
          fix: `use one of ${Object.keys(PRINCIPAL_TYPES).map((t) => `'${t}'`).join(', ')}, or add the documented value with its page to lib/core/iam-policy/reference.ts`,
        });
      }
    }
  }
  return problems;
}


/**
 * The documented principal a service name nearly matches (undefined: documented, or not close to any). Services the
 * table does not list pass: Oracle documents more principals than the library uses, and IAM judges them at apply.
 */
function nearMissOfServicePrincipal(name: string): string | undefined {
  if (SERVICE_PRINCIPALS.some((sp) => sp.pattern.test(name))) return undefined;
  if (/^objectstorage$/i.test(name)) return 'objectstorage-<region>';
  return closestName(name, SERVICE_PRINCIPALS.map((sp) => sp.example));
}
