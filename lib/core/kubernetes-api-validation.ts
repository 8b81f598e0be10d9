import { canonicalQuantity, quantityMapsOf } from './kubernetes-quantity';

/**
 * The Kubernetes API server's own validation, for the kinds the library writes or a user adds: what kube-apiserver
 * refuses at create although the object is schema-shaped. One rule per upstream rule, each citing its source in
 * kubernetes/kubernetes (`pkg/apis/<group>/validation/validation.go`) or kubernetes/apimachinery
 * (`pkg/util/validation/validation.go`, `pkg/api/validation/objectmeta.go`, `pkg/apis/meta/v1/validation`).
 * Pure functions over plain JSON: `apiValidationErrors(obj)` lists every violation with its field path.
 * Fields the library does not know are left to the server; nothing here accepts what the server refuses.
 */

/** One violation: the field path in the object (`spec.egress[0].to[0].ipBlock.except[0]`) and the server's reason. */
export interface ApiFieldError {
  readonly field: string;
  readonly message: string;
  /** Upstream function the rule mirrors, e.g. `networking/validation.ValidateIPBlock`. */
  readonly rule: string;
}

type Json = Record<string, any>;

// ---- apimachinery pkg/util/validation/validation.go -------------------------------------------------------------

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIGMAP_KEY = /^[-._a-zA-Z0-9]+$/;
const C_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** IsDNS1123Label: at most 63 lowercase alphanumerics and "-", alphanumeric at both ends (Namespace, container names). */
export function isDns1123Label(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 63 && DNS1123_LABEL.test(v);
}

/** IsDNS1123Subdomain: at most 253 characters, dot-separated DNS-1123 labels (most object names). */
export function isDns1123Subdomain(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 253 && DNS1123_SUBDOMAIN.test(v);
}

/** IsDNS1035Label: at most 63 characters, starting with a letter (Service names). */
export function isDns1035Label(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 63 && DNS1035_LABEL.test(v);
}

/** IsQualifiedName: `[prefix/]name`, prefix a DNS-1123 subdomain, name at most 63 (label and annotation keys). */
export function isQualifiedName(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const parts = v.split('/');
  if (parts.length > 2) return false;
  const name = parts[parts.length - 1];
  if (parts.length === 2 && (parts[0].length === 0 || !isDns1123Subdomain(parts[0]))) return false;
  return name.length > 0 && name.length <= 63 && QUALIFIED_NAME_PART.test(name);
}

/** IsValidLabelValue: empty, or at most 63 alphanumerics, "-", "_" and ".", alphanumeric at both ends. */
export function isValidLabelValue(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 63 && LABEL_VALUE.test(v);
}

/** IsValidPortNum: 1-65535. */
export function isValidPortNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535;
}

/** IsValidPortName (IANA_SVC_NAME): at most 15 lowercase alphanumerics and "-", a letter, no "--", no "-" at the ends. */
export function isValidPortName(v: unknown): boolean {
  return typeof v === 'string' && v.length >= 1 && v.length <= 15 && /^[-a-z0-9]+$/.test(v) && /[a-z]/.test(v)
    && !v.includes('--') && !v.startsWith('-') && !v.endsWith('-');
}

/** apimachinery pkg/api/validation/path IsValidPathSegmentName: not "." nor "..", no "/" nor "%" (RBAC names). */
export function isValidPathSegmentName(v: unknown): boolean {
  return typeof v === 'string' && v.length > 0 && v !== '.' && v !== '..' && !v.includes('/') && !v.includes('%');
}

// ---- helpers --------------------------------------------------------------------------------------------------

class Errors {
  public readonly list: ApiFieldError[] = [];
  public add(field: string, message: string, rule: string): void {
    this.list.push({ field, message, rule });
  }
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): any[] => (Array.isArray(v) ? v : []);

/** Kubernetes quantity (resource.Quantity, decimal and binary SI suffixes) as a number; undefined when unparseable. */
export function quantityValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const m = /^([+-]?[0-9]+(?:\.[0-9]*)?|[+-]?\.[0-9]+)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?[0-9]+)?$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const s = m[2] ?? '';
  const dec: Record<string, number> = { '': 1, 'n': 1e-9, 'u': 1e-6, 'm': 1e-3, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12, 'P': 1e15, 'E': 1e18 };
  const bin: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
  if (s in dec) return n * dec[s];
  if (s in bin) return n * bin[s];
  return n * 10 ** Number(s.slice(1));
}

// ---- metadata: apimachinery pkg/api/validation/objectmeta.go ValidateObjectMeta ------------------------------------

type NameRule = 'subdomain' | 'label' | 'dns1035' | 'path-segment';

