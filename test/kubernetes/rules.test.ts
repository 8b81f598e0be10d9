import * as fc from 'fast-check';
import { cidrContains } from '../../lib/core/cidr';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { cidrExceptions, flowPolicySpec, IMDS_CIDR, isAllowAllRule } from '../../lib/kubernetes/private/flows';
import { manifestFileName, manifestId, sortForApply } from '../../lib/kubernetes/private/manifest-order';
import { ESCALATING_VERBS, NAMESPACE_ADMIN_RULES, NAMESPACE_VIEWER_RULES } from '../../lib/kubernetes/private/rbac';
import { escapeForTerraform, escapeString } from '../../lib/kubernetes/private/terraform-escape';
import { isReservedNamespace, requireNamespaceName } from '../../lib/kubernetes/private/validation';
import { FlowPeer, FlowPort } from '../../lib/kubernetes/network-flow';
import { FlowDirection } from '../../lib/kubernetes/types';

describe('flow helpers', () => {
  test('the metadata service is excepted whenever the CIDR contains it', () => {
    expect(cidrExceptions('f', '169.254.0.0/16')).toEqual([IMDS_CIDR]);
    expect(cidrExceptions('f', '0.0.0.0/0', ['10.0.0.0/8'])).toEqual(['10.0.0.0/8', IMDS_CIDR]);
    expect(cidrExceptions('f', '10.0.0.0/8')).toEqual([]);
    // Already covered by a user exception: not duplicated.
    expect(cidrExceptions('f', '128.0.0.0/1', ['169.254.0.0/16'])).toEqual(['169.254.0.0/16']);
  });

  test('property: no CIDR flow ever reaches 169.254.169.254', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (prefix, address) => {
      const size = 2 ** (32 - prefix);
      const network = Math.floor(address / size) * size;
      const cidr = `${network >>> 24}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}/${prefix}`;
      if (prefix === 0) return; // needs exceptions, covered by the refusal test
      const except = cidrExceptions('f', cidr);
      if (cidrContains(cidr, IMDS_CIDR)) expect(except.some((e) => cidrContains(e, IMDS_CIDR))).toBe(true);
    }));
  });

  test('0.0.0.0/0 without exceptions is refused, naming the property', () => {
    expect(() => flowPolicySpec('ns.allowedFlows[3]', { direction: FlowDirection.EGRESS, peer: FlowPeer.cidr('0.0.0.0/0') }))
      .toThrow(new HardenedOkeValidationError('ns.allowedFlows[3].peer.cidrBlock', '0.0.0.0/0 without exceptions would open the flow to the whole internet',
        'use the narrowest CIDR the workload needs, or list the private ranges to keep closed: FlowPeer.cidr(block, exceptCidrs)'));
  });

  test('each peer and port factory becomes the matching NetworkPolicy peer and port', () => {
    const egress = (peer: FlowPeer, ports?: FlowPort[]) => (flowPolicySpec('f', { direction: FlowDirection.EGRESS, peer, ports }) as any).egress[0];
    expect(egress(FlowPeer.pods({ app: 'db' }), [FlowPort.tcp(5432)])).toEqual({ to: [{ podSelector: { matchLabels: { app: 'db' } } }], ports: [{ protocol: 'TCP', port: 5432 }] });
    expect(egress(FlowPeer.inNamespace('kube-system', { 'k8s-app': 'kube-dns' }), [FlowPort.udp(53), FlowPort.tcp(53)])).toEqual({
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
      ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
    });
    expect(egress(FlowPeer.cidr('169.254.0.0/16', ['169.254.1.0/24']), [FlowPort.sctp(9000)])).toEqual({
      to: [{ ipBlock: { cidr: '169.254.0.0/16', except: ['169.254.1.0/24', IMDS_CIDR] } }], ports: [{ protocol: 'SCTP', port: 9000 }],
    });
    expect(egress(FlowPeer.cidr('10.1.0.0/16'))).toEqual({ to: [{ ipBlock: { cidr: '10.1.0.0/16' } }] });
  });

  test('a factory-built peer is a copy: changing the caller\'s labels or exceptions later changes nothing', () => {
    const labels: Record<string, string> = { app: 'a' };
    const except = ['10.0.1.0/24'];
    const peer = FlowPeer.cidr('10.0.0.0/16', except);
    const pods = FlowPeer.pods(labels);
    labels.app = 'b';
    except.push('10.0.2.0/24');
    expect(pods.podLabels).toEqual({ app: 'a' });
    expect(peer.exceptCidrs).toEqual(['10.0.1.0/24']);
  });

  test('no helper output is an allow-all rule', () => {
    const flows = [
      { direction: FlowDirection.INGRESS, peer: FlowPeer.pods() },
      { direction: FlowDirection.EGRESS, peer: FlowPeer.inNamespace('db') },
      { direction: FlowDirection.EGRESS, peer: FlowPeer.cidr('10.1.0.0/16') },
    ];
    for (const f of flows) {
      const spec = flowPolicySpec('f', f) as any;
      const dir = f.direction === FlowDirection.INGRESS ? 'ingress' : 'egress';
      for (const rule of spec[dir]) expect(isAllowAllRule(rule, dir)).toBe(false);
    }
  });

  test('the allow-all detector recognises allow-all shapes', () => {
    expect(isAllowAllRule({}, 'ingress')).toBe(true);
    expect(isAllowAllRule({ to: [] }, 'egress')).toBe(true);
    expect(isAllowAllRule({ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }, 'egress')).toBe(true);
    expect(isAllowAllRule({ from: [{ namespaceSelector: {} }] }, 'ingress')).toBe(true);
    expect(isAllowAllRule({ from: [{ namespaceSelector: {}, podSelector: {} }] }, 'ingress')).toBe(true);
    expect(isAllowAllRule({ from: [{ podSelector: {} }] }, 'ingress')).toBe(false);
  });
});

