import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { KubernetesBaseline } from '../../lib/kubernetes/kubernetes-baseline';
import { Yaml } from 'cdk8s';
import { CILIUM_RELEASE, ciliumValues } from '../../lib/kubernetes/private/cni-release';
import { ESCALATING_VERBS, FORBIDDEN_SUBJECTS } from '../../lib/kubernetes/private/rbac';
import { FlowPeer, FlowPort } from '../../lib/kubernetes/network-flow';
import { FlowDirection, NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { CniType } from '../../lib/network/cni-type';
import { OCIDS } from '../support';
import { BASE_PROPS, MODELS, KNOWN_FIELDS, baseline, fieldPaths } from './fixtures';

const objects = baseline().manifests();
const find = (kind: string, name: string, namespace?: string) =>
  objects.filter((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === namespace);
const one = (kind: string, name: string, namespace?: string) => {
  const found = find(kind, name, namespace);
  expect(found).toHaveLength(1);
  return found[0];
};
const APP_NAMESPACES = ['shop', 'ingress'];

describe('every manifest', () => {
  test.each(objects.map((o) => [`${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`, o]))('%s is valid Kubernetes', (_, obj) => {
    const Model = MODELS[obj.kind];
    expect(Model).toBeDefined();
    expect(() => new Model(obj).validate()).not.toThrow();
    const unknown = fieldPaths(obj, obj.kind).filter((p) => !KNOWN_FIELDS[obj.kind].includes(p));
    expect(unknown).toEqual([]);
  });

  test('the known-field check catches a misspelt field', () => {
    const bad = { ...one('ServiceAccount', 'default', 'shop'), automountServiceAcountToken: false };
    expect(fieldPaths(bad, 'ServiceAccount').filter((p) => !KNOWN_FIELDS.ServiceAccount.includes(p))).toEqual(['automountServiceAcountToken']);
  });

  test('namespaced kinds carry a namespace and cluster-scoped kinds do not', () => {
    const clusterScoped = ['Namespace', 'StorageClass', 'ClusterRoleBinding', 'ClusterRole', 'CustomResourceDefinition', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'];
    for (const o of objects) expect(o.metadata.namespace === undefined).toBe(clusterScoped.includes(o.kind));
  });

  test('apply order: namespaces first, stable, and deterministic', () => {
    const kinds = objects.map((o) => o.kind);
    expect(kinds.lastIndexOf('Namespace')).toBeLessThan(kinds.findIndex((k) => k !== 'Namespace' && k !== 'CustomResourceDefinition'));
    expect(JSON.stringify(baseline().manifests())).toEqual(JSON.stringify(objects));
  });
});

describe('Pod Security', () => {
  test.each(APP_NAMESPACES)('%s enforces, audits and warns restricted at the cluster minor', (ns) => {
    const labels = one('Namespace', ns).metadata.labels;
    for (const mode of ['enforce', 'audit', 'warn']) {
      expect(labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
      expect(labels[`pod-security.kubernetes.io/${mode}-version`]).toBe('v1.33');
    }
  });

  test('the only exemption is the CNI namespace, privileged with a written reason', () => {
    const exempt = objects.filter((o) => o.kind === 'Namespace' && o.metadata.labels['pod-security.kubernetes.io/enforce'] !== 'restricted');
    expect(exempt.map((o) => o.metadata.name)).toEqual([CILIUM_RELEASE.namespace]);
    expect(exempt[0].metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(exempt[0].metadata.annotations['cdktf-hardened-oke.dev/pod-security-exemption-reason']).toMatch(/hostNetwork/);
    expect(baseline().exemptions.map((e) => e.name)).toEqual([CILIUM_RELEASE.namespace]);
  });

  test('a log-shipper exemption is explicit and carries its reason', () => {
    const b = baseline({ podSecurityExemptions: [{ name: 'logging', reason: 'Fluent Bit reads /var/log on the host' }] });
    const ns = b.manifests().find((o) => o.kind === 'Namespace' && o.metadata.name === 'logging')!;
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(ns.metadata.annotations['cdktf-hardened-oke.dev/pod-security-exemption-reason']).toBe('Fluent Bit reads /var/log on the host');
  });

  test('the library ships no workload of its own outside the exempted namespace', () => {
    const workloads = ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'ReplicaSet'];
    expect(objects.filter((o) => workloads.includes(o.kind))).toEqual([]);
    // The CNI's workloads come from its Helm release, installed into the exempted namespace only.
    expect(baseline().helmReleases.map((r) => r.releaseNamespace)).toEqual([CILIUM_RELEASE.namespace]);
  });
});

describe('network policies', () => {
  test.each([...APP_NAMESPACES, CILIUM_RELEASE.namespace])('%s has default-deny for ingress and egress', (ns) => {
    const deny = one('NetworkPolicy', 'default-deny-all', ns);
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  });

  test.each(APP_NAMESPACES)('%s egress allows DNS to kube-dns only, UDP and TCP 53', (ns) => {
    const dns = one('NetworkPolicy', 'allow-dns-egress', ns);
    expect(dns.spec.policyTypes).toEqual(['Egress']);
    expect(dns.spec.ingress).toBeUndefined();
    expect(dns.spec.egress).toEqual([{
      to: [{
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
        podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      }],
      ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
    }]);
  });

  test('no policy lets pods reach the instance metadata service', () => {
    for (const p of objects.filter((o) => o.kind === 'NetworkPolicy')) {
      for (const rule of p.spec.egress ?? []) {
        expect(rule.to?.length).toBeGreaterThan(0);
        for (const peer of rule.to) {
          if (!peer.ipBlock) continue;
          const { cidrContains } = require('../../lib/core/cidr');
          if (cidrContains(peer.ipBlock.cidr, '169.254.169.254/32')) {
            expect((peer.ipBlock.except ?? []).some((e: string) => cidrContains(e, '169.254.169.254/32'))).toBe(true);
          }
        }
      }
    }
    expect(one('NetworkPolicy', 'allow-flow-2', 'shop').spec.egress[0].to[0].ipBlock.except).toContain('169.254.169.254/32');
  });

  test('no policy contains an allow-all rule', () => {
    for (const p of objects.filter((o) => o.kind === 'NetworkPolicy')) {
      for (const [dir, key] of [['ingress', 'from'], ['egress', 'to']] as const) {
        for (const rule of p.spec[dir] ?? []) {
          expect(rule[key]?.length).toBeGreaterThan(0);
          for (const peer of rule[key]) expect(peer).not.toEqual({});
        }
      }
    }
  });

  test('flow helpers render same-namespace, other-namespace and CIDR flows', () => {
    expect(one('NetworkPolicy', 'allow-flow-0', 'shop').spec).toEqual({
      podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }], ports: [{ protocol: 'TCP', port: 8080 }] }],
    });
    expect(one('NetworkPolicy', 'allow-flow-1', 'shop').spec).toEqual({
      podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress' } }, podSelector: { matchLabels: { app: 'gateway' } } }] }],
    });
  });
});