/** Kinds the library knows: scope and the name function each kind's Validate<Kind> passes to ValidateObjectMeta. */
const KINDS: Record<string, { namespaced: boolean; name: NameRule }> = {
  Namespace: { namespaced: false, name: 'label' }, // core ValidateNamespace: ValidateNamespaceName = NameIsDNSLabel
  Service: { namespaced: true, name: 'dns1035' }, // core ValidateService: ValidateServiceName = NameIsDNS1035Label
  ServiceAccount: { namespaced: true, name: 'subdomain' }, // core ValidateServiceAccountName
  ConfigMap: { namespaced: true, name: 'subdomain' }, // core ValidateConfigMapName
  Secret: { namespaced: true, name: 'subdomain' }, // core ValidateSecretName
  LimitRange: { namespaced: true, name: 'subdomain' }, // core ValidateLimitRangeName
  ResourceQuota: { namespaced: true, name: 'subdomain' }, // core ValidateResourceQuotaName
  PersistentVolumeClaim: { namespaced: true, name: 'subdomain' },
  Pod: { namespaced: true, name: 'subdomain' }, // core ValidatePodName
  Deployment: { namespaced: true, name: 'subdomain' }, // apps ValidateDeploymentName
  StatefulSet: { namespaced: true, name: 'subdomain' },
  DaemonSet: { namespaced: true, name: 'subdomain' },
  ReplicaSet: { namespaced: true, name: 'subdomain' },
  Job: { namespaced: true, name: 'subdomain' },
  CronJob: { namespaced: true, name: 'subdomain' },
  NetworkPolicy: { namespaced: true, name: 'subdomain' }, // networking ValidateNetworkPolicyName
  Ingress: { namespaced: true, name: 'subdomain' },
  Endpoints: { namespaced: true, name: 'subdomain' }, // core ValidateEndpointsName
  ReplicationController: { namespaced: true, name: 'subdomain' }, // core ValidateReplicationControllerName
  PodDisruptionBudget: { namespaced: true, name: 'subdomain' }, // policy ValidatePodDisruptionBudget
  HorizontalPodAutoscaler: { namespaced: true, name: 'subdomain' }, // autoscaling ValidateHorizontalPodAutoscalerName
  EndpointSlice: { namespaced: true, name: 'subdomain' }, // discovery ValidateEndpointSliceName
  Lease: { namespaced: true, name: 'subdomain' }, // coordination ValidateLease
  Role: { namespaced: true, name: 'path-segment' }, // rbac minimalNameRequirements
  RoleBinding: { namespaced: true, name: 'path-segment' },
  ClusterRole: { namespaced: false, name: 'path-segment' },
  ClusterRoleBinding: { namespaced: false, name: 'path-segment' },
  StorageClass: { namespaced: false, name: 'subdomain' }, // storage ValidateStorageClass: NameIsDNSSubdomain
  ValidatingAdmissionPolicy: { namespaced: false, name: 'subdomain' }, // admissionregistration: NameIsDNSSubdomain
  ValidatingAdmissionPolicyBinding: { namespaced: false, name: 'subdomain' },
  CustomResourceDefinition: { namespaced: false, name: 'subdomain' },
  // Custom resources: apiextensions-apiserver customresource validator, ValidateObjectMetaAccessor with NameIsDNSSubdomain.
  SecretProviderClass: { namespaced: true, name: 'subdomain' },
  // Tetragon's CRD tracingpolicies.cilium.io is `scope: Cluster` (cilium/tetragon v1.7.0,
  // install/kubernetes/tetragon/crds-yaml/cilium.io_tracingpolicies.yaml).
  TracingPolicy: { namespaced: false, name: 'subdomain' },
};

const NAME_CHECK: Record<NameRule, { test: (v: unknown) => boolean; text: string }> = {
  'subdomain': { test: isDns1123Subdomain, text: 'must be a DNS-1123 subdomain: at most 253 lowercase letters, digits, "-" and ".", alphanumeric at both ends' },
  'label': { test: isDns1123Label, text: 'must be a DNS-1123 label: at most 63 lowercase letters, digits and "-", alphanumeric at both ends' },
  'dns1035': { test: isDns1035Label, text: 'must be a DNS-1035 label: at most 63 lowercase letters, digits and "-", starting with a letter' },
  'path-segment': { test: isValidPathSegmentName, text: 'may not be "." or ".." and may not contain "/" or "%"' },
};

/** Total size of annotation keys and values (apimachinery TotalAnnotationSizeLimitB). */
const ANNOTATION_SIZE_LIMIT = 256 * 1024;

function validateLabels(labels: unknown, path: string, e: Errors): void {
  if (labels === undefined) return;
  if (!isObject(labels)) return e.add(path, 'must be a map of strings', 'meta/v1/validation.ValidateLabels');
  for (const [k, v] of Object.entries(labels)) {
    if (!isQualifiedName(k)) e.add(`${path}.${k}`, `label key "${k}" must be a qualified name ([prefix/]name, name at most 63 alphanumerics, "-", "_", ".")`, 'meta/v1/validation.ValidateLabelName');
    if (!isValidLabelValue(v)) e.add(`${path}.${k}`, `label value ${JSON.stringify(v)} must be empty or at most 63 alphanumerics, "-", "_" and ".", alphanumeric at both ends`, 'meta/v1/validation.ValidateLabels (IsValidLabelValue)');
  }
}

function validateObjectMeta(obj: Json, e: Errors): void {
  const meta = obj.metadata;
  if (!isObject(meta)) return e.add('metadata', 'is required', 'ValidateObjectMeta');
  const known = KINDS[obj.kind];
  const rule = known?.name ?? 'subdomain';
  if (typeof meta.name !== 'string' || meta.name.length === 0) {
    e.add('metadata.name', 'name or generateName is required', 'ValidateObjectMeta');
  } else if (!NAME_CHECK[rule].test(meta.name)) {
    e.add('metadata.name', `"${meta.name}" ${NAME_CHECK[rule].text}`, `ValidateObjectMeta (${known ? `${obj.kind} name rule` : 'NameIsDNSSubdomain'})`);
  }
  if (known && !known.namespaced && meta.namespace !== undefined && meta.namespace !== '') {
    e.add('metadata.namespace', `${obj.kind} is cluster-scoped: namespace must be empty`, 'ValidateObjectMeta (not namespaced)');
  }
  if (meta.namespace !== undefined && !isDns1123Label(meta.namespace)) {
    e.add('metadata.namespace', `"${meta.namespace}" is not a valid namespace name (DNS-1123 label)`, 'ValidateObjectMeta (ValidateNamespaceName)');
  }
  validateLabels(meta.labels, 'metadata.labels', e);
  if (meta.annotations !== undefined) {
    if (!isObject(meta.annotations)) {
      e.add('metadata.annotations', 'must be a map of strings', 'ValidateAnnotations');
    } else {
      let size = 0;
      for (const [k, v] of Object.entries(meta.annotations)) {
        if (!isQualifiedName(k.toLowerCase())) e.add(`metadata.annotations.${k}`, `annotation key "${k}" must be a qualified name`, 'ValidateAnnotations');
        if (typeof v !== 'string') e.add(`metadata.annotations.${k}`, 'annotation values must be strings', 'ValidateAnnotations');
        size += k.length + String(v).length;
      }
      if (size > ANNOTATION_SIZE_LIMIT) e.add('metadata.annotations', `annotations total ${size} bytes, more than ${ANNOTATION_SIZE_LIMIT}`, 'ValidateAnnotationsSize');
    }
  }
}

