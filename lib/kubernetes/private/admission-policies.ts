import { K8sObject } from './manifest-order';
import { LB_ANNOTATIONS } from '../../core/load-balancer-annotations';

/**
 * The baseline's in-cluster admission rules as ValidatingAdmissionPolicies (admissionregistration.k8s.io/v1, GA in
 * Kubernetes 1.30, built into kube-apiserver: no extra controller). Follows the Kubernetes docs "Validating Admission
 * Policy" (matchConstraints, matchConditions, variables, namespaceObject, validationActions, matchResources).
 *
 * Bindings (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/ › "Validation
 * actions" and `matchResources.namespaceSelector`):
 * - enforceAllNamespaces (a cluster the library creates, where nothing runs yet): one binding per policy, [Deny], on
 *   every namespace except the exempted ones.
 * - otherwise (a cluster created elsewhere, already running workloads): the [Deny] binding selects only the namespaces
 *   the library manages (label {@link ADMISSION_ENFORCED_LABEL}), and a second binding `<policy>-warn` with
 *   [Warn, Audit] judges every other non-exempted namespace, so existing workloads keep starting while their owners see
 *   the warnings (kubectl, API response headers) and the audit log records them. Deny and Warn never share a binding:
 *   kube-apiserver refuses it (pkg/apis/admissionregistration/validation validateValidationActions: "must not contain
 *   both Deny and Warn").
 *
 * The CEL expressions use only standard CEL (has, all, exists, in, startsWith, contains, matches, size) and the
 * strings extension's split/trim, which Kubernetes CEL includes ("CEL in Kubernetes" › Kubernetes string library
 * / cel-go strings extension). test/kubernetes/admission-policies.test.ts evaluates them with @bufbuild/cel.
 */

/** Where OCIR serves a region, per Oracle's "Preparing for Container Registry" › "Availability by Region". */
export function ocirRegistryHosts(region: string, regionKey?: string): string[] {
  // The table lists, per region: https://<region-identifier>.ocir.io and https://<region-key>.ocir.io (both "OC1
  // realm only") and https://artifacts.<region-identifier>.oci.oraclecloud.com (every realm).
  const hosts = [`${region}.ocir.io`, `artifacts.${region}.oci.oraclecloud.com`];
  if (regionKey !== undefined) hosts.unshift(`${regionKey}.ocir.io`);
  return hosts;
}

/**
 * OKE's image verification break-glass annotation: a pod carrying it skips signature verification (Oracle,
 * "Enforcing the Use of Signed Images from Registry"). OKE implements verification with Kubernetes'
 * ImagePolicyWebhook, which forwards every pod annotation matching `*.image-policy.k8s.io/*` to the backend
 * (Kubernetes docs "Admission Control" › ImagePolicyWebhook), so the policy refuses that whole family.
 */
export const BREAK_GLASS_ANNOTATION = 'oracle.image-policy.k8s.io/break-glass';
const IMAGE_POLICY_ANNOTATION_FAMILY = '.image-policy.k8s.io/';

export { LB_ANNOTATIONS } from '../../core/load-balancer-annotations';

/** Values of the security-rule management mode that leave security lists alone. */
export const NSG_MANAGEMENT_MODES = ['NSG', 'None'];

/** Namespace label that allows public (non-internal) load balancers; set by ApplicationNamespace.allowPublicLoadBalancers. */
export const PUBLIC_LB_LABEL = 'cdktf-hardened-oke.dev/public-load-balancers';
export const PUBLIC_LB_LABEL_VALUE = 'allowed';

/**
 * Namespace label that allows `spec.loadBalancerSourceRanges` of 0.0.0.0/0 or ::/0; set by
 * ApplicationNamespace.loadBalancerSourceAnywhereReason (a waiver). In NSG mode the cloud controller opens each
 * listener port of the frontend NSG to every source range, and to 0.0.0.0/0 when the list is empty
 * (oracle/oci-cloud-controller-manager pkg/cloudprovider/providers/oci/load_balancer_spec.go, getLoadBalancerSourceRanges, which
 * takes k8s.io/cloud-provider's GetLoadBalancerSourceRanges: the spec field, else the source-ranges annotation, else allow-all).
 */
export const LB_SOURCE_ANYWHERE_LABEL = 'cdktf-hardened-oke.dev/load-balancer-source-anywhere';
export const LB_SOURCE_ANYWHERE_LABEL_VALUE = 'waived';
/** Source ranges meaning "every address". */
export const ANYWHERE_CIDRS = ['0.0.0.0/0', '::/0'];

