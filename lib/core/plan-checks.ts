import { Postcondition, Precondition } from 'cdktf';
import { propertyPath } from './errors';

/**
 * A Terraform lifecycle condition (Terraform >= 1.2; OCI Resource Manager runs 1.5) for a fact only the tenancy
 * knows: a property of a resource the user brings. The message has the form of the synth errors,
 * `<prop>: problem. Fix: ...`, so a failing plan names the prop to change.
 * @see https://developer.hashicorp.com/terraform/language/expressions/custom-conditions
 *
 * `condition` is an HCL expression without `${}` (it may use `self` in a postcondition).
 */
export function planCondition(condition: string, property: string, problem: string, fix: string): Precondition & Postcondition {
  return { condition: `\${${condition}}`, errorMessage: `${propertyPath(property)}: ${problem}. Fix: ${fix}` };
}