// ---- meta/v1/validation ValidateLabelSelector ---------------------------------------------------------------------

function validateLabelSelector(sel: unknown, path: string, e: Errors): void {
  if (sel === undefined || sel === null) return;
  if (!isObject(sel)) return e.add(path, 'must be a label selector', 'ValidateLabelSelector');
  validateLabels(sel.matchLabels, `${path}.matchLabels`, e);
  arr(sel.matchExpressions).forEach((x: Json, i: number) => {
    const p = `${path}.matchExpressions[${i}]`;
    const values = arr(x?.values);
    switch (x?.operator) {
      case 'In': case 'NotIn':
        if (values.length === 0) e.add(`${p}.values`, 'must be specified when operator is In or NotIn', 'ValidateLabelSelectorRequirement');
        break;
      case 'Exists': case 'DoesNotExist':
        if (values.length > 0) e.add(`${p}.values`, 'may not be specified when operator is Exists or DoesNotExist', 'ValidateLabelSelectorRequirement');
        break;
      default:
        e.add(`${p}.operator`, `"${x?.operator}" is not In, NotIn, Exists or DoesNotExist`, 'ValidateLabelSelectorRequirement');
    }
    if (!isQualifiedName(x?.key)) e.add(`${p}.key`, `"${x?.key}" must be a qualified name`, 'ValidateLabelSelectorRequirement (ValidateLabelName)');
    values.forEach((v, j) => {
      if (!isValidLabelValue(v)) e.add(`${p}.values[${j}]`, `${JSON.stringify(v)} is not a valid label value`, 'ValidateLabelSelectorRequirement');
    });
  });
}

// ---- networking/validation ----------------------------------------------------------------------------------------

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

function parseV4(cidr: unknown): { network: number; prefix: number } | undefined {
  const m = typeof cidr === 'string' ? IPV4_CIDR.exec(cidr) : null;
  if (!m) return undefined;
  const o = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (o.some((x) => x > 255) || prefix > 32) return undefined;
  const address = ((o[0] << 24) >>> 0) + (o[1] << 16) + (o[2] << 8) + o[3];
  // Host bits set: the server's IsValidCIDRForLegacyField warns and, with StrictIPCIDRValidation, refuses.
  if (address % 2 ** (32 - prefix) !== 0) return undefined;
  return { network: address, prefix };
}

const IPV6_CIDR = /^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\/(\d{1,3})$/;

/** ValidateIPBlock: cidr valid; every except a valid CIDR that is a strict subset of cidr. */
function validateIpBlock(b: Json, path: string, e: Errors): void {
  const rule = 'networking/validation.ValidateIPBlock';
  if (typeof b.cidr !== 'string' || b.cidr === '') return e.add(`${path}.cidr`, 'is required', rule);
  const outer = parseV4(b.cidr);
  if (!outer) {
    // IPv6 blocks are checked for shape only; the library's own flows are IPv4.
    if (!IPV6_CIDR.test(b.cidr)) e.add(`${path}.cidr`, `"${b.cidr}" is not a valid CIDR (host bits zero)`, rule);
    return;
  }
  arr(b.except).forEach((x, i) => {
    const inner = parseV4(x);
    if (!inner) return e.add(`${path}.except[${i}]`, `"${x}" is not a valid IPv4 CIDR (host bits zero)`, rule);
    const size = 2 ** (32 - outer.prefix);
    const inside = inner.network >= outer.network && inner.network < outer.network + size;
    if (!inside || inner.prefix <= outer.prefix) e.add(`${path}.except[${i}]`, `${x} must be a strict subset of cidr ${b.cidr}`, rule);
  });
}

function validateNetworkPolicy(obj: Json, e: Errors): void {
  const spec = obj.spec;
  if (!isObject(spec)) return e.add('spec', 'is required', 'networking/validation.ValidateNetworkPolicySpec');
  validateLabelSelector(spec.podSelector, 'spec.podSelector', e);
  for (const [dir, key] of [['ingress', 'from'], ['egress', 'to']] as const) {
    arr(spec[dir]).forEach((rule: Json, i: number) => {
      const rp = `spec.${dir}[${i}]`;
      arr(rule?.ports).forEach((port: Json, j: number) => {
        const pp = `${rp}.ports[${j}]`;
        const r = 'networking/validation.ValidateNetworkPolicyPort';
        if (port?.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(port.protocol)) e.add(`${pp}.protocol`, `"${port.protocol}" is not TCP, UDP or SCTP`, r);
        if (port?.port === undefined) {
          if (port?.endPort !== undefined) e.add(`${pp}.endPort`, 'may not be specified when `port` is not specified', r);
        } else if (typeof port.port === 'number') {
          if (!isValidPortNumber(port.port)) e.add(`${pp}.port`, `${port.port} must be between 1 and 65535`, r);
          if (port.endPort !== undefined) {
            if (!isValidPortNumber(port.endPort)) e.add(`${pp}.endPort`, `${port.endPort} must be between 1 and 65535`, r);
            else if (port.endPort < port.port) e.add(`${pp}.endPort`, 'must be greater than or equal to `port`', r);
          }
        } else {
          if (port.endPort !== undefined) e.add(`${pp}.endPort`, 'may not be specified when `port` is non-numeric', r);
          if (!isValidPortName(port.port)) e.add(`${pp}.port`, `"${port.port}" is not a valid port name (IANA_SVC_NAME)`, r);
        }
      });
      arr(rule?.[key]).forEach((peer: Json, j: number) => {
        const pp = `${rp}.${key}[${j}]`;
        const r = 'networking/validation.ValidateNetworkPolicyPeer';
        if (!isObject(peer)) return e.add(pp, 'must specify a peer', r);
        const n = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((k) => peer[k] !== undefined && peer[k] !== null).length;
        if (n === 0) e.add(pp, 'must specify a peer', r);
        else if (n > 1 && peer.ipBlock) e.add(pp, 'may not specify both ipBlock and another peer', r);
        validateLabelSelector(peer.podSelector, `${pp}.podSelector`, e);
        validateLabelSelector(peer.namespaceSelector, `${pp}.namespaceSelector`, e);
        if (isObject(peer.ipBlock)) validateIpBlock(peer.ipBlock, `${pp}.ipBlock`, e);
      });
    });
  }
  const types = arr(spec.policyTypes);
  if (types.length > 2) e.add('spec.policyTypes', 'may not specify more than two policyTypes', 'networking/validation.ValidateNetworkPolicySpec');
  types.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') e.add(`spec.policyTypes[${i}]`, `"${t}" is not Ingress or Egress`, 'networking/validation.ValidateNetworkPolicySpec');
  });
}