/** Namespaces the bindings never match: Kubernetes' own, and the CNI namespace (its images come from quay.io). */
export const ALWAYS_EXCLUDED_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease'];

/**
 * Label the library puts on the namespaces it manages (application namespaces, and those of podSecurityExemptions):
 * on a cluster created elsewhere, only these are judged with Deny until `admission.enforceAllNamespaces` is set.
 */
export const ADMISSION_ENFORCED_LABEL = 'cdktf-hardened-oke.dev/admission';
export const ADMISSION_ENFORCED_LABEL_VALUE = 'enforced';
/** Suffix of the [Warn, Audit] binding of a policy (clusters created elsewhere). */
export const WARN_BINDING_SUFFIX = '-warn';

export const POLICY_NAMES = {
  ocirImages: 'hardened-oke-ocir-images-by-digest',
  breakGlass: 'hardened-oke-no-image-verification-break-glass',
  containerHygiene: 'hardened-oke-read-only-root-pinned-tags',
  loadBalancers: 'hardened-oke-load-balancer-services',
} as const;

export interface AdmissionPolicyParams {
  /** Region identifier, e.g. eu-frankfurt-1 (or a token). */
  readonly region: string;
  /** Lowercase OCIR region key, e.g. fra (or a token). */
  readonly regionKey?: string;
  /** Object Storage namespace of the tenancy (or a token). */
  readonly tenancyNamespace: string;
  /** OCID of the load balancer NSG (or a token). */
  readonly loadBalancerNsgId: string;
  /** OCID of the workers NSG, the backend NSG NSG-mode Services must name (or a token); undefined: not required. */
  readonly workerNsgId?: string;
  /** Namespaces the bindings exclude. */
  readonly excludedNamespaces: string[];
  /**
   * Deny everywhere but the excluded namespaces; false: Deny only in namespaces labelled ADMISSION_ENFORCED_LABEL,
   * Warn and Audit elsewhere.
   * @default true
   */
  readonly enforceAllNamespaces?: boolean;
  /** Labels put on every object. */
  readonly labels: Record<string, string>;
}

/** One validation of a policy (CEL). */
export interface PolicyValidation {
  readonly expression: string;
  readonly message: string;
}

/** A policy as data: what it matches, its variables and validations, and the documentation page it follows. */
export interface PolicySpec {
  readonly name: string;
  readonly source: string;
  readonly resources: string[];
  readonly matchConditions: { name: string; expression: string }[];
  readonly variables: { name: string; expression: string }[];
  readonly validations: PolicyValidation[];
}

const cel = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const celList = (items: readonly string[]): string => `[${items.map(cel).join(', ')}]`;

/** Every container of a Pod: containers, initContainers and ephemeralContainers. */
const ALL_CONTAINERS = 'object.spec.containers'
  + ' + (has(object.spec.initContainers) ? object.spec.initContainers : [])'
  + ' + (has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers : [])';
const POD_RESOURCES = ['pods', 'pods/ephemeralcontainers'];

