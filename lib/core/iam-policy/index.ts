export { parsePolicyStatement, isOpaqueStatement, comparisonsOf, PolicyParseError } from './parser';
export type {
  PolicySubject,
  PolicyComparison,
  PolicyConditionGroup,
  PolicyCondition,
  AllowStatement,
  OtherStatement,
  PolicyStatement,
} from './parser';
export {
  resourceType,
  variablesOf,
  isVariableOf,
  POLICY_VERBS,
  GENERAL_VARIABLES,
  GENERAL_VARIABLE_PREFIXES,
  PRINCIPAL_TYPES,
  RESOURCE_TYPES,
  SERVICE_PRINCIPALS,
} from './reference';
export type { ResourceTypeInfo } from './reference';
export { validatePolicyStatement } from './validate';
export type { PolicyProblem } from './validate';
export { CLUSTER_ADMIN_EQUIVALENT_TYPES, ADMINISTRATORS_TAG_KEY, ADMINISTRATORS_TAG_VALUE } from './administrators';