describe('workload defaults', () => {
  test.each(APP_NAMESPACES)('%s has a LimitRange with container cpu and memory defaults', (ns) => {
    const lr = one('LimitRange', 'container-defaults', ns);
    expect(lr.spec.limits).toEqual([{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' } }]);
  });

  test.each(APP_NAMESPACES)('%s has a ResourceQuota', (ns) => {
    const hard = one('ResourceQuota', 'namespace-quota', ns).spec.hard;
    for (const k of ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory', 'pods']) expect(hard[k]).toBeDefined();
  });

  test('quota props are applied; load balancers default to none', () => {
    expect(one('ResourceQuota', 'namespace-quota', 'shop').spec.hard['services.loadbalancers']).toBe('0');
    expect(one('ResourceQuota', 'namespace-quota', 'ingress').spec.hard['services.loadbalancers']).toBe('1');
  });

  test.each(APP_NAMESPACES)('%s default ServiceAccount does not automount its token', (ns) => {
    expect(one('ServiceAccount', 'default', ns).automountServiceAccountToken).toBe(false);
  });
});

describe('RBAC', () => {
  const roles = objects.filter((o) => o.kind === 'Role' || o.kind === 'ClusterRole');
  const bindings = objects.filter((o) => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding');

  test('no wildcard verbs, resources or API groups', () => {
    expect(roles.length).toBeGreaterThan(0);
    for (const r of roles) for (const rule of r.rules) for (const k of ['verbs', 'resources', 'apiGroups']) expect(rule[k]).not.toContain('*');
  });

  test('no bind, escalate or impersonate, and no RBAC objects in any role', () => {
    for (const r of roles) {
      for (const rule of r.rules) {
        for (const v of ESCALATING_VERBS) expect(rule.verbs).not.toContain(v);
        expect(rule.apiGroups).not.toContain('rbac.authorization.k8s.io');
      }
    }
  });

  test('viewers cannot read Secrets', () => {
    const viewer = one('Role', 'prod-namespace-viewer', 'shop');
    for (const rule of viewer.rules) {
      expect(rule.resources).not.toContain('secrets');
      expect(rule.verbs.every((v: string) => ['get', 'list', 'watch'].includes(v))).toBe(true);
    }
  });

  test('cluster-admin is bound once, only to the cluster admin groups, as OCID Group subjects', () => {
    const toClusterAdmin = bindings.filter((b) => b.roleRef.name === 'cluster-admin');
    expect(toClusterAdmin).toHaveLength(1);
    expect(toClusterAdmin[0].kind).toBe('ClusterRoleBinding');
    expect(toClusterAdmin[0].subjects).toEqual([{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: OCIDS.group('platformadmins') }]);
  });

  test('namespace admins and viewers are bound to their namespace roles', () => {
    const admin = one('RoleBinding', 'prod-namespace-admin', 'shop');
    expect(admin.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'prod-namespace-admin' });
    expect(admin.subjects.map((s: any) => s.name)).toEqual([OCIDS.group('shopadmins')]);
    expect(one('RoleBinding', 'prod-namespace-viewer', 'shop').subjects.map((s: any) => s.name)).toEqual([OCIDS.group('shopviewers')]);
    expect(find('RoleBinding', 'prod-namespace-admin', 'ingress')).toEqual([]);
  });

  test('no binding names system:anonymous, system:unauthenticated or system:authenticated', () => {
    for (const b of bindings) for (const s of b.subjects) expect(FORBIDDEN_SUBJECTS).not.toContain(s.name);
    for (const b of bindings) for (const s of b.subjects) expect(s.kind).toBe('Group');
  });
});

describe('storage', () => {
  test('the default StorageClass is block volume CSI with the Vault key and paravirtualized attachment', () => {
    const sc = one('StorageClass', 'oci-bv-encrypted');
    expect(sc.provisioner).toBe('blockvolume.csi.oraclecloud.com');
    expect(sc.parameters).toEqual({ 'kms-key-id': OCIDS.key, 'attachment-type': 'paravirtualized' });
    expect(sc.metadata.annotations['storageclass.kubernetes.io/is-default-class']).toBe('true');
    const defaults = objects.filter((o) => o.kind === 'StorageClass' && o.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true');
    expect(defaults).toHaveLength(1);
  });

  test('without fileStorage there is no File Storage class (one without inputs fails every claim)', () => {
    expect(find('StorageClass', 'oci-fss-encrypted')).toEqual([]);
    expect(objects.filter((o) => o.kind === 'StorageClass' && o.provisioner === 'fss.csi.oraclecloud.com')).toEqual([]);
  });
});

describe('CNI', () => {
  test('Cilium is pinned to an exact chart version with every image by digest', () => {
    const [release] = baseline().helmReleases;
    expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(release.repository).toBe('https://helm.cilium.io');
    const values = ciliumValues(CILIUM_RELEASE, CniType.OCI_VCN_IP_NATIVE) as any;
    expect(release.valuesYaml).toEqual(Yaml.stringify(values));
    expect(release.valuesYaml).toContain(`digest: ${CILIUM_RELEASE.images.agent.digest}`);
    expect(values.image).toMatchObject({ useDigest: true, tag: `v${CILIUM_RELEASE.version}` });
    expect(values.image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(values.operator.image).toMatchObject({ useDigest: true, tag: `v${CILIUM_RELEASE.version}` });
    expect(values.operator.image.genericDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const r of [values.resources, values.operator.resources]) {
      expect(Object.keys(r.requests).sort()).toEqual(['cpu', 'memory']);
      expect(Object.keys(r.limits).sort()).toEqual(['cpu', 'memory']);
    }
    // Nothing else pulls an image: no Envoy, no Hubble relay or UI.
    expect(values.envoy.enabled).toBe(false);
    expect(values.hubble).toEqual({ enabled: false, relay: { enabled: false }, ui: { enabled: false } });
  });

  test('with VCN-native pod networking Cilium only enforces policy, chained after the OCI CNI', () => {
    const cni = CniType.OCI_VCN_IP_NATIVE;
    const values = ciliumValues(CILIUM_RELEASE, cni) as any;
    expect(values.cni).toMatchObject({ chainingMode: 'generic-veth', customConf: true, exclusive: false, configMap: 'cilium-chaining-config' });
    expect(values.kubeProxyReplacement).toBe(false);
    expect(values.routingMode).toBe('native');
    expect(values.k8sNetworkPolicy.enabled).toBe(true);
    const b = baseline({ cni });
    const cm = b.manifests().find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'cilium-chaining-config')!;
    expect(cm.metadata.namespace).toBe(CILIUM_RELEASE.namespace);
    const plugins = JSON.parse(cm.data['cni-config']).plugins.map((p: any) => p.type);
    expect(plugins).toEqual(['oci-ipvlan', 'oci-ptp', 'cilium-cni']);
  });

  test('Cilium chained after flannel is refused with a named error; flannel with external Calico works', () => {
    expect(() => baseline({ cni: CniType.FLANNEL_OVERLAY })).toThrow(HardenedOkeValidationError);
    expect(() => baseline({ cni: CniType.FLANNEL_OVERLAY })).toThrow(/^networkPolicyEngine: Cilium chained after flannel .*Fix: use cni OCI_VCN_IP_NATIVE/);
    expect(() => baseline({ cni: CniType.FLANNEL_OVERLAY, networkPolicyEngine: NetworkPolicyEngine.CILIUM_CHAINED })).toThrow(/^networkPolicyEngine:/);
    const calico = baseline({ cni: CniType.FLANNEL_OVERLAY, networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO });
    expect(calico.helmReleases).toEqual([]);
    expect(() => ciliumValues(CILIUM_RELEASE, CniType.FLANNEL_OVERLAY)).toThrow();
  });

  test('the delegated IPAM keeps every Cilium address out of the VCN: the router address is link-local', () => {
    const values = ciliumValues(CILIUM_RELEASE, CniType.OCI_VCN_IP_NATIVE) as any;
    expect(values.ipam).toEqual({ mode: 'delegated-plugin' });
    expect(values.extraConfig['local-router-ipv4']).toMatch(/^169\.254\./);
  });

  test('VCN-native uses the delegated IPAM of the OCI CNI', () => {
    expect(ciliumValues(CILIUM_RELEASE, CniType.OCI_VCN_IP_NATIVE)).toMatchObject({ ipam: { mode: 'delegated-plugin' }, endpointRoutes: { enabled: true } });
  });

  test('the external Calico choice installs nothing and exempts nothing', () => {
    const b = baseline({ networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO });
    expect(b.helmReleases).toEqual([]);
    expect(b.exemptions).toEqual([]);
    expect(b.manifests().some((o) => o.metadata.name === CILIUM_RELEASE.namespace || o.metadata.namespace === CILIUM_RELEASE.namespace)).toBe(false);
  });
});

describe('writeManifests', () => {
  test('writes NN-<kind>-<name>.yaml in apply order, byte-identical across runs', () => {
    const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-')));
    const names = dirs.map((d) => baseline().writeManifests(d));
    expect(names[0]).toEqual(names[1]);
    expect(names[0][0]).toMatch(/^01-namespace-/);
    expect(names[0]).toContain('04-storageclass-oci-bv-encrypted.yaml');
    for (const n of names[0]) expect(fs.readFileSync(path.join(dirs[0], n), 'utf8')).toEqual(fs.readFileSync(path.join(dirs[1], n), 'utf8'));
    expect(fs.readdirSync(dirs[0]).filter((f) => f.endsWith('.yaml')).sort()).toEqual([...names[0]].sort());
    const pin = JSON.parse(fs.readFileSync(path.join(dirs[0], 'helm', 'cilium', 'release.json'), 'utf8'));
    expect(pin).toEqual({ name: 'cilium', chart: 'cilium', repository: 'https://helm.cilium.io', version: CILIUM_RELEASE.version, releaseNamespace: CILIUM_RELEASE.namespace });
    expect(fs.readFileSync(path.join(dirs[0], 'helm', 'cilium', 'values.yaml'), 'utf8')).toContain(CILIUM_RELEASE.images.agent.digest);
    // A later synth with fewer objects leaves no stale file behind.
    fs.writeFileSync(path.join(dirs[0], 'README.txt'), 'kept');
    const fewer = baseline({ applicationNamespaces: [] }).writeManifests(dirs[0]);
    expect(fs.readdirSync(dirs[0]).sort()).toEqual([...fewer, 'README.txt', 'helm'].sort());
  });
});

describe('tokens in props', () => {
  test('the Terraform path keeps the reference; the YAML gets a substitution variable', () => {
    const { TerraformStack, TerraformVariable } = require('cdktf');
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    const key = new TerraformVariable(stack, 'key', { type: 'string' }).stringValue;
    const group = new TerraformVariable(stack, 'group', { type: 'string' }).stringValue;
    const b = new KubernetesBaseline(stack, 'b', { ...BASE_PROPS, pvKmsKeyId: key, clusterAdminGroupIds: [group] });
    expect(b.yamlVariables).toEqual(['PV_KMS_KEY_ID', 'CLUSTER_ADMIN_GROUP_ID_0']);
    const sc = b.manifests().find((o) => o.kind === 'StorageClass' && o.metadata.name === 'oci-bv-encrypted')!;
    expect(sc.parameters['kms-key-id']).toBe(key);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-'));
    const names = b.writeManifests(dir);
    // Objects with a placeholder live in substitute/, never next to the plain manifests kubectl apply -f would read.
    expect(names).toContain('substitute/04-storageclass-oci-bv-encrypted.yaml');
    expect(fs.existsSync(path.join(dir, '04-storageclass-oci-bv-encrypted.yaml'))).toBe(false);
    const yaml = fs.readFileSync(path.join(dir, 'substitute', '04-storageclass-oci-bv-encrypted.yaml'), 'utf8');
    expect(yaml).toContain('kms-key-id: ${PV_KMS_KEY_ID}');
    const binding = names.find((n) => n.endsWith('-clusterrolebinding-prod-cluster-admins.yaml'))!;
    expect(binding).toMatch(/^substitute\//);
    expect(fs.readFileSync(path.join(dir, binding), 'utf8')).toContain('name: ${CLUSTER_ADMIN_GROUP_ID_0}');
    const topLevel = fs.readdirSync(dir).filter((n) => n.endsWith('.yaml'));
    expect(topLevel.length).toBeGreaterThan(0);
    for (const f of topLevel) expect(fs.readFileSync(path.join(dir, f), 'utf8')).not.toMatch(/\$\{[A-Z0-9_]+\}/);
    const variablesMd = fs.readFileSync(path.join(dir, 'substitute', 'VARIABLES.md'), 'utf8');
    expect(variablesMd).toMatch(/\| `PV_KMS_KEY_ID` \| OCID of the Vault key that encrypts block volumes/);
    expect(variablesMd).toContain('| `CLUSTER_ADMIN_GROUP_ID_0` |');
    expect(variablesMd).toContain('terraform output -raw prod-gitops-variables');
    expect(b.yamlVariableDetails.map((v) => [v.name, v.value])).toEqual([['PV_KMS_KEY_ID', key], ['CLUSTER_ADMIN_GROUP_ID_0', group]]);
    for (const f of [...topLevel, ...fs.readdirSync(path.join(dir, 'substitute')).map((n) => `substitute/${n}`)]) {
      expect(fs.readFileSync(path.join(dir, f), 'utf8')).not.toContain('TfToken');
    }
  });
});

describe('bad input', () => {
  const ns = (over: object) => ({ applicationNamespaces: [{ name: 'shop', ...over }] });
  const cases: Array<[string, object, RegExp]> = [
    ['invalid namespace name', { applicationNamespaces: [{ name: 'Shop_1' }] }, /^applicationNamespaces\[0\]\.name:/],
    ['namespace name too long', { applicationNamespaces: [{ name: 'a'.repeat(64) }] }, /^applicationNamespaces\[0\]\.name:/],
    ['reserved namespace default', { applicationNamespaces: [{ name: 'default' }] }, /^applicationNamespaces\[0\]\.name:.*reserved/],
    ['reserved namespace kube-*', { applicationNamespaces: [{ name: 'kube-public' }] }, /^applicationNamespaces\[0\]\.name:.*reserved/],
    ['CNI namespace as application', { applicationNamespaces: [{ name: 'cilium-system' }] }, /^applicationNamespaces\[0\]\.name:/],
    ['duplicate namespace', { applicationNamespaces: [{ name: 'a' }, { name: 'a' }] }, /^applicationNamespaces\[1\]\.name:/],
    ['malformed admin group OCID', ns({ adminGroupIds: ['ocid1.user.oc1..aaaa'] }), /^applicationNamespaces\[0\]\.adminGroupIds\[0\]:/],
    ['malformed viewer group OCID', ns({ viewerGroupIds: ['group-1'] }), /^applicationNamespaces\[0\]\.viewerGroupIds\[0\]:/],
    ['malformed cluster admin group', { clusterAdminGroupIds: ['ocid1.compartment.oc1..aaaa'] }, /^clusterAdminGroupIds\[0\]:/],
    ['0.0.0.0/0 without exceptions', ns({ allowedFlows: [{ direction: FlowDirection.EGRESS, peer: FlowPeer.cidr('0.0.0.0/0') }] }), /^applicationNamespaces\[0\]\.allowedFlows\[0\]\.peer\.cidrBlock:.*0\.0\.0\.0\/0/],
    ['malformed flow CIDR', ns({ allowedFlows: [{ direction: FlowDirection.EGRESS, peer: FlowPeer.cidr('10.0.0.1/8') }] }), /allowedFlows\[0\]\.peer\.cidrBlock:/],
    ['exception outside the CIDR', ns({ allowedFlows: [{ direction: FlowDirection.EGRESS, peer: FlowPeer.cidr('10.0.0.0/16', ['192.168.0.0/24']) }] }), /allowedFlows\[0\]\.peer\.exceptCidrs\[0\]:/],
    ['namespace peer with a malformed name', ns({ allowedFlows: [{ direction: FlowDirection.INGRESS, peer: FlowPeer.inNamespace('Not_A_Name') }] }), /allowedFlows\[0\]\.peer\.namespaceName:/],
    ['peer given as a plain object (JavaScript caller, old API)', ns({ allowedFlows: [{ direction: FlowDirection.INGRESS, peer: 'SAME_NAMESPACE' as unknown as FlowPeer }] }), /^applicationNamespaces\[0\]\.allowedFlows\[0\]\.peer: is not a FlowPeer/],
    ['port given as a plain object (JavaScript caller, old API)', ns({ allowedFlows: [{ direction: FlowDirection.INGRESS, peer: FlowPeer.pods(), ports: [{ port: 80 } as unknown as FlowPort] }] }), /allowedFlows\[0\]\.ports\[0\]: is not a FlowPort/],
    ['bad port', ns({ allowedFlows: [{ direction: FlowDirection.INGRESS, peer: FlowPeer.pods(), ports: [FlowPort.tcp(70000)] }] }), /allowedFlows\[0\]\.ports\[0\]\.port:/],
    ['bad quota quantity', ns({ quota: { requestsCpu: 'lots' } }), /^applicationNamespaces\[0\]\.quota\.requestsCpu:/],
    ['bad limit quantity', ns({ limits: { defaultMemory: '1 GB' } }), /^applicationNamespaces\[0\]\.limits\.defaultMemory:/],
    ['negative pod quota', ns({ quota: { pods: -1 } }), /^applicationNamespaces\[0\]\.quota\.pods:/],
    ['unknown CNI', { cni: 'CALICO' as CniType }, /^cni:/],
    ['bad Kubernetes version', { kubernetesVersion: '1.33' }, /^kubernetesVersion:/],
    ['too old Kubernetes version', { kubernetesVersion: 'v1.29.1' }, /^kubernetesVersion:/],
    ['bad cluster name', { clusterName: 'Prod Cluster' }, /^clusterName:/],
    ['malformed PV key', { pvKmsKeyId: 'ocid1.vault.oc1..aaaa' }, /^pvKmsKeyId:/],
    ['missing PV key', { pvKmsKeyId: '' }, /^pvKmsKeyId:/],
    ['exemption without reason', { podSecurityExemptions: [{ name: 'logging', reason: '' }] }, /^podSecurityExemptions\[0\]\.reason:/],
    ['exemption of kube-system', { podSecurityExemptions: [{ name: 'kube-system', reason: 'because it is needed' }] }, /^podSecurityExemptions\[0\]\.name:/],
    ['unknown policy engine', { networkPolicyEngine: 'WEAVE' as NetworkPolicyEngine }, /^networkPolicyEngine:/],
  ];
  test.each(cases)('%s', (_, props, message) => {
    let error: unknown;
    try {
      new KubernetesBaseline(Testing.app(), 'b', { ...BASE_PROPS, ...props });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/Fix: /);
  });
});
