import { Postcondition, Precondition, Token, Tokenization } from 'cdktf';
import { propertyPath } from './errors';

/**
 * `value` as an operand of a condition expression: a quoted HCL string, or, when it is a single token (a reference to
 * something else of the app, such as the VCN the library creates or a Terraform variable), that expression itself.
 * cdktf renders a token inside the condition's enclosing `${...}` as a bare expression, so a quoted token would be
 * compared as the text of its expression ("oci_core_vcn.x.id") and the condition would never hold. A string that mixes
 * text and tokens stays quoted (no condition of the library compares one).
 */
export function hclOperand(value: string): string {
  if (Token.isUnresolved(value)) {
    const fragments = Tokenization.reverseString(value);
    if (fragments.length === 1 && fragments.firstToken !== undefined) return value;
  }
  return JSON.stringify(value);
}

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

/**
 * Postcondition of a brought key's `oci_kms_key` data source: the key is in the compartment the library's IAM
 * statements name. A policy grants only in the compartment it is attached to and the ones below it ("How Policies
 * Work": policy inheritance and attachment), and Oracle's key statements name "the compartment containing the master
 * encryption key", so a key elsewhere is never granted and what encrypts or verifies with it fails at apply.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengencryptingdata.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
 */
export function keyCompartmentCondition(compartmentProperty: string, keyProperty: string, compartmentId: string): Postcondition {
  return planCondition(`self.compartment_id == ${hclOperand(compartmentId)}`, compartmentProperty,
    `the key ${propertyPath(keyProperty)} is not in compartment ${compartmentId}, which the key policy is written for and attached to`,
    `set ${propertyPath(compartmentProperty)} to the compartment that holds the key (its compartment_id), or bring a key of that compartment`);
}
