import { isCelError, run } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { ADMISSION_REQUIREMENTS, missingAdmissionRequirements } from '../../lib/compliance/catalog/admission-evidence';
import { buildModel } from '../../lib/compliance/model';
import { CILIUM_RELEASE } from '../../lib/kubernetes/private/cni-release';
import { ADMISSION_ENFORCED_LABEL, ADMISSION_ENFORCED_LABEL_VALUE, BREAK_GLASS_ANNOTATION, POLICY_NAMES, WARN_BINDING_SUFFIX } from '../../lib/kubernetes/private/admission-policies';
import { knownApiValidationErrors } from '../../lib/kubernetes/private/validation';
import { NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { OCIDS } from '../support';
import { ADMISSION, OTHER_NSG, baseline } from './fixtures';

/**
 * Evaluates the CEL of the ValidatingAdmissionPolicies the baseline emits, as kube-apiserver does: matchConditions
 * first (all must be true, else the request is not checked), then variables in order, then every validation.
 * Kubernetes CEL = standard CEL + the strings extension (split, trim) that @bufbuild/cel/ext provides.
 */
type Json = Record<string, any>;

function evaluate(expression: string, bindings: Json): unknown {
  const result = run(expression, bindings, { funcs: strings });
  if (isCelError(result)) throw new Error(`CEL error in ${expression}: ${result.message}`);
  return result;
}

const DIGEST = 'sha256:' + 'a1'.repeat(32);
const NS = ADMISSION.tenancyNamespace;

function policies(options: Parameters<typeof baseline>[0] = {}): Map<string, Json> {
  const objs = baseline(options).manifests().filter((o) => o.kind === 'ValidatingAdmissionPolicy');
  return new Map(objs.map((o) => [o.metadata.name, o]));
}

const POLICIES = policies({ admission: { ...ADMISSION, ocirRegionKey: 'FRA' } });

/** Messages of the validations that deny `object`; [] when admitted (or not matched). */
function denials(policyName: string, object: Json, namespaceLabels: Record<string, string> = {}, policySet = POLICIES): string[] {
  const policy = policySet.get(policyName);
  if (!policy) throw new Error(`no policy ${policyName}`);
  const namespaceObject = { metadata: { name: object.metadata?.namespace ?? 'shop', labels: namespaceLabels } };
  const base: Json = { object, oldObject: null, namespaceObject };
  for (const mc of policy.spec.matchConditions ?? []) if (evaluate(mc.expression, base) !== true) return [];
  const variables: Json = {};
  for (const v of policy.spec.variables ?? []) variables[v.name] = evaluate(v.expression, { ...base, variables });
  return policy.spec.validations
    .filter((v: Json) => {
      const r = evaluate(v.expression, { ...base, variables });
      if (typeof r !== 'boolean') throw new Error(`${v.expression} returned ${String(r)}`);
      return !r;
    })
    .map((v: Json) => v.message);
}

function pod(images: { containers: string[]; init?: string[]; ephemeral?: string[] }, extra: Json = {}): Json {
  const c = (image: string, i: number, kind: string) => ({ name: `${kind}${i}`, image, securityContext: { readOnlyRootFilesystem: true } });
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: 'p', namespace: 'shop', ...(extra.metadata ?? {}) },
    spec: {
      containers: images.containers.map((x, i) => c(x, i, 'c')),
      ...(images.init ? { initContainers: images.init.map((x, i) => c(x, i, 'i')) } : {}),
      ...(images.ephemeral ? { ephemeralContainers: images.ephemeral.map((x, i) => c(x, i, 'e')) } : {}),
    },
  };
}

