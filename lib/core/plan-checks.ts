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

/**
 * Postcondition of a brought key's `oci_kms_key` data source: the key is in the compartment the library's IAM
 * statements name. A policy grants only in the compartment it is attached to and the ones below it ("How Policies
 * Work": policy inheritance and attachment), and Oracle's key statements name "the compartment containing the master
 * encryption key", so a key elsewhere is never granted and what encrypts or verifies with it fails at apply.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengencryptingdata.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
 */
export function keyCompartmentCondition(compartmentProperty: string, keyProperty: string, compartmentId: string): Postcondition {
  return planCondition(`self.compartment_id == "${compartmentId}"`, compartmentProperty,
    `the key ${propertyPath(keyProperty)} is not in compartment ${compartmentId}, which the key policy is written for and attached to`,
    `set ${propertyPath(compartmentProperty)} to the compartment that holds the key (its compartment_id), or bring a key of that compartment`);
}