// ---- rbac/validation ------------------------------------------------------------------------------------------------

const RBAC_GROUP = 'rbac.authorization.k8s.io';

function validatePolicyRules(obj: Json, namespaced: boolean, e: Errors): void {
  const r = 'rbac/validation.validatePolicyRule';
  arr(obj.rules).forEach((rule: Json, i: number) => {
    const p = `rules[${i}]`;
    if (arr(rule?.verbs).length === 0) e.add(`${p}.verbs`, 'verbs must contain at least one value', r);
    if (arr(rule?.nonResourceURLs).length > 0) {
      if (namespaced) e.add(`${p}.nonResourceURLs`, 'namespaced rules cannot apply to non-resource URLs', r);
      if (arr(rule.apiGroups).length > 0 || arr(rule.resources).length > 0 || arr(rule.resourceNames).length > 0) {
        e.add(`${p}.nonResourceURLs`, 'rules cannot apply to both regular resources and non-resource URLs', r);
      }
      return;
    }
    if (arr(rule?.apiGroups).length === 0) e.add(`${p}.apiGroups`, 'resource rules must supply at least one api group', r);
    if (arr(rule?.resources).length === 0) e.add(`${p}.resources`, 'resource rules must supply at least one resource', r);
    if (arr(rule?.resourceNames).length > 0 && arr(rule?.resources).length > 1) e.add(`${p}.resourceNames`, 'resource names cannot apply to multiple resources', r);
  });
}

function validateBinding(obj: Json, namespaced: boolean, e: Errors): void {
  const r = `rbac/validation.Validate${namespaced ? 'RoleBinding' : 'ClusterRoleBinding'}`;
  const ref = isObject(obj.roleRef) ? obj.roleRef : {};
  if (ref.apiGroup !== RBAC_GROUP) e.add('roleRef.apiGroup', `"${ref.apiGroup}" is not ${RBAC_GROUP}`, r);
  const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!kinds.includes(ref.kind)) e.add('roleRef.kind', `"${ref.kind}" is not ${kinds.join(' or ')}`, r);
  if (typeof ref.name !== 'string' || ref.name === '') e.add('roleRef.name', 'is required', r);
  else if (!isValidPathSegmentName(ref.name)) e.add('roleRef.name', `"${ref.name}" ${NAME_CHECK['path-segment'].text}`, r);
  arr(obj.subjects).forEach((s: Json, i: number) => {
    const p = `subjects[${i}]`;
    const sr = 'rbac/validation.validateRoleBindingSubject';
    if (typeof s?.name !== 'string' || s.name === '') e.add(`${p}.name`, 'is required', sr);
    switch (s?.kind) {
      case 'ServiceAccount':
        if (typeof s.name === 'string' && s.name !== '' && !isDns1123Subdomain(s.name)) e.add(`${p}.name`, `"${s.name}" is not a service account name (DNS-1123 subdomain)`, sr);
        if (s.apiGroup !== undefined && s.apiGroup !== '') e.add(`${p}.apiGroup`, 'must be "" for a ServiceAccount', sr);
        if (!namespaced && !s.namespace) e.add(`${p}.namespace`, 'is required for a ServiceAccount subject of a ClusterRoleBinding', sr);
        break;
      case 'User': case 'Group':
        // rbac/v1 SetDefaults_Subject fills an empty apiGroup for User and Group.
        if (s.apiGroup !== undefined && s.apiGroup !== '' && s.apiGroup !== RBAC_GROUP) e.add(`${p}.apiGroup`, `"${s.apiGroup}" is not ${RBAC_GROUP}`, sr);
        break;
      default:
        e.add(`${p}.kind`, `"${s?.kind}" is not ServiceAccount, User or Group`, sr);
    }
  });
}

// ---- admissionregistration/validation ---------------------------------------------------------------------------

/** CEL's reserved words, which validateVariable refuses as variable names (isCELIdentifier: celReserved). */
const CEL_RESERVED = new Set(['true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if',
  'import', 'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while']);