describe('admission policy: images only from the tenancy\'s OCIR, by digest', () => {
  const P = POLICY_NAMES.ocirImages;
  test.each([
    ['region-identifier endpoint', `eu-frankfurt-1.ocir.io/${NS}/shop/web@${DIGEST}`],
    ['region-key endpoint (given)', `fra.ocir.io/${NS}/shop/web@${DIGEST}`],
    ['domain endpoint, tag and digest', `artifacts.eu-frankfurt-1.oci.oraclecloud.com/${NS}/shop/web:1.4.2@${DIGEST}`],
  ])('admits %s', (_, image) => {
    expect(denials(P, pod({ containers: [image], init: [image], ephemeral: [image] }))).toEqual([]);
  });

  test.each([
    ['Docker Hub', `docker.io/library/nginx@${DIGEST}`, 'OCIR'],
    ['another tenancy', `fra.ocir.io/othertenancy/web@${DIGEST}`, 'OCIR'],
    ['another region', `iad.ocir.io/${NS}/web@${DIGEST}`, 'OCIR'],
    ['a look-alike host', `eu-frankfurt-1.ocir.io.example.com/${NS}/web@${DIGEST}`, 'OCIR'],
    ['a namespace prefix of ours', `eu-frankfurt-1.ocir.io/${NS}x/web@${DIGEST}`, 'OCIR'],
    ['a tag without digest', `eu-frankfurt-1.ocir.io/${NS}/web:1.0`, 'digest'],
    ['a short digest', `eu-frankfurt-1.ocir.io/${NS}/web@sha256:abc`, 'digest'],
  ])('refuses %s', (_, image, what) => {
    const msgs = denials(P, pod({ containers: [image] }));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain(what);
  });

  test('checks initContainers and ephemeralContainers too', () => {
    const good = `eu-frankfurt-1.ocir.io/${NS}/web@${DIGEST}`;
    expect(denials(P, pod({ containers: [good], init: ['busybox:1.36'] }))).toHaveLength(2);
    expect(denials(P, pod({ containers: [good], ephemeral: [`docker.io/library/busybox@${DIGEST}`] }))).toHaveLength(1);
  });

  test('without a region key, <key>.ocir.io is not admitted', () => {
    const noKey = policies({ admission: ADMISSION });
    expect(denials(P, pod({ containers: [`fra.ocir.io/${NS}/web@${DIGEST}`] }), {}, noKey)).toHaveLength(1);
    expect(denials(P, pod({ containers: [`eu-frankfurt-1.ocir.io/${NS}/web@${DIGEST}`] }), {}, noKey)).toEqual([]);
  });
});

describe('admission policy: OKE image verification break-glass is refused', () => {
  const P = POLICY_NAMES.breakGlass;
  const image = `eu-frankfurt-1.ocir.io/${NS}/web@${DIGEST}`;
  test('pods without annotations, or with unrelated ones, are admitted', () => {
    expect(denials(P, pod({ containers: [image] }))).toEqual([]);
    expect(denials(P, pod({ containers: [image] }, { metadata: { annotations: { 'prometheus.io/scrape': 'true' } } }))).toEqual([]);
  });
  test.each([BREAK_GLASS_ANNOTATION, 'alpha.image-policy.k8s.io/break-glass', 'mycluster.image-policy.k8s.io/ticket-1234'])('%s is refused', (key) => {
    expect(denials(P, pod({ containers: [image] }, { metadata: { annotations: { [key]: 'true' } } }))).toHaveLength(1);
  });
});

