import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { Fn, Testing, Token } from 'cdktf';
import { parseAllDocuments } from 'yaml';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { apiValidationErrors } from '../../lib/core/kubernetes-api-validation';
import { ClusterConfigStack } from '../../lib/kubernetes/cluster-config-stack';
import { KubernetesBaseline } from '../../lib/kubernetes/kubernetes-baseline';
import { FlowPeer, FlowPort } from '../../lib/kubernetes/network-flow';
import { FlowDirection, NetworkFlow } from '../../lib/kubernetes/types';
import { IamVerb } from '../../lib/kubernetes/workload-identity';
import { manifestFileName } from '../../lib/kubernetes/private/manifest-order';
import { listFiles, ROOT } from '../support/files';
import { synthApp } from '../support/synth';
import { BASE_PROPS, baseline } from './fixtures';

const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}) });
const np = (spec: object, name = 'p') => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(name, 'shop'), spec });
const egressTo = (peer: object, ports?: object[]) => np({ podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [peer], ...(ports ? { ports } : {}) }] });
const pod = (spec: object, name = 'web') => ({ apiVersion: 'v1', kind: 'Pod', metadata: meta(name, 'shop'), spec });
const container = (extra: object = {}) => ({ name: 'app', image: 'fra.ocir.io/ns/app@sha256:' + 'a'.repeat(64), ...extra });
const binding = (kind: string, extra: object) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: meta('b', kind === 'RoleBinding' ? 'shop' : undefined),
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' }, subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'g' }], ...extra });
const vapb = (spec: object) => ({ apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicyBinding', metadata: meta('b'), spec: { policyName: 'p', validationActions: ['Deny'], ...spec } });
const vap = (spec: object) => ({ apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicy', metadata: meta('p'),
  spec: { matchConstraints: { resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['pods'] }] }, validations: [{ expression: 'true' }], ...spec } });
const sc = (extra: object) => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: meta('fast'), provisioner: 'blockvolume.csi.oraclecloud.com', ...extra });
const limits = (l: object) => ({ apiVersion: 'v1', kind: 'LimitRange', metadata: meta('l', 'shop'), spec: { limits: [{ type: 'Container', ...l }] } });
const deployment = (selector: object, labels: object) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta('web', 'shop'),
  spec: { selector, template: { metadata: { labels }, spec: { containers: [container()] } } } });
const statefulSet = (mounted: string) => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('db', 'shop'),
  spec: { selector: { matchLabels: { app: 'db' } }, serviceName: 'db',
    volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } } } }],
    template: { metadata: { labels: { app: 'db' } }, spec: { containers: [container({ volumeMounts: [{ name: mounted, mountPath: '/data' }] })] } } } });
const svc = (spec: object, name = 'web') => ({ apiVersion: 'v1', kind: 'Service', metadata: meta(name, 'shop'), spec });