function validateAdmissionPolicy(obj: Json, e: Errors): void {
  const r = 'admissionregistration/validation.validateValidatingAdmissionPolicySpec';
  const spec = isObject(obj.spec) ? obj.spec : {};
  if (spec.failurePolicy !== undefined && !['Fail', 'Ignore'].includes(spec.failurePolicy)) e.add('spec.failurePolicy', `"${spec.failurePolicy}" is not Fail or Ignore`, r);
  const rules = arr(spec.matchConstraints?.resourceRules);
  if (rules.length === 0) e.add('spec.matchConstraints.resourceRules', 'is required', r);
  rules.forEach((rule: Json, i: number) => {
    const p = `spec.matchConstraints.resourceRules[${i}]`;
    for (const k of ['apiGroups', 'apiVersions', 'operations', 'resources']) if (arr(rule?.[k]).length === 0) e.add(`${p}.${k}`, 'is required', 'admissionregistration/validation.validateRule');
    arr(rule?.operations).forEach((op, j) => {
      if (!['*', 'CREATE', 'UPDATE', 'DELETE', 'CONNECT'].includes(op)) e.add(`${p}.operations[${j}]`, `"${op}" is not an operation`, 'admissionregistration/validation.validateRuleWithOperations');
    });
  });
  const names = new Set<string>();
  if (arr(spec.matchConditions).length > 64) e.add('spec.matchConditions', 'must have at most 64 items', 'admissionregistration/validation.validateMatchConditions');
  arr(spec.matchConditions).forEach((c: Json, i: number) => {
    const p = `spec.matchConditions[${i}]`;
    if (!isQualifiedName(c?.name)) e.add(`${p}.name`, `"${c?.name}" must be a qualified name`, 'admissionregistration/validation.validateMatchConditions');
    else if (names.has(c.name)) e.add(`${p}.name`, `"${c.name}" is listed twice`, 'admissionregistration/validation.validateMatchConditions');
    names.add(c?.name);
    if (typeof c?.expression !== 'string' || c.expression.trim() === '') e.add(`${p}.expression`, 'is required', 'admissionregistration/validation.validateMatchConditions');
  });
  const vars = new Set<string>();
  arr(spec.variables).forEach((v: Json, i: number) => {
    const p = `spec.variables[${i}]`;
    if (!C_IDENTIFIER.test(String(v?.name ?? ''))) e.add(`${p}.name`, `"${v?.name}" must be a C identifier`, 'admissionregistration/validation.validateVariable');
    else if (CEL_RESERVED.has(v.name)) e.add(`${p}.name`, `"${v.name}" is a CEL reserved word`, 'admissionregistration/validation.validateVariable (isCELIdentifier)');
    else if (vars.has(v.name)) e.add(`${p}.name`, `"${v.name}" is listed twice`, 'admissionregistration/validation.validateVariable');
    vars.add(v?.name);
    if (typeof v?.expression !== 'string' || v.expression.trim() === '') e.add(`${p}.expression`, 'is required', 'admissionregistration/validation.validateVariable');
  });
  const validations = arr(spec.validations);
  if (validations.length === 0 && arr(spec.auditAnnotations).length === 0) e.add('spec.validations', 'validations or auditAnnotations must contain at least one item', r);
  validations.forEach((v: Json, i: number) => {
    const p = `spec.validations[${i}]`;
    const vr = 'admissionregistration/validation.validateValidation';
    if (typeof v?.expression !== 'string' || v.expression.trim() === '') e.add(`${p}.expression`, 'is required', vr);
    if (v?.message !== undefined) {
      if (typeof v.message !== 'string' || v.message.trim() === '') e.add(`${p}.message`, 'must be non-empty when given', vr);
      else if (v.message.includes('\n')) e.add(`${p}.message`, 'must not contain line breaks', vr);
    }
    if (v?.reason !== undefined && !['Unauthorized', 'Forbidden', 'Invalid', 'RequestEntityTooLarge'].includes(v.reason)) e.add(`${p}.reason`, `"${v.reason}" is not a supported reason`, vr);
  });
}

function validateAdmissionPolicyBinding(obj: Json, e: Errors): void {
  const r = 'admissionregistration/validation.validateValidatingAdmissionPolicyBindingSpec';
  const spec = isObject(obj.spec) ? obj.spec : {};
  if (typeof spec.policyName !== 'string' || spec.policyName === '') e.add('spec.policyName', 'is required', r);
  else if (!isDns1123Subdomain(spec.policyName)) e.add('spec.policyName', `"${spec.policyName}" ${NAME_CHECK.subdomain.text}`, r);
  const actions = arr(spec.validationActions);
  const vr = 'admissionregistration/validation.validateValidationActions';
  if (actions.length === 0) e.add('spec.validationActions', 'at least one validation action is required', vr);
  const seen = new Set<string>();
  actions.forEach((a, i) => {
    if (!['Deny', 'Warn', 'Audit'].includes(a)) e.add(`spec.validationActions[${i}]`, `"${a}" is not Deny, Warn or Audit`, vr);
    if (seen.has(a)) e.add(`spec.validationActions[${i}]`, `"${a}" is listed twice`, vr);
    seen.add(a);
  });
  if (seen.has('Deny') && seen.has('Warn')) e.add('spec.validationActions', 'must not contain both Deny and Warn', vr);
  const m = spec.matchResources;
  if (isObject(m)) {
    validateLabelSelector(m.namespaceSelector, 'spec.matchResources.namespaceSelector', e);
    validateLabelSelector(m.objectSelector, 'spec.matchResources.objectSelector', e);
  }
  if (isObject(spec.paramRef)) {
    const p = spec.paramRef;
    const pr = 'admissionregistration/validation.validateParamRef';
    if (p.name !== undefined && p.selector !== undefined) e.add('spec.paramRef', 'name and selector are mutually exclusive', pr);
    if (p.name === undefined && p.selector === undefined) e.add('spec.paramRef', 'one of name or selector must be specified', pr);
    if (!['Allow', 'Deny'].includes(p.parameterNotFoundAction)) e.add('spec.paramRef.parameterNotFoundAction', 'must be Allow or Deny', pr);
  }
}

// ---- storage/validation ---------------------------------------------------------------------------------------------