describe('admission policy: read-only root filesystem, no :latest or untagged images', () => {
  const P = POLICY_NAMES.containerHygiene;
  test.each([
    `eu-frankfurt-1.ocir.io/${NS}/web:1.4.2@${DIGEST}`,
    `eu-frankfurt-1.ocir.io/${NS}/web@${DIGEST}`,
    'registry.example.com:5000/team/web:2.0',
  ])('admits %s', (image) => {
    expect(denials(P, pod({ containers: [image], init: [image] }))).toEqual([]);
  });
  test.each([
    'nginx:latest', `nginx:latest@${DIGEST}`, 'nginx', 'registry.example.com:5000/team/web',
  ])('refuses the image %s', (image) => {
    const msgs = denials(P, pod({ containers: [image] }));
    expect(msgs).toEqual([expect.stringContaining(':latest')]);
  });
  test.each([
    ['no securityContext', {}],
    ['readOnlyRootFilesystem unset', { securityContext: { runAsNonRoot: true } }],
    ['readOnlyRootFilesystem false', { securityContext: { readOnlyRootFilesystem: false } }],
  ])('refuses a container with %s, in containers and initContainers', (_, sc) => {
    const image = 'web:1.0';
    const bad = { name: 'bad', image, ...sc };
    const p = pod({ containers: [image] });
    expect(denials(P, { ...p, spec: { ...p.spec, containers: [...p.spec.containers, bad] } })).toEqual([expect.stringContaining('readOnlyRootFilesystem')]);
    expect(denials(P, { ...p, spec: { ...p.spec, initContainers: [bad] } })).toEqual([expect.stringContaining('readOnlyRootFilesystem')]);
  });
});