describe('RBAC tables', () => {
  test.each([['admin', NAMESPACE_ADMIN_RULES], ['viewer', NAMESPACE_VIEWER_RULES]] as const)('%s rules are explicit', (_, rules) => {
    for (const r of rules) {
      for (const list of [r.apiGroups, r.resources, r.verbs]) expect(list).not.toContain('*');
      for (const v of ESCALATING_VERBS) expect(r.verbs).not.toContain(v);
      expect(r.apiGroups).not.toContain('rbac.authorization.k8s.io');
      expect(r.resources).not.toContain('pods/exec');
    }
  });
  test('viewers never read Secrets', () => {
    for (const r of NAMESPACE_VIEWER_RULES) expect(r.resources).not.toContain('secrets');
  });
});

describe('Terraform escaping', () => {
  test('escapes ${ and %{ in values and keys, keeps newlines and tokens', () => {
    expect(escapeString('a ${b} %{ if c }\nd')).toBe('a $${b} %%{ if c }\nd');
    expect(escapeString('https://${TfToken[TOKEN.12]}:6443/${x}')).toBe('https://${TfToken[TOKEN.12]}:6443/$${x}');
    expect(escapeForTerraform({ 'k${x}': ['${y}', 3, true, null], n: { m: '%{z}' } }))
      .toEqual({ 'k$${x}': ['$${y}', 3, true, null], n: { m: '%%{z}' } });
  });
});

describe('manifest order and names', () => {
  const objs = [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', namespace: 'x' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } },
    { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'c.example.com' } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'x' } },
  ];
  test('CRDs, then namespaces, then the rest by name', () => {
    expect(sortForApply(objs).map((o) => o.metadata.name)).toEqual(['c.example.com', 'x', 'a', 'b']);
  });
  test('file names and ids are stable', () => {
    expect(manifestFileName(0, 4, objs[1])).toBe('01-namespace-x.yaml');
    expect(manifestFileName(9, 120, objs[0])).toBe('010-configmap-x-b.yaml');
    expect(manifestId(objs[2])).toBe('customresourcedefinition-cluster-c-example-com');
  });
});

describe('namespace names', () => {
  test.each(['a', 'shop-1', 'x'.repeat(63)])('%s is valid', (n) => expect(() => requireNamespaceName('n', n)).not.toThrow());
  test.each(['', 'A', '-a', 'a-', 'a_b', 'x'.repeat(64), 'a.b'])('%s is refused', (n) => expect(() => requireNamespaceName('n', n)).toThrow(/^n: /));
  test('reserved', () => {
    expect(isReservedNamespace('default')).toBe(true);
    expect(isReservedNamespace('kube-node-lease')).toBe(true);
    expect(isReservedNamespace('kubeflow')).toBe(false);
  });
});
