import { LB_ANNOTATIONS } from '../../core/load-balancer-annotations';
import { ComplianceModel, K8sObject } from '../model';

/**
 * What the in-cluster admission control must cover (issue 10 §4), judged on any ValidatingAdmissionPolicy in the
 * output, ours or hand-written: the policy matches the resource, its CEL mentions what the rule is about, and a
 * ValidatingAdmissionPolicyBinding with validationActions Deny binds it in every namespace but named exclusions.
 */
export interface AdmissionRequirement {
  readonly label: string;
  readonly resource: string;
  /** Substrings the policy's CEL (variables, matchConditions, validations) must all contain. */
  readonly mentions: string[];
}

export const ADMISSION_REQUIREMENTS: AdmissionRequirement[] = [
  { label: 'images only from OCIR, by digest', resource: 'pods', mentions: ['.ocir.io/', '@sha256:'] },
  { label: 'image verification break-glass refused', resource: 'pods', mentions: ['image-policy.k8s.io'] },
  { label: 'read-only root filesystem, no :latest', resource: 'pods', mentions: ['readOnlyRootFilesystem', ':latest'] },
  { label: 'LoadBalancer Services with NSG management, internal', resource: 'services', mentions: [LB_ANNOTATIONS.securityRuleMode, LB_ANNOTATIONS.lbNsgs, LB_ANNOTATIONS.lbInternal] },
  // Empty source ranges open every listener to 0.0.0.0/0 (oci-cloud-controller-manager load_balancer_spec.go).
  { label: 'LoadBalancer Services with explicit source ranges, never 0.0.0.0/0 unwaived', resource: 'services', mentions: ['loadBalancerSourceRanges', '0.0.0.0/0'] },
];

function celOf(policy: K8sObject): string {
  const s = policy.object.spec ?? {};
  return [...(s.variables ?? []), ...(s.matchConditions ?? []), ...(s.validations ?? [])]
    .map((x: any) => String(x?.expression ?? '')).join('\n');
}

function matches(policy: K8sObject, resource: string): boolean {
  return (policy.object.spec?.matchConstraints?.resourceRules ?? [])
    .some((r: any) => (r.resources ?? []).some((x: string) => x === resource || x === '*') && (r.operations ?? []).some((o: string) => o === 'CREATE' || o === '*'));
}

/**
 * A binding judges every namespace but named exclusions: no objectSelector, and a namespaceSelector (if any) made only
 * of `kubernetes.io/metadata.name NotIn [...]`. A selector on another label (e.g. the library's managed-namespace
 * label on a cluster created elsewhere) narrows Deny to some namespaces, which does not meet the control.
 */
function bindsEveryNamespace(binding: K8sObject): boolean {
  const m = binding.object.spec?.matchResources ?? {};
  const selects = (sel: any) => sel === undefined || (Object.keys(sel.matchLabels ?? {}).length === 0
    && (sel.matchExpressions ?? []).every((e: any) => e?.key === 'kubernetes.io/metadata.name' && e?.operator === 'NotIn'));
  return selects(m.namespaceSelector) && (m.objectSelector === undefined || (Object.keys(m.objectSelector.matchLabels ?? {}).length === 0 && (m.objectSelector.matchExpressions ?? []).length === 0));
}

/** Labels of the requirements no Deny-bound policy in the model meets. */
export function missingAdmissionRequirements(m: ComplianceModel): string[] {
  const policies = m.objects.filter((o) => o.kind === 'ValidatingAdmissionPolicy' && o.apiVersion.startsWith('admissionregistration.k8s.io/'));
  const denied = new Set(m.objects
    .filter((o) => o.kind === 'ValidatingAdmissionPolicyBinding' && (o.object.spec?.validationActions ?? []).includes('Deny') && bindsEveryNamespace(o))
    .map((o) => String(o.object.spec?.policyName)));
  return ADMISSION_REQUIREMENTS.filter((req) => !policies.some((p) =>
    denied.has(p.name) && matches(p, req.resource) && req.mentions.every((s) => celOf(p).includes(s)))).map((r) => r.label);
}