describe('admission policy: LoadBalancer Services use the load balancer NSG and stay internal', () => {
  const P = POLICY_NAMES.loadBalancers;
  const NSG = ADMISSION.loadBalancerNsgId;
  const svc = (annotations: Record<string, string> | undefined, type = 'LoadBalancer', sourceRanges: string[] | null = ['10.0.0.0/16']): Json => ({
    apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'shop', ...(annotations ? { annotations } : {}) },
    spec: { type, ports: [{ port: 443 }], ...(sourceRanges ? { loadBalancerSourceRanges: sourceRanges } : {}) },
  });
  const LB_OK = {
    'oci.oraclecloud.com/security-rule-management-mode': 'NSG',
    'oci.oraclecloud.com/oci-network-security-groups': NSG,
    'oci.oraclecloud.com/oci-backend-network-security-group': ADMISSION.workerNsgId!,
    'service.beta.kubernetes.io/oci-load-balancer-internal': 'true',
  };
  const NLB_OK = {
    'oci.oraclecloud.com/load-balancer-type': 'nlb',
    'oci.oraclecloud.com/security-rule-management-mode': 'None',
    'oci-network-load-balancer.oraclecloud.com/oci-network-security-groups': `${OTHER_NSG}, ${NSG}`,
    'oci-network-load-balancer.oraclecloud.com/internal': 'true',
  };

  test('other Service types are not checked', () => {
    expect(denials(P, svc(undefined, 'ClusterIP'))).toEqual([]);
    expect(denials(P, svc(undefined, 'NodePort'))).toEqual([]);
  });
  test('an internal LB or NLB with the NSG annotations is admitted', () => {
    expect(denials(P, svc(LB_OK))).toEqual([]);
    expect(denials(P, svc({ ...LB_OK, 'oci.oraclecloud.com/security-rule-management-mode': 'None' }))).toEqual([]);
    expect(denials(P, svc(NLB_OK))).toEqual([]);
  });
  test('a LoadBalancer without annotations fails the three annotation rules', () => {
    expect(denials(P, svc(undefined))).toHaveLength(3);
  });
  // In NSG mode the cloud controller opens each listener to spec.loadBalancerSourceRanges, and to 0.0.0.0/0 when
  // it is empty (oci-cloud-controller-manager load_balancer_spec.go, getLoadBalancerSourceRanges).
  test('a Service without source ranges is refused, with ranges admitted', () => {
    expect(denials(P, svc(LB_OK, 'LoadBalancer', null))).toEqual([expect.stringContaining('spec.loadBalancerSourceRanges')]);
    expect(denials(P, svc(LB_OK, 'LoadBalancer', []))).toEqual([expect.stringContaining('spec.loadBalancerSourceRanges')]);
    expect(denials(P, svc(LB_OK, 'LoadBalancer', ['10.0.0.0/16', '192.0.2.0/24']))).toEqual([]);
  });
  test.each([['0.0.0.0/0'], ['::/0'], [' 0.0.0.0/0']])('source range %s is refused unless the namespace has the waiver label', (anywhere) => {
    expect(denials(P, svc(LB_OK, 'LoadBalancer', ['10.0.0.0/16', anywhere]))).toEqual([expect.stringContaining('0.0.0.0/0')]);
    expect(denials(P, svc(LB_OK, 'LoadBalancer', [anywhere]), { 'cdktf-hardened-oke.dev/load-balancer-source-anywhere': 'waived' })).toEqual([]);
    expect(denials(P, svc(LB_OK, 'LoadBalancer', [anywhere]), { 'cdktf-hardened-oke.dev/load-balancer-source-anywhere': 'yes' })).toHaveLength(1);
    // The public-load-balancer label is no waiver for 0.0.0.0/0.
    expect(denials(P, svc(LB_OK, 'LoadBalancer', [anywhere]), { 'cdktf-hardened-oke.dev/public-load-balancers': 'allowed' })).toHaveLength(1);
  });
  // The controller writes backend rules only into the NSGs of oci.oraclecloud.com/oci-backend-network-security-group.
  test('NSG mode needs the workers NSG as backend NSG; None mode does not', () => {
    const { ['oci.oraclecloud.com/oci-backend-network-security-group']: _b, ...noBackend } = LB_OK;
    expect(denials(P, svc(noBackend))).toEqual([expect.stringContaining('oci-backend-network-security-group')]);
    expect(denials(P, svc({ ...LB_OK, 'oci.oraclecloud.com/oci-backend-network-security-group': OTHER_NSG }))).toHaveLength(1);
    expect(denials(P, svc({ ...LB_OK, 'oci.oraclecloud.com/oci-backend-network-security-group': `${OTHER_NSG}, ${ADMISSION.workerNsgId}` }))).toEqual([]);
    expect(denials(P, svc({ ...noBackend, 'oci.oraclecloud.com/security-rule-management-mode': 'None' }))).toEqual([]);
  });
  test.each([
    ['security-list management', { 'oci.oraclecloud.com/security-rule-management-mode': 'SL-All' }, 'security-rule-management-mode'],
    ['no management mode', { 'oci.oraclecloud.com/security-rule-management-mode': undefined }, 'security-rule-management-mode'],
    ['another NSG only', { 'oci.oraclecloud.com/oci-network-security-groups': OTHER_NSG }, 'NSG'],
    ['a public LB', { 'service.beta.kubernetes.io/oci-load-balancer-internal': 'false' }, 'internal'],
    ['the NLB internal annotation on an LB', { 'service.beta.kubernetes.io/oci-load-balancer-internal': undefined, 'oci-network-load-balancer.oraclecloud.com/internal': 'true' }, 'internal'],
  ])('refuses %s', (_, change, what) => {
    const annotations = Object.fromEntries(Object.entries({ ...LB_OK, ...change }).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const msgs = denials(P, svc(annotations));
    expect(msgs).toEqual([expect.stringContaining(what)]);
  });
  test('an NLB must use the NLB forms of the NSG and internal annotations', () => {
    const { ['oci-network-load-balancer.oraclecloud.com/oci-network-security-groups']: _n, ['oci-network-load-balancer.oraclecloud.com/internal']: _i, ...rest } = NLB_OK;
    const msgs = denials(P, svc({ ...rest, 'oci.oraclecloud.com/oci-network-security-groups': NSG, 'service.beta.kubernetes.io/oci-load-balancer-internal': 'true' }));
    expect(msgs).toHaveLength(2);
  });
  test('a public LB is admitted only in a namespace labelled for public load balancers', () => {
    const pub = { ...LB_OK, 'service.beta.kubernetes.io/oci-load-balancer-internal': 'false' };
    expect(denials(P, svc(pub), { 'cdktf-hardened-oke.dev/public-load-balancers': 'allowed' })).toEqual([]);
    expect(denials(P, svc(pub), { 'cdktf-hardened-oke.dev/public-load-balancers': 'yes' })).toHaveLength(1);
    // The label never excuses the NSG rules.
    expect(denials(P, svc({ 'service.beta.kubernetes.io/oci-load-balancer-internal': 'false' }), { 'cdktf-hardened-oke.dev/public-load-balancers': 'allowed' })).toHaveLength(2);
  });
});