/** [rule, refused object, the field the refusal names, accepted edge case]. Each pair differs in the one field. */
const CASES: Array<[string, object, string, object]> = [
  ['ipBlock except equal to cidr (the metadata-service case)', egressTo({ ipBlock: { cidr: '169.254.169.254/32', except: ['169.254.169.254/32'] } }),
    'spec.egress[0].to[0].ipBlock.except[0]', egressTo({ ipBlock: { cidr: '169.254.169.254/31', except: ['169.254.169.254/32'] } })],
  ['ipBlock except outside cidr', egressTo({ ipBlock: { cidr: '10.0.0.0/8', except: ['11.0.0.0/16'] } }),
    'spec.egress[0].to[0].ipBlock.except[0]', egressTo({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.255.0.0/16'] } })],
  ['ipBlock cidr with host bits', egressTo({ ipBlock: { cidr: '10.0.0.1/8' } }), 'spec.egress[0].to[0].ipBlock.cidr', egressTo({ ipBlock: { cidr: '10.0.0.1/32' } })],
  ['ipBlock with another peer', egressTo({ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }), 'spec.egress[0].to[0]', egressTo({ namespaceSelector: {}, podSelector: {} })],
  ['port 0', egressTo({ podSelector: {} }, [{ port: 0 }]), 'spec.egress[0].ports[0].port', egressTo({ podSelector: {} }, [{ port: 65535 }])],
  ['endPort below port', egressTo({ podSelector: {} }, [{ port: 80, endPort: 79 }]), 'spec.egress[0].ports[0].endPort', egressTo({ podSelector: {} }, [{ port: 80, endPort: 80 }])],
  ['endPort without port', egressTo({ podSelector: {} }, [{ endPort: 80 }]), 'spec.egress[0].ports[0].endPort', egressTo({ podSelector: {} }, [{ protocol: 'TCP' }])],
  ['protocol ICMP', egressTo({ podSelector: {} }, [{ protocol: 'ICMP', port: 1 }]), 'spec.egress[0].ports[0].protocol', egressTo({ podSelector: {} }, [{ protocol: 'SCTP', port: 1 }])],
  ['named port of 16 characters', egressTo({ podSelector: {} }, [{ port: 'abcdefghijklmnop' }]), 'spec.egress[0].ports[0].port', egressTo({ podSelector: {} }, [{ port: 'abcdefghijklmno' }])],
  ['policyType other than Ingress/Egress', np({ podSelector: {}, policyTypes: ['ingress'] }), 'spec.policyTypes[0]', np({ podSelector: {}, policyTypes: ['Ingress'] })],
  ['label value of 64 characters in a selector', np({ podSelector: { matchLabels: { app: 'a'.repeat(64) } } }), 'spec.podSelector.matchLabels.app', np({ podSelector: { matchLabels: { app: 'a'.repeat(63) } } })],
  ['label key with two slashes', np({ podSelector: { matchLabels: { 'a/b/c': 'x' } } }), 'spec.podSelector.matchLabels.a/b/c', np({ podSelector: { matchLabels: { 'example.com/b': '' } } })],
  ['In without values', np({ podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: [] }] } }), 'spec.podSelector.matchExpressions[0].values',
    np({ podSelector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } })],
  ['NetworkPolicy name with uppercase', np({ podSelector: {} }, 'Allow'), 'metadata.name', np({ podSelector: {} }, 'allow.web-1')],
  ['Namespace name of 64 characters', { apiVersion: 'v1', kind: 'Namespace', metadata: meta('a'.repeat(64)) }, 'metadata.name', { apiVersion: 'v1', kind: 'Namespace', metadata: meta('a'.repeat(63)) }],
  ['Namespace name with a dot', { apiVersion: 'v1', kind: 'Namespace', metadata: meta('a.b') }, 'metadata.name', { apiVersion: 'v1', kind: 'Namespace', metadata: meta('a-b') }],
  ['cluster-scoped kind with a namespace', { ...sc({}), metadata: meta('fast', 'shop') }, 'metadata.namespace', sc({})],
  ['object label value ending in a dash', { ...sc({}), metadata: { name: 'fast', labels: { tier: 'gold-' } } }, 'metadata.labels.tier', { ...sc({}), metadata: { name: 'fast', labels: { tier: 'gold-1' } } }],
  ['object name of 254 characters', { ...sc({}), metadata: meta('a'.repeat(254)) }, 'metadata.name', { ...sc({}), metadata: meta('a'.repeat(253)) }],
  ['RBAC name with a slash', { ...binding('ClusterRoleBinding', {}), metadata: meta('a/b') }, 'metadata.name', { ...binding('ClusterRoleBinding', {}), metadata: meta('A:b') }],
  ['ClusterRoleBinding to a Role', binding('ClusterRoleBinding', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' } }), 'roleRef.kind',
    binding('RoleBinding', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' } })],
  ['roleRef in the core group', binding('ClusterRoleBinding', { roleRef: { apiGroup: '', kind: 'ClusterRole', name: 'view' } }), 'roleRef.apiGroup', binding('ClusterRoleBinding', {})],
  ['Group subject with the core apiGroup', binding('ClusterRoleBinding', { subjects: [{ apiGroup: 'v1', kind: 'Group', name: 'g' }] }), 'subjects[0].apiGroup',
    binding('ClusterRoleBinding', { subjects: [{ kind: 'Group', name: 'g' }] })],
  ['ServiceAccount subject without namespace in a ClusterRoleBinding', binding('ClusterRoleBinding', { subjects: [{ kind: 'ServiceAccount', name: 'sa' }] }), 'subjects[0].namespace',
    binding('RoleBinding', { subjects: [{ kind: 'ServiceAccount', name: 'sa' }] })],
  ['subject kind Users', binding('ClusterRoleBinding', { subjects: [{ kind: 'Users', name: 'u' }] }), 'subjects[0].kind', binding('ClusterRoleBinding', { subjects: [{ kind: 'User', name: 'u' }] })],
  ['Role rule without verbs', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('r', 'shop'), rules: [{ apiGroups: [''], resources: ['pods'], verbs: [] }] }, 'rules[0].verbs',
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('r', 'shop'), rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }],
  ['Role rule with a non-resource URL', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('r', 'shop'), rules: [{ nonResourceURLs: ['/healthz'], verbs: ['get'] }] }, 'rules[0].nonResourceURLs',
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: meta('r'), rules: [{ nonResourceURLs: ['/healthz'], verbs: ['get'] }] }],
  ['validationActions Deny and Warn', vapb({ validationActions: ['Deny', 'Warn'] }), 'spec.validationActions', vapb({ validationActions: ['Deny', 'Audit'] })],
  ['validationActions empty', vapb({ validationActions: [] }), 'spec.validationActions', vapb({ validationActions: ['Warn'] })],
  ['binding policyName missing', vapb({ policyName: '' }), 'spec.policyName', vapb({ policyName: 'a.b' })],
  ['policy variable not a C identifier', vap({ variables: [{ name: 'my-var', expression: '1' }] }), 'spec.variables[0].name', vap({ variables: [{ name: '_my_var1', expression: '1' }] })],
  ['policy variable a CEL reserved word', vap({ variables: [{ name: 'namespace', expression: '1' }] }), 'spec.variables[0].name', vap({ variables: [{ name: 'ns', expression: '1' }] })],
  ['policy with more than 64 match conditions', vap({ matchConditions: Array.from({ length: 65 }, (_, i) => ({ name: `c${i}`, expression: 'true' })) }), 'spec.matchConditions',
    vap({ matchConditions: Array.from({ length: 64 }, (_, i) => ({ name: `c${i}`, expression: 'true' })) })],
  ['policy without validations', vap({ validations: [] }), 'spec.validations', vap({ validations: [{ expression: 'true', message: 'one line' }] })],
  ['policy message with a line break', vap({ validations: [{ expression: 'true', message: 'a\nb' }] }), 'spec.validations[0].message', vap({ validations: [{ expression: 'true', message: 'a b' }] })],
  ['failurePolicy other than Fail/Ignore', vap({ failurePolicy: 'Deny' }), 'spec.failurePolicy', vap({ failurePolicy: 'Ignore' })],
  ['StorageClass reclaimPolicy Recycle', sc({ reclaimPolicy: 'Recycle' }), 'reclaimPolicy', sc({ reclaimPolicy: 'Retain' })],
  ['StorageClass volumeBindingMode', sc({ volumeBindingMode: 'Lazy' }), 'volumeBindingMode', sc({ volumeBindingMode: 'WaitForFirstConsumer' })],
  ['StorageClass provisioner not a qualified name', sc({ provisioner: 'a/b/c' }), 'provisioner', sc({ provisioner: 'fss.csi.oraclecloud.com' })],
  ['ConfigMap key with a slash', { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('c', 'shop'), data: { 'a/b': '1' } }, 'data.a/b',
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('c', 'shop'), data: { '.a_b-C': '1' } }],
  ['LimitRange defaultRequest above default', limits({ default: { cpu: '100m' }, defaultRequest: { cpu: '200m' } }), 'spec.limits[0].default.cpu',
    limits({ default: { cpu: '200m' }, defaultRequest: { cpu: '200m' } })],
  ['ResourceQuota pods not an integer', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: meta('q', 'shop'), spec: { hard: { pods: '1.5' } } }, 'spec.hard.pods',
    { apiVersion: 'v1', kind: 'ResourceQuota', metadata: meta('q', 'shop'), spec: { hard: { pods: '0' } } }],
  ['container name with uppercase', pod({ containers: [container({ name: 'App' })] }), 'spec.containers[0].name', pod({ containers: [container({ name: 'a'.repeat(63) })] })],
  ['two containers with one name', pod({ containers: [container(), container()] }), 'spec.containers[1].name', pod({ containers: [container(), container({ name: 'sidecar' })] })],
  ['container port name of 16 characters', pod({ containers: [container({ ports: [{ name: 'abcdefghijklmnop', containerPort: 80 }] })] }), 'spec.containers[0].ports[0].name',
    pod({ containers: [container({ ports: [{ name: 'abcdefghijklmno', containerPort: 80 }] })] })],
  ['containerPort 65536', pod({ containers: [container({ ports: [{ containerPort: 65536 }] })] }), 'spec.containers[0].ports[0].containerPort', pod({ containers: [container({ ports: [{ containerPort: 1 }] })] })],
  ['env name starting with a digit', pod({ containers: [container({ env: [{ name: '1X', value: '' }] })] }), 'spec.containers[0].env[0].name', pod({ containers: [container({ env: [{ name: '_X.1-a', value: '' }] })] })],
  ['StatefulSet mount of a volume that is neither a pod volume nor a claim template',
    statefulSet('logs'), 'spec.template.spec.containers[0].volumeMounts[0].name', statefulSet('data')],
  ['volumeMount of an unknown volume', pod({ containers: [container({ volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }] })] }), 'spec.containers[0].volumeMounts[0].name',
    pod({ volumes: [{ name: 'tmp', emptyDir: {} }], containers: [container({ volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }] })] })],
  ['Deployment selector not matching the template', deployment({ matchLabels: { app: 'web' } }, { app: 'api' }), 'spec.template.metadata.labels', deployment({ matchLabels: { app: 'web' } }, { app: 'web', v: '1' })],
  ['Deployment with an empty selector', deployment({}, { app: 'web' }), 'spec.selector', deployment({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, { app: 'web' })],
  ['Service name starting with a digit', svc({ ports: [{ port: 80 }] }, '1web'), 'metadata.name', svc({ ports: [{ port: 80 }] }, 'w')],
  ['Service with two unnamed ports', svc({ ports: [{ port: 80 }, { port: 443 }] }), 'spec.ports[0].name', svc({ ports: [{ port: 80, name: 'http' }, { port: 443, name: 'https' }] })],
  ['Service targetPort 0', svc({ ports: [{ port: 80, targetPort: 0 }] }), 'spec.ports[0].targetPort', svc({ ports: [{ port: 80, targetPort: 'http' }] })],
  ['SecretProviderClass name with underscore', { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: meta('vault_secrets', 'shop'), spec: { provider: 'oci' } }, 'metadata.name',
    { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: meta('vault-secrets', 'shop'), spec: { provider: 'oci' } }],
  ['annotation key with a space', { ...sc({}), metadata: { name: 'fast', annotations: { 'a b': 'x' } } }, 'metadata.annotations.a b', { ...sc({}), metadata: { name: 'fast', annotations: { 'A.b/C': 'x y\nz' } } }],
];