function validateStorageClass(obj: Json, e: Errors): void {
  const r = 'storage/validation.ValidateStorageClass';
  if (typeof obj.provisioner !== 'string' || obj.provisioner === '') e.add('provisioner', 'is required', r);
  else if (!isQualifiedName(obj.provisioner.toLowerCase())) e.add('provisioner', `"${obj.provisioner}" must be a qualified name`, 'storage/validation.validateProvisioner');
  if (isObject(obj.parameters)) {
    let size = 0;
    const keys = Object.keys(obj.parameters);
    if (keys.length > 512) e.add('parameters', 'may not have more than 512 entries', 'storage/validation.validateParameters');
    for (const k of keys) {
      if (k === '') e.add('parameters', 'keys may not be empty', 'storage/validation.validateParameters');
      if (typeof obj.parameters[k] !== 'string') e.add(`parameters.${k}`, 'values must be strings', 'storage/validation.validateParameters');
      size += k.length + String(obj.parameters[k]).length;
    }
    if (size > 256 * 1024) e.add('parameters', 'may not exceed 256 KiB in total', 'storage/validation.validateParameters');
  }
  if (obj.reclaimPolicy !== undefined && !['Delete', 'Retain'].includes(obj.reclaimPolicy)) e.add('reclaimPolicy', `"${obj.reclaimPolicy}" is not Delete or Retain`, 'storage/validation.validateReclaimPolicy');
  if (obj.volumeBindingMode !== undefined && !['Immediate', 'WaitForFirstConsumer'].includes(obj.volumeBindingMode)) {
    e.add('volumeBindingMode', `"${obj.volumeBindingMode}" is not Immediate or WaitForFirstConsumer`, 'storage/validation.validateVolumeBindingMode');
  }
}

// ---- core/validation ------------------------------------------------------------------------------------------------

/**
 * ValidateConfigMap: every key of data and binaryData IsConfigMapKey (at most 253 of [-._a-zA-Z0-9], not "." nor
 * "..", not starting with ".."), no key in both, and the values together at most MaxSecretSize (1 MiB) bytes.
 * @see https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go (ValidateConfigMap)
 * @see https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go (IsConfigMapKey)
 */
function validateConfigMap(obj: Json, e: Errors): void {
  const r = 'core/validation.ValidateConfigMap';
  let size = 0;
  const keys = new Set<string>();
  for (const field of ['data', 'binaryData'] as const) {
    if (!isObject(obj[field])) continue;
    for (const [k, v] of Object.entries(obj[field])) {
      if (k.length > 253 || !CONFIGMAP_KEY.test(k) || k === '.' || k === '..' || k.startsWith('..')) {
        e.add(`${field}.${k}`, `key "${k}" must be at most 253 alphanumerics, "-", "_" or "." (not "." nor "..")`, 'IsConfigMapKey');
      }
      if (keys.has(k)) e.add(`${field}.${k}`, 'duplicate of a key in data', r);
      keys.add(k);
      // len() of a Go string counts UTF-8 bytes; binaryData is base64 in JSON and counted decoded.
      size += field === 'data' ? Buffer.byteLength(String(v), 'utf8') : Buffer.from(String(v), 'base64').length;
    }
  }
  if (size > 1024 * 1024) e.add('data', 'may not exceed 1 MiB in total', r);
}

/** ValidateLimitRange: for each resource, min <= defaultRequest <= default <= max. */
function validateLimitRange(obj: Json, e: Errors): void {
  const r = 'core/validation.ValidateLimitRange';
  arr(obj.spec?.limits).forEach((l: Json, i: number) => {
    const p = `spec.limits[${i}]`;
    if (!['Pod', 'Container', 'PersistentVolumeClaim'].includes(l?.type)) e.add(`${p}.type`, `"${l?.type}" is not Pod, Container or PersistentVolumeClaim`, r);
    const q = (field: string, res: string): number | undefined => (isObject(l?.[field]) ? quantityValue(l[field][res]) : undefined);
    const resources = new Set<string>();
    for (const f of ['min', 'max', 'default', 'defaultRequest', 'maxLimitRequestRatio']) {
      if (!isObject(l?.[f])) continue;
      for (const [res, v] of Object.entries(l[f])) {
        resources.add(res);
        const n = quantityValue(v);
        if (n === undefined) e.add(`${p}.${f}.${res}`, `${JSON.stringify(v)} is not a quantity`, r);
        else if (n < 0) e.add(`${p}.${f}.${res}`, 'must be greater than or equal to 0', r);
      }
    }
    for (const res of resources) {
      const order: Array<[string, string]> = [['min', 'defaultRequest'], ['defaultRequest', 'default'], ['default', 'max'], ['min', 'max'], ['min', 'default'], ['defaultRequest', 'max']];
      for (const [lo, hi] of order) {
        const a = q(lo, res);
        const b = q(hi, res);
        if (a !== undefined && b !== undefined && a > b) e.add(`${p}.${hi}.${res}`, `${lo} value ${l[lo][res]} must be less than or equal to ${hi} value ${l[hi][res]}`, r);
      }
    }
  });
}

function validateResourceQuota(obj: Json, e: Errors): void {
  const hard = obj.spec?.hard;
  if (!isObject(hard)) return;
  for (const [k, v] of Object.entries(hard)) {
    const n = quantityValue(v);
    if (n === undefined) e.add(`spec.hard.${k}`, `${JSON.stringify(v)} is not a quantity`, 'core/validation.ValidateResourceQuantityValue');
    else if (n < 0) e.add(`spec.hard.${k}`, 'must be greater than or equal to 0', 'core/validation.ValidateNonnegativeQuantity');
    // Object counts are integers (ValidateResourceQuantityValue: IsIntegerResourceName).
    else if ((k === 'pods' || k === 'services' || k.startsWith('services.') || k === 'persistentvolumeclaims' || k.startsWith('count/')
      || ['secrets', 'configmaps', 'replicationcontrollers', 'resourcequotas'].includes(k)) && !Number.isInteger(n)) {
      e.add(`spec.hard.${k}`, 'must be an integer', 'core/validation.ValidateResourceQuantityValue');
    }
  }
}