/** The four policies, parameterized. Pure data: tested by evaluating the CEL. */
export function policySpecs(p: AdmissionPolicyParams): PolicySpec[] {
  const prefixes = ocirRegistryHosts(p.region, p.regionKey).map((h) => `${h}/${p.tenancyNamespace}/`);
  return [
    {
      // Oracle "Preparing for Container Registry" (endpoints) and "Pushing Images Using the Docker CLI"
      // (<endpoint>/<tenancy-namespace>/<repo>); digest references per Kubernetes "Images" › "Image names".
      name: POLICY_NAMES.ocirImages,
      source: 'Oracle "Preparing for Container Registry"; Kubernetes "Images"; Kubernetes "Validating Admission Policy"',
      resources: POD_RESOURCES,
      matchConditions: [],
      variables: [
        { name: 'containers', expression: ALL_CONTAINERS },
        { name: 'registries', expression: celList(prefixes) },
      ],
      validations: [
        {
          expression: 'variables.containers.all(c, variables.registries.exists(r, c.image.startsWith(r)))',
          message: `every image (containers, initContainers, ephemeralContainers) must come from the tenancy's OCIR: ${prefixes.join(', ')}`,
        },
        {
          expression: "variables.containers.all(c, c.image.matches('@sha256:[0-9a-f]{64}$'))",
          message: 'every image must be referenced by digest (<repository>@sha256:<64 hex digits>)',
        },
      ],
    },
    {
      name: POLICY_NAMES.breakGlass,
      source: 'Oracle "Enforcing the Use of Signed Images from Registry"; Kubernetes "Admission Control" (ImagePolicyWebhook)',
      resources: POD_RESOURCES,
      matchConditions: [],
      variables: [],
      validations: [{
        expression: `!has(object.metadata.annotations) || object.metadata.annotations.all(k, !k.contains(${cel(IMAGE_POLICY_ANNOTATION_FAMILY)}))`,
        message: `image verification cannot be bypassed: annotations such as ${BREAK_GLASS_ANNOTATION} (any *${IMAGE_POLICY_ANNOTATION_FAMILY}*) are refused`,
      }],
    },
    {
      // NSA/CISA Kubernetes Hardening Guide "Immutable container file systems"; Kubernetes "Images" (":latest" and
      // untagged references resolve to whatever was pushed last).
      name: POLICY_NAMES.containerHygiene,
      source: 'Kubernetes "Configure a Security Context for a Pod or Container"; Kubernetes "Images"',
      resources: POD_RESOURCES,
      matchConditions: [],
      variables: [{ name: 'containers', expression: ALL_CONTAINERS }],
      validations: [
        {
          expression: 'variables.containers.all(c, has(c.securityContext) && has(c.securityContext.readOnlyRootFilesystem) && c.securityContext.readOnlyRootFilesystem == true)',
          message: 'every container must set securityContext.readOnlyRootFilesystem: true (mount an emptyDir where it writes)',
        },
        {
          // A tag is ":<no slash>" at the end of the name (a registry port is followed by "/"); a digest pins too.
          expression: "variables.containers.all(c, !c.image.matches(':latest(@|$)') && (c.image.contains('@') || c.image.matches(':[^/]+$')))",
          message: 'images must not use the :latest tag nor be untagged; pin a version tag and a digest',
        },
      ],
    },
    {
      name: POLICY_NAMES.loadBalancers,
      source: 'Oracle "Summary of Annotations for Load Balancers and Network Load Balancers"; Oracle "Specifying Security Rule Management Options for Load Balancers and Network Load Balancers"',
      resources: ['services'],
      matchConditions: [{ name: 'load-balancer-services', expression: "has(object.spec.type) && object.spec.type == 'LoadBalancer'" }],
      variables: [
        { name: 'annotations', expression: 'has(object.metadata.annotations) ? object.metadata.annotations : {}' },
        { name: 'nlb', expression: `${cel(LB_ANNOTATIONS.type)} in variables.annotations && variables.annotations[${cel(LB_ANNOTATIONS.type)}] == 'nlb'` },
        { name: 'nsgKey', expression: `variables.nlb ? ${cel(LB_ANNOTATIONS.nlbNsgs)} : ${cel(LB_ANNOTATIONS.lbNsgs)}` },
        { name: 'internalKey', expression: `variables.nlb ? ${cel(LB_ANNOTATIONS.nlbInternal)} : ${cel(LB_ANNOTATIONS.lbInternal)}` },
        {
          name: 'publicAllowed',
          expression: `has(namespaceObject.metadata.labels) && ${cel(PUBLIC_LB_LABEL)} in namespaceObject.metadata.labels && namespaceObject.metadata.labels[${cel(PUBLIC_LB_LABEL)}] == ${cel(PUBLIC_LB_LABEL_VALUE)}`,
        },
        {
          name: 'anywhereAllowed',
          expression: `has(namespaceObject.metadata.labels) && ${cel(LB_SOURCE_ANYWHERE_LABEL)} in namespaceObject.metadata.labels && namespaceObject.metadata.labels[${cel(LB_SOURCE_ANYWHERE_LABEL)}] == ${cel(LB_SOURCE_ANYWHERE_LABEL_VALUE)}`,
        },
      ],
      validations: [
        {
          expression: `${cel(LB_ANNOTATIONS.securityRuleMode)} in variables.annotations && variables.annotations[${cel(LB_ANNOTATIONS.securityRuleMode)}] in ${celList(NSG_MANAGEMENT_MODES)}`,
          message: `LoadBalancer Services must set ${LB_ANNOTATIONS.securityRuleMode} to NSG or None, so the cloud controller never edits security lists`,
        },
        {
          expression: `variables.nsgKey in variables.annotations && variables.annotations[variables.nsgKey].split(',').exists(id, id.trim() == ${cel(p.loadBalancerNsgId)})`,
          message: `LoadBalancer Services must list the cluster's load balancer NSG in ${LB_ANNOTATIONS.lbNsgs} (${LB_ANNOTATIONS.nlbNsgs} for an NLB)`,
        },
        {
          expression: "variables.publicAllowed || (variables.internalKey in variables.annotations && variables.annotations[variables.internalKey] == 'true')",
          message: `LoadBalancer Services must be internal (${LB_ANNOTATIONS.lbInternal}: "true", or ${LB_ANNOTATIONS.nlbInternal}: "true" for an NLB) unless their namespace allows public load balancers`,
        },
        {
          // Empty means 0.0.0.0/0 to the cloud controller (load_balancer_spec.go): every Service names its clients.
          expression: 'has(object.spec.loadBalancerSourceRanges) && size(object.spec.loadBalancerSourceRanges) > 0',
          message: 'LoadBalancer Services must list their clients in spec.loadBalancerSourceRanges (the VCN CIDR or named CIDRs): an empty list opens the listener to 0.0.0.0/0',
        },
        {
          expression: `variables.anywhereAllowed || !has(object.spec.loadBalancerSourceRanges) || object.spec.loadBalancerSourceRanges.all(r, !(r.trim() in ${celList(ANYWHERE_CIDRS)}))`,
          message: `spec.loadBalancerSourceRanges must not contain 0.0.0.0/0 or ::/0 unless the namespace has a waiver (label ${LB_SOURCE_ANYWHERE_LABEL}: ${LB_SOURCE_ANYWHERE_LABEL_VALUE}, from loadBalancerSourceAnywhereReason)`,
        },
        ...(p.workerNsgId === undefined ? [] : [{
          expression: `!(${cel(LB_ANNOTATIONS.securityRuleMode)} in variables.annotations) || variables.annotations[${cel(LB_ANNOTATIONS.securityRuleMode)}] != 'NSG' || (${cel(LB_ANNOTATIONS.backendNsgs)} in variables.annotations && variables.annotations[${cel(LB_ANNOTATIONS.backendNsgs)}].split(',').exists(id, id.trim() == ${cel(p.workerNsgId)}))`,
          message: `LoadBalancer Services in NSG mode must name the workers NSG in ${LB_ANNOTATIONS.backendNsgs}: the controller writes the backend rules only into the NSGs that annotation lists`,
        }]),
      ],
    },
  ];
}