describe('API server validation rules (lib/core/kubernetes-api-validation)', () => {
  test.each(CASES)('%s: refused, naming the field; the edge case is accepted', (_rule, bad, field, good) => {
    expect(apiValidationErrors(bad).map((e) => e.field)).toContain(field);
    expect(apiValidationErrors(good)).toEqual([]);
  });

  test('addManifest names the call, the object, the field and the upstream rule', () => {
    const app = Testing.app();
    const stack = new ClusterConfigStack(app, 'k8s', {
      baseline: BASE_PROPS,
      connection: { host: 'https://10.0.0.5:6443', clusterId: 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatest', region: 'eu-frankfurt-1', clusterCaCertificate: 'PEM' },
      writeManifests: false,
    });
    expect(() => stack.addManifest('api', egressTo({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.0.0.0/8'] } })))
      .toThrow('addManifest(api)[0].spec.egress[0].to[0].ipBlock.except[0]: NetworkPolicy shop/p: 10.0.0.0/8 must be a strict subset of cidr 10.0.0.0/8; kube-apiserver refuses it (kubernetes networking/validation.ValidateIPBlock)');
    expect(() => stack.addManifest('ok', egressTo({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }))).not.toThrow();
  });

  test('an object changed after it was added still fails the synth-time validation', () => {
    const b = baseline();
    const [added] = b.addObjects([svc({ ports: [{ port: 80 }] })]);
    expect(b.node.validate()).toEqual([]);
    added.spec.ports[0].port = 0;
    expect(b.node.validate()).toEqual([expect.stringMatching(/^Service shop\/web: spec\.ports\[0\]\.port: 0 must be between 1 and 65535 \(kubernetes core\/validation\.validateServicePort\)\. Fix: /)]);
  });
});

describe('flows to the metadata service', () => {
  const flow = (peer: FlowPeer): NetworkFlow => ({ direction: FlowDirection.EGRESS, peer, ports: [FlowPort.tcp(80)] });
  const withFlow = (f: NetworkFlow) => baseline({ applicationNamespaces: [{ name: 'shop', allowedFlows: [f] }] });

  test('a flow to 169.254.169.254/32 is a named error, not an ipBlock the API server refuses', () => {
    expect(() => withFlow(flow(FlowPeer.cidr('169.254.169.254/32')))).toThrow(HardenedOkeValidationError);
    expect(() => withFlow(flow(FlowPeer.cidr('169.254.169.254/32'))))
      .toThrow(/^applicationNamespaces\[0\]\.allowedFlows\[0\]\.peer\.cidrBlock: 169\.254\.169\.254\/32 is the instance metadata service/);
  });

  test('a wider block around it gives a valid NetworkPolicy with the service excepted', () => {
    const objects = withFlow(flow(FlowPeer.cidr('169.254.169.254/31'))).manifests();
    const policy = objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'allow-flow-0')!;
    expect(policy.spec.egress[0].to[0].ipBlock).toEqual({ cidr: '169.254.169.254/31', except: ['169.254.169.254/32'] });
    expect(apiValidationErrors(policy)).toEqual([]);
  });

  test('flow labels are checked from props', () => {
    expect(() => withFlow({ direction: FlowDirection.INGRESS, peer: FlowPeer.pods({ app: 'a'.repeat(64) }) }))
      .toThrow(/^applicationNamespaces\[0\]\.allowedFlows\[0\]\.peer\.podLabels\.app: /);
    expect(() => withFlow({ direction: FlowDirection.INGRESS, peer: FlowPeer.pods(), podLabels: { 'bad key!': 'x' } }))
      .toThrow(/^applicationNamespaces\[0\]\.allowedFlows\[0\]\.podLabels\.bad key!: /);
  });

  test('a LimitRange default request above the default limit is a named props error', () => {
    expect(() => baseline({ applicationNamespaces: [{ name: 'shop', limits: { defaultCpu: '50m' } }] }))
      .toThrow(/^applicationNamespaces\[0\]\.limits\.defaultCpu: the default request 100m is above the default limit 50m/);
    expect(() => baseline({ applicationNamespaces: [{ name: 'shop', limits: { defaultCpu: '100m', defaultMemory: '128Mi' } }] })).not.toThrow();
  });
});

describe('property: generated flows and namespace names', () => {
  const octet = fc.integer({ min: 0, max: 255 });
  const cidr = fc.tuple(octet, octet, octet, octet, fc.integer({ min: 0, max: 32 })).map(([a, b, c, d, p]) => {
    const address = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
    const size = 2 ** (32 - p);
    const n = Math.floor(address / size) * size;
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${p}`;
  });
  const near = fc.oneof(cidr, fc.constantFrom('169.254.169.254/32', '169.254.169.254/31', '169.254.0.0/16', '0.0.0.0/0', '10.0.0.0/8'));
  const labelText = fc.stringMatching(/^[a-zA-Z0-9._/-]{0,70}$/);
  const labels = fc.option(fc.dictionary(labelText, labelText, { maxKeys: 2 }), { nil: undefined });
  const port = fc.tuple(fc.constantFrom(FlowPort.tcp, FlowPort.udp, FlowPort.sctp), fc.integer({ min: -1, max: 70000 })).map(([f, n]) => f(n));
  const peer = fc.oneof(
    labels.map((l) => FlowPeer.pods(l)),
    fc.tuple(fc.stringMatching(/^[a-z0-9.-]{1,70}$/), labels).map(([n, l]) => FlowPeer.inNamespace(n, l)),
    fc.tuple(near, fc.array(near, { maxLength: 3 })).map(([c, e]) => FlowPeer.cidr(c, e)),
  );
  const flowArb = fc.record({
    direction: fc.constantFrom(FlowDirection.INGRESS, FlowDirection.EGRESS),
    peer, podLabels: labels, ports: fc.option(fc.array(port, { maxLength: 2 }), { nil: undefined }),
  });
  const namespace = fc.oneof(fc.stringMatching(/^[a-z0-9.-]{1,70}$/), fc.stringMatching(/^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/));

  test('every configuration either fails with a named props error or yields objects the API server accepts', () => {
    fc.assert(fc.property(namespace, fc.array(flowArb, { maxLength: 3 }), (name, flows) => {
      let b: KubernetesBaseline;
      try {
        b = baseline({ applicationNamespaces: [{ name, allowedFlows: flows }] });
      } catch (err) {
        expect(err).toBeInstanceOf(HardenedOkeValidationError);
        expect((err as HardenedOkeValidationError).property).toMatch(/^applicationNamespaces\[0\]\./);
        return;
      }
      for (const o of b.manifests()) expect({ object: `${o.kind}/${o.metadata.name}`, errors: apiValidationErrors(o) }).toEqual({ object: `${o.kind}/${o.metadata.name}`, errors: [] });
    }), { numRuns: 300 });
  });
});

const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => fs.existsSync(path.join(ROOT, 'examples', n, 'main.ts'))).sort();

describe.each(EXAMPLES)('examples/%s: every Kubernetes object passes the API server validation', (name) => {
  const app = synthApp(require(path.join(ROOT, 'examples', name, 'main')).buildExampleApp);
  afterAll(() => app.cleanup());

  test('kubernetes_manifest resources and the GitOps YAML', () => {
    const objects: Array<{ where: string; object: any }> = [];
    for (const s of app.stacks) {
      for (const [id, r] of Object.entries<any>(s.json.resource?.kubernetes_manifest ?? {})) objects.push({ where: `${s.name}:${id}`, object: r.manifest });
    }
    for (const f of listFiles(path.join(app.outdir, 'manifests')).filter((x) => x.endsWith('.yaml') && !x.includes(`${path.sep}helm${path.sep}`))) {
      for (const doc of parseAllDocuments(fs.readFileSync(f, 'utf8'))) objects.push({ where: path.relative(app.outdir, f), object: doc.toJS() });
    }
    const failures = objects.map(({ where, object }) => ({ where, errors: apiValidationErrors(object) })).filter((x) => x.errors.length > 0);
    expect(failures).toEqual([]);
    // Examples without a Kubernetes stack would pass vacuously: every example here has one.
    expect(objects.length).toBeGreaterThan(10);
  });
});

describe('objects written twice', () => {
  test('a workload identity service account named like the Vault secrets one is a named props error', () => {
    expect(() => baseline({
      secretsStore: { region: 'eu-frankfurt-1' },
      applicationNamespaces: [{
        name: 'shop',
        vaultSecrets: { vaultId: 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaatest', secrets: [{ name: 'db', secretId: 'ocid1.vaultsecret.oc1.eu-frankfurt-1.aaaaaaaatest' }] },
        workloadIdentity: { serviceAccounts: [{ name: 'vault-secrets-reader', allow: [{ verb: IamVerb.READ, resourceType: 'objects' }] }] },
      }],
    })).toThrow(/^applicationNamespaces\[0\]\.workloadIdentity\.serviceAccounts\[0\]\.name: "vault-secrets-reader" is also the Vault secrets service account/);
  });

  test('addObjects refuses an object the baseline already has', () => {
    const b = baseline();
    expect(() => b.addObjects([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }]))
      .toThrow(/^addObjects\[0\]\.metadata\.name: Namespace shop already exists in the baseline/);
  });
});

describe('derived names', () => {
  test('the GitOps file of an object with the longest valid namespace and name stays under the file-name limit', () => {
    const obj = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a'.repeat(253), namespace: 'b'.repeat(63) } };
    expect(apiValidationErrors(obj)).toEqual([]);
    const name = manifestFileName(0, 1, obj);
    expect(name.length).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^01-configmap-b{63}-a+-[0-9a-f]{8}\.yaml$/);
    expect(manifestFileName(0, 1, { ...obj, metadata: { ...obj.metadata, name: 'a'.repeat(252) + 'c' } })).not.toBe(name);
    expect(manifestFileName(0, 1, { ...obj, metadata: { name: 'short', namespace: 'shop' } })).toBe('01-configmap-shop-short.yaml');
  });

  test('names derived from the longest cluster and namespace names are valid objects', () => {
    const cluster = 'c'.repeat(30);
    const ns = 'n'.repeat(63);
    const b = baseline({ clusterName: cluster, applicationNamespaces: [{ name: ns, adminGroupIds: BASE_PROPS.applicationNamespaces![0].adminGroupIds,
      allowedFlows: BASE_PROPS.applicationNamespaces![0].allowedFlows }] });
    const objects = b.manifests();
    expect(objects.some((o) => o.metadata.name === `${cluster}-namespace-admin` && o.metadata.namespace === ns)).toBe(true);
    for (const o of objects) expect(apiValidationErrors(o)).toEqual([]);
  });
});

describe('values known only at apply', () => {
  test('a field holding a Terraform token is left to the API server; a literal in the same field is judged', () => {
    const b = baseline();
    const port = Token.asNumber(Fn.abs(80));
    const name = Fn.lower('WEB');
    expect(() => b.addObjects([svc({ ports: [{ port }] }, name)])).not.toThrow();
    expect(() => b.addObjects([svc({ ports: [{ port: 0 }] }, 'api')])).toThrow(/^addObjects\[0\]\.spec\.ports\[0\]\.port: /);
    expect(b.node.validate()).toEqual([]);
  });
});