function validateContainers(list: unknown, path: string, volumes: Set<string>, names: Set<string>, e: Errors): void {
  arr(list).forEach((c: Json, i: number) => {
    const p = `${path}[${i}]`;
    const r = 'core/validation.validateContainers';
    if (!isDns1123Label(c?.name)) e.add(`${p}.name`, `"${c?.name}" is not a DNS-1123 label`, r);
    else if (names.has(c.name)) e.add(`${p}.name`, `"${c.name}" is used by another container of the pod`, r);
    names.add(c?.name);
    if (typeof c?.image !== 'string' || c.image.trim() === '') {
      if (!path.endsWith('ephemeralContainers')) e.add(`${p}.image`, 'is required', r);
    }
    const portNames = new Set<string>();
    arr(c?.ports).forEach((port: Json, j: number) => {
      const pp = `${p}.ports[${j}]`;
      const pr = 'core/validation.validateContainerPorts';
      if (port?.name !== undefined) {
        if (!isValidPortName(port.name)) e.add(`${pp}.name`, `"${port.name}" is not a valid port name (IANA_SVC_NAME: at most 15 lowercase alphanumerics and "-")`, pr);
        else if (portNames.has(port.name)) e.add(`${pp}.name`, `"${port.name}" is listed twice`, pr);
        portNames.add(port.name);
      }
      if (!isValidPortNumber(port?.containerPort)) e.add(`${pp}.containerPort`, `${port?.containerPort} must be between 1 and 65535`, pr);
      if (port?.hostPort !== undefined && port.hostPort !== 0 && !isValidPortNumber(port.hostPort)) e.add(`${pp}.hostPort`, `${port.hostPort} must be between 1 and 65535`, pr);
      if (port?.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(port.protocol)) e.add(`${pp}.protocol`, `"${port.protocol}" is not TCP, UDP or SCTP`, pr);
    });
    arr(c?.env).forEach((env: Json, j: number) => {
      if (typeof env?.name !== 'string' || !ENV_VAR_NAME.test(env.name)) e.add(`${p}.env[${j}].name`, `"${env?.name}" is not a valid environment variable name`, 'core/validation.ValidateEnv (IsEnvVarName)');
    });
    arr(c?.volumeMounts).forEach((m: Json, j: number) => {
      const mp = `${p}.volumeMounts[${j}]`;
      if (!volumes.has(m?.name)) e.add(`${mp}.name`, `"${m?.name}" is not a volume of the pod`, 'core/validation.ValidateVolumeMounts');
      if (typeof m?.mountPath !== 'string' || m.mountPath === '') e.add(`${mp}.mountPath`, 'is required', 'core/validation.ValidateVolumeMounts');
    });
  });
}

/** ValidatePodSpec (the parts a manifest can get wrong without a schema error). */
/**
 * @param claimVolumes volumes the controller adds (a StatefulSet's volumeClaimTemplates): apps/validation
 *   ValidatePodTemplateSpecForStatefulSet skips the mount check for them ("this will check volumes, which we know
 *   will fail"), since each pod gets its claim's volume by that name.
 */
function validatePodSpec(spec: unknown, path: string, e: Errors, claimVolumes: readonly string[] = []): void {
  if (!isObject(spec)) return e.add(path, 'is required', 'core/validation.ValidatePodSpec');
  const volumes = new Set<string>(claimVolumes);
  arr(spec.volumes).forEach((v: Json, i: number) => {
    const r = 'core/validation.ValidateVolumes';
    if (!isDns1123Label(v?.name)) e.add(`${path}.volumes[${i}].name`, `"${v?.name}" is not a DNS-1123 label`, r);
    else if (volumes.has(v.name)) e.add(`${path}.volumes[${i}].name`, `"${v.name}" is listed twice`, r);
    volumes.add(v?.name);
  });
  if (arr(spec.containers).length === 0) e.add(`${path}.containers`, 'at least one container is required', 'core/validation.validateContainers');
  const names = new Set<string>();
  validateContainers(spec.containers, `${path}.containers`, volumes, names, e);
  validateContainers(spec.initContainers, `${path}.initContainers`, volumes, names, e);
  if (spec.restartPolicy !== undefined && !['Always', 'OnFailure', 'Never'].includes(spec.restartPolicy)) e.add(`${path}.restartPolicy`, `"${spec.restartPolicy}" is not Always, OnFailure or Never`, 'core/validation.validateRestartPolicy');
  if (spec.serviceAccountName !== undefined && !isDns1123Subdomain(spec.serviceAccountName)) e.add(`${path}.serviceAccountName`, `"${spec.serviceAccountName}" is not a service account name`, 'core/validation.ValidatePodSpec');
}

function matches(selector: Json, labels: Json): boolean {
  const ml = isObject(selector.matchLabels) ? selector.matchLabels : {};
  if (!Object.entries(ml).every(([k, v]) => labels[k] === v)) return false;
  return arr(selector.matchExpressions).every((x: Json) => {
    const has = x.key in labels;
    switch (x.operator) {
      case 'In': return has && arr(x.values).includes(labels[x.key]);
      case 'NotIn': return !has || !arr(x.values).includes(labels[x.key]);
      case 'Exists': return has;
      case 'DoesNotExist': return !has;
      default: return false;
    }
  });
}

/** apps/validation ValidateDeploymentSpec / StatefulSet / DaemonSet / ReplicaSet: a selector that selects the template. */
function validateWorkload(obj: Json, e: Errors): void {
  const r = `apps/validation.Validate${obj.kind}Spec`;
  const spec = isObject(obj.spec) ? obj.spec : {};
  const labels = isObject(spec.template?.metadata?.labels) ? spec.template.metadata.labels : {};
  if (!isObject(spec.selector) || (Object.keys(spec.selector.matchLabels ?? {}).length === 0 && arr(spec.selector.matchExpressions).length === 0)) {
    e.add('spec.selector', 'empty selector is invalid for a workload', r);
  } else {
    validateLabelSelector(spec.selector, 'spec.selector', e);
    if (!matches(spec.selector, labels)) e.add('spec.template.metadata.labels', '`selector` does not match template `labels`', r);
  }
  validateLabels(spec.template?.metadata?.labels, 'spec.template.metadata.labels', e);
  if (spec.replicas !== undefined && (!Number.isInteger(spec.replicas) || spec.replicas < 0)) e.add('spec.replicas', 'must be a non-negative integer', r);
  const claims = obj.kind === 'StatefulSet' ? arr(spec.volumeClaimTemplates).map((t: Json) => t?.metadata?.name).filter((n: unknown): n is string => typeof n === 'string') : [];
  validatePodSpec(spec.template?.spec, 'spec.template.spec', e, claims);
}