/** The ValidatingAdmissionPolicy and ValidatingAdmissionPolicyBinding objects of every policy. */
export function admissionPolicyObjects(p: AdmissionPolicyParams): K8sObject[] {
  return policySpecs(p).flatMap((spec): K8sObject[] => [
    {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingAdmissionPolicy',
      metadata: { name: spec.name, labels: p.labels, annotations: { 'cdktf-hardened-oke.dev/source': spec.source } },
      spec: {
        failurePolicy: 'Fail',
        matchConstraints: {
          resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: spec.resources }],
        },
        ...(spec.matchConditions.length > 0 ? { matchConditions: spec.matchConditions } : {}),
        ...(spec.variables.length > 0 ? { variables: spec.variables } : {}),
        validations: spec.validations.map((v) => ({ expression: v.expression, message: v.message })),
      },
    },
    ...bindingObjects(p, spec.name),
  ]);
}

/** The binding(s) of one policy (see the module comment). */
function bindingObjects(p: AdmissionPolicyParams, policyName: string): K8sObject[] {
  const notExcluded = { key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: [...p.excludedNamespaces] };
  const binding = (name: string, validationActions: string[], matchExpressions: object[]): K8sObject => ({
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: { name, labels: p.labels },
    spec: { policyName, validationActions, matchResources: { namespaceSelector: { matchExpressions } } },
  });
  if (p.enforceAllNamespaces ?? true) return [binding(policyName, ['Deny'], [notExcluded])];
  return [
    binding(policyName, ['Deny'], [notExcluded, { key: ADMISSION_ENFORCED_LABEL, operator: 'In', values: [ADMISSION_ENFORCED_LABEL_VALUE] }]),
    // NotIn also selects namespaces without the label (apimachinery labels.Requirement.Matches).
    binding(`${policyName}${WARN_BINDING_SUFFIX}`, ['Warn', 'Audit'], [notExcluded, { key: ADMISSION_ENFORCED_LABEL, operator: 'NotIn', values: [ADMISSION_ENFORCED_LABEL_VALUE] }]),
  ];
}