const ENFORCE_ALL = { admission: { ...ADMISSION, enforceAllNamespaces: true } };

describe('admission policy objects', () => {
  const objects = baseline(ENFORCE_ALL).manifests();
  const vaps = objects.filter((o) => o.kind === 'ValidatingAdmissionPolicy');
  const bindings = objects.filter((o) => o.kind === 'ValidatingAdmissionPolicyBinding');

  test('four policies, each with a Deny binding of the same name, admissionregistration.k8s.io/v1', () => {
    expect(vaps.map((o) => o.metadata.name).sort()).toEqual(Object.values(POLICY_NAMES).sort());
    for (const v of vaps) {
      expect(v.apiVersion).toBe('admissionregistration.k8s.io/v1');
      expect(v.spec.failurePolicy).toBe('Fail');
      const b = bindings.find((x) => x.spec.policyName === v.metadata.name)!;
      expect(b).toBeDefined();
      expect(b.apiVersion).toBe('admissionregistration.k8s.io/v1');
      expect(b.spec.validationActions).toEqual(['Deny']);
    }
  });

  test('pod policies cover creation, updates and ephemeral containers; the LB policy covers Services', () => {
    for (const v of vaps) {
      const [rule] = v.spec.matchConstraints.resourceRules;
      expect(rule.operations).toEqual(['CREATE', 'UPDATE']);
      expect(rule.resources).toEqual(v.metadata.name === POLICY_NAMES.loadBalancers ? ['services'] : ['pods', 'pods/ephemeralcontainers']);
    }
  });

  test('bindings exclude only the system namespaces and the Cilium namespace', () => {
    for (const b of bindings) {
      expect(b.spec.matchResources.namespaceSelector.matchExpressions).toEqual([
        { key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system', 'kube-public', 'kube-node-lease', CILIUM_RELEASE.namespace] },
      ]);
    }
    const calico = baseline({ ...ENFORCE_ALL, networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO }).manifests()
      .filter((o) => o.kind === 'ValidatingAdmissionPolicyBinding');
    expect(calico[0].spec.matchResources.namespaceSelector.matchExpressions[0].values).toEqual(['kube-system', 'kube-public', 'kube-node-lease']);
  });

  test('allowPublicLoadBalancers labels the namespace the policy reads', () => {
    const b = baseline({ applicationNamespaces: [{ name: 'edge', allowPublicLoadBalancers: true }, { name: 'shop' }] }).manifests();
    const ns = (n: string) => b.find((o) => o.kind === 'Namespace' && o.metadata.name === n)!;
    expect(ns('edge').metadata.labels['cdktf-hardened-oke.dev/public-load-balancers']).toBe('allowed');
    expect(ns('shop').metadata.labels['cdktf-hardened-oke.dev/public-load-balancers']).toBeUndefined();
  });

  test('without admission options no policy is written', () => {
    expect(baseline({ admission: undefined }).manifests().some((o) => o.kind.startsWith('ValidatingAdmissionPolicy'))).toBe(false);
  });

  test.each([
    ['region', { region: 'Frankfurt' }, 'admission.region'],
    ['tenancyNamespace', { tenancyNamespace: 'My Tenancy' }, 'admission.tenancyNamespace'],
    ['ocirRegionKey', { ocirRegionKey: 'frankfurt' }, 'admission.ocirRegionKey'],
    ['loadBalancerNsgId', { loadBalancerNsgId: OCIDS.subnet('lb') }, 'admission.loadBalancerNsgId'],
  ])('a bad %s is refused, naming the property', (_, change, property) => {
    expect(() => baseline({ admission: { ...ADMISSION, ...change } })).toThrow(new RegExp(`^${property.replace('.', '\\.')}:`));
  });
});

describe('compliance evidence for WKL-12 (judged on synthesized objects)', () => {
  const model = (objects: any[]) => buildModel([], [{ file: 'manifests/prod/all.yaml', objects }]);
  test('the baseline with admission inputs meets every requirement; without them none', () => {
    expect(missingAdmissionRequirements(model(baseline(ENFORCE_ALL).manifests()))).toEqual([]);
    expect(missingAdmissionRequirements(model(baseline({ admission: undefined }).manifests()))).toEqual(ADMISSION_REQUIREMENTS.map((r) => r.label));
  });
  test('Deny only in the managed namespaces (a cluster created elsewhere) does not meet the control', () => {
    expect(missingAdmissionRequirements(model(baseline().manifests()))).toEqual(ADMISSION_REQUIREMENTS.map((r) => r.label));
  });
  test('a policy only bound with Warn, or not bound at all, does not count', () => {
    const objs = baseline(ENFORCE_ALL).manifests();
    const warn = objs.map((o) => (o.kind === 'ValidatingAdmissionPolicyBinding' && o.spec.policyName === POLICY_NAMES.loadBalancers
      ? { ...o, spec: { ...o.spec, validationActions: ['Warn'] } } : o));
    expect(missingAdmissionRequirements(model(warn))).toEqual(['LoadBalancer Services with NSG management, internal', 'LoadBalancer Services with explicit source ranges, never 0.0.0.0/0 unwaived']);
    const unbound = objs.filter((o) => !(o.kind === 'ValidatingAdmissionPolicyBinding' && o.spec.policyName === POLICY_NAMES.breakGlass));
    expect(missingAdmissionRequirements(model(unbound))).toEqual(['image verification break-glass refused']);
  });
});

/**
 * A label selector's matchExpressions, evaluated as kube-apiserver does (k8s.io/apimachinery pkg/labels/selector.go,
 * Requirement.Matches): In needs the key with a listed value; NotIn matches when the key is absent or its value is not
 * listed; Exists / DoesNotExist test the key. The namespace's own name is the label kubernetes.io/metadata.name.
 */
function selects(selector: any, name: string, labels: Record<string, string>): boolean {
  const all: Record<string, string> = { ...labels, 'kubernetes.io/metadata.name': name };
  return (selector.matchExpressions as any[]).every((e) => {
    const has = e.key in all;
    switch (e.operator) {
      case 'In': return has && e.values.includes(all[e.key]);
      case 'NotIn': return !has || !e.values.includes(all[e.key]);
      case 'Exists': return has;
      case 'DoesNotExist': return !has;
      default: throw new Error(`operator ${e.operator}`);
    }
  });
}

describe('a cluster created elsewhere (enforceAllNamespaces off): Deny in managed namespaces, Warn and Audit elsewhere', () => {
  const objects = baseline().manifests();
  const bindings = objects.filter((o) => o.kind === 'ValidatingAdmissionPolicyBinding');
  const actionsFor = (policy: string, ns: string, labels: Record<string, string>) => bindings
    .filter((b) => b.spec.policyName === policy && selects(b.spec.matchResources.namespaceSelector, ns, labels))
    .flatMap((b) => b.spec.validationActions).sort();
  const managed = { [ADMISSION_ENFORCED_LABEL]: ADMISSION_ENFORCED_LABEL_VALUE };

  test('each policy has a Deny binding of its name and a [Warn, Audit] binding; none mixes Deny and Warn (kube-apiserver refuses it)', () => {
    for (const policy of Object.values(POLICY_NAMES)) {
      expect(bindings.filter((b) => b.spec.policyName === policy).map((b) => [b.metadata.name, b.spec.validationActions]))
        .toEqual([[policy, ['Deny']], [`${policy}${WARN_BINDING_SUFFIX}`, ['Warn', 'Audit']]]);
    }
    for (const b of bindings) expect(knownApiValidationErrors(b)).toEqual([]);
    const mixed = { ...bindings[0], spec: { ...bindings[0].spec, validationActions: ['Deny', 'Warn'] } };
    expect(knownApiValidationErrors(mixed).map((e) => e.message)).toContain('must not contain both Deny and Warn');
  });

  test('the library\'s application namespaces carry the label; an existing namespace gets Warn and Audit only; system namespaces nothing', () => {
    const shop = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === 'shop')!;
    expect(shop.metadata.labels[ADMISSION_ENFORCED_LABEL]).toBe(ADMISSION_ENFORCED_LABEL_VALUE);
    const cilium = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === CILIUM_RELEASE.namespace)!;
    expect(cilium.metadata.labels[ADMISSION_ENFORCED_LABEL]).toBeUndefined();
    for (const policy of Object.values(POLICY_NAMES)) {
      expect(actionsFor(policy, 'shop', shop.metadata.labels)).toEqual(['Deny']);
      expect(actionsFor(policy, 'legacy-app', {})).toEqual(['Audit', 'Warn']);
      expect(actionsFor(policy, 'legacy-app', { [ADMISSION_ENFORCED_LABEL]: 'something-else' })).toEqual(['Audit', 'Warn']);
      for (const ns of ['kube-system', 'kube-public', 'kube-node-lease', CILIUM_RELEASE.namespace]) expect(actionsFor(policy, ns, {})).toEqual([]);
      // Labelling a namespace is how a user opts it in before turning enforcement on everywhere.
      expect(actionsFor(policy, 'legacy-app', managed)).toEqual(['Deny']);
    }
  });

  test('enforceAllNamespaces: one Deny binding per policy, judging existing namespaces too', () => {
    const all = baseline(ENFORCE_ALL).manifests().filter((o) => o.kind === 'ValidatingAdmissionPolicyBinding');
    expect(all).toHaveLength(Object.values(POLICY_NAMES).length);
    for (const b of all) {
      expect(b.spec.validationActions).toEqual(['Deny']);
      expect(selects(b.spec.matchResources.namespaceSelector, 'legacy-app', {})).toBe(true);
    }
  });

  test('an existing workload\'s pod from Docker Hub is refused in a managed namespace and only warned about elsewhere', () => {
    // The CEL is unchanged: the same policy judges, the binding decides what a failure does.
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'legacy-app' }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };
    expect(denials(POLICY_NAMES.ocirImages, pod).length).toBeGreaterThan(0);
    expect(actionsFor(POLICY_NAMES.ocirImages, 'legacy-app', {})).not.toContain('Deny');
  });
});