function validateService(obj: Json, e: Errors): void {
  const r = 'core/validation.ValidateService';
  const spec = isObject(obj.spec) ? obj.spec : {};
  const type = spec.type ?? 'ClusterIP';
  if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) e.add('spec.type', `"${type}" is not a Service type`, r);
  const ports = arr(spec.ports);
  if (type !== 'ExternalName' && spec.clusterIP !== 'None' && ports.length === 0) e.add('spec.ports', 'is required', r);
  const names = new Set<string>();
  ports.forEach((port: Json, i: number) => {
    const p = `spec.ports[${i}]`;
    if (ports.length > 1 && (port?.name === undefined || port.name === '')) e.add(`${p}.name`, 'is required when the Service has more than one port', 'core/validation.validateServicePort');
    if (port?.name !== undefined && port.name !== '') {
      if (!isDns1123Label(port.name)) e.add(`${p}.name`, `"${port.name}" is not a DNS-1123 label`, 'core/validation.validateServicePort');
      else if (names.has(port.name)) e.add(`${p}.name`, `"${port.name}" is listed twice`, 'core/validation.validateServicePort');
      names.add(port.name);
    }
    if (!isValidPortNumber(port?.port)) e.add(`${p}.port`, `${port?.port} must be between 1 and 65535`, 'core/validation.validateServicePort');
    if (port?.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(port.protocol)) e.add(`${p}.protocol`, `"${port.protocol}" is not TCP, UDP or SCTP`, 'core/validation.validateServicePort');
    const t = port?.targetPort;
    if (t !== undefined && !(typeof t === 'number' ? isValidPortNumber(t) : isValidPortName(t))) e.add(`${p}.targetPort`, `${JSON.stringify(t)} is neither a port number nor a port name`, 'core/validation.validateServicePort');
  });
  validateLabels(spec.selector, 'spec.selector', e);
}

// ---- entry point ----------------------------------------------------------------------------------------------------

/** Every violation of the API server's validation in one object (plain JSON), empty when kube-apiserver accepts it. */
/**
 * Whether objects of a kind the table knows live in a namespace (true) or at cluster scope (false); undefined for a
 * kind it does not know (a custom resource without a table entry: its CRD says).
 */
export function isNamespacedKind(kind: string): boolean | undefined {
  return KINDS[kind]?.namespaced;
}

export function apiValidationErrors(obj: unknown): ApiFieldError[] {
  const e = new Errors();
  if (!isObject(obj)) {
    e.add('', 'is not a Kubernetes object', 'runtime decoding');
    return e.list;
  }
  if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '') e.add('apiVersion', 'is required', 'runtime decoding');
  if (typeof obj.kind !== 'string' || obj.kind === '') e.add('kind', 'is required', 'runtime decoding');
  validateObjectMeta(obj, e);
  switch (obj.kind) {
    case 'NetworkPolicy': validateNetworkPolicy(obj, e); break;
    case 'Role': validatePolicyRules(obj, true, e); break;
    case 'ClusterRole': validatePolicyRules(obj, false, e); break;
    case 'RoleBinding': validateBinding(obj, true, e); break;
    case 'ClusterRoleBinding': validateBinding(obj, false, e); break;
    case 'ValidatingAdmissionPolicy': validateAdmissionPolicy(obj, e); break;
    case 'ValidatingAdmissionPolicyBinding': validateAdmissionPolicyBinding(obj, e); break;
    case 'StorageClass': validateStorageClass(obj, e); break;
    case 'ConfigMap': validateConfigMap(obj, e); break;
    case 'LimitRange': validateLimitRange(obj, e); break;
    case 'ResourceQuota': validateResourceQuota(obj, e); break;
    case 'Service': validateService(obj, e); break;
    case 'Pod': validatePodSpec(obj.spec, 'spec', e); break;
    case 'Deployment': case 'StatefulSet': case 'DaemonSet': case 'ReplicaSet': validateWorkload(obj, e); break;
    case 'Job': validatePodSpec(obj.spec?.template?.spec, 'spec.template.spec', e); break;
    case 'CronJob': validatePodSpec(obj.spec?.jobTemplate?.spec?.template?.spec, 'spec.jobTemplate.spec.template.spec', e); break;
    default: break;
  }
  validateQuantitiesCanonical(obj, e);
  return e.list;
}

/**
 * Quantities the server would rewrite (see kubernetes-quantity.ts): container and PVC `resources.requests/limits`,
 * LimitRange limits and ResourceQuota `hard`. Not a refusal by the API server, but kubernetes_manifest fails the apply
 * when the stored object differs from the planned one, so it is checked with the same weight.
 */
function validateQuantitiesCanonical(obj: Json, e: Errors): void {
  const rule = 'apimachinery resource.Quantity canonical form (kubernetes_manifest: inconsistent result after apply)';
  for (const { path, map } of quantityMapsOf(obj)) {
    for (const [k, v] of Object.entries(map)) {
      if (typeof v !== 'string') continue;
      const canonical = canonicalQuantity(v);
      if (canonical !== undefined && canonical !== v) e.add(`${path}.${k}`, `"${v}" is stored as "${canonical}": write "${canonical}"`, rule);
    }
  }
}

/** `Kind namespace/name` of an object, for messages. */
export function describeObject(obj: unknown): string {
  const o = isObject(obj) ? obj : {};
  const ns = o.metadata?.namespace ? `${o.metadata.namespace}/` : '';
  return `${o.kind ?? 'object'} ${ns}${o.metadata?.name ?? '(unnamed)'}`;
}