describe('examples/existing-cluster: adopting a running cluster', () => {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-existing-'));
  require('../../examples/existing-cluster/main').buildExampleApp(outdir).synth();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const k8s = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'existing-k8s', 'cdk.tf.json'), 'utf8'));
  const manifests = Object.values<any>(k8s.resource.kubernetes_manifest).map((r) => r.manifest);

  test('Deny only where the library manages the namespace; the reduced scope is a WKL-12 waiver in the report', () => {
    const bindings = manifests.filter((m) => m.kind === 'ValidatingAdmissionPolicyBinding');
    expect(bindings.filter((b) => b.spec.validationActions.includes('Deny'))).toHaveLength(4);
    expect(bindings.filter((b) => b.spec.validationActions.join() === 'Warn,Audit')).toHaveLength(4);
    for (const b of bindings.filter((x) => x.spec.validationActions.includes('Deny'))) {
      expect(b.spec.matchResources.namespaceSelector.matchExpressions).toContainEqual({ key: ADMISSION_ENFORCED_LABEL, operator: 'In', values: [ADMISSION_ENFORCED_LABEL_VALUE] });
    }
    const reports = fs.readdirSync(outdir).filter((f: string) => f === 'hardening-report.json');
    expect(reports).toHaveLength(1);
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'hardening-report.json'), 'utf8'));
    expect(report.waivers.find((w: any) => w.controlId === 'WKL-12' && /enforceAllNamespaces/.test(w.reason))).toBeDefined();
  });
});
