import { controlById } from '../../lib/compliance/catalog/catalog';
import { coversPort, exposedAdminPorts, isDocumentedInternetIngress, nsgRule, securityListRules } from '../../lib/compliance/catalog/network-rules';
import { clusterAttribution, evaluate } from '../../lib/compliance/engine';
import { block, blocks, buildModel, refsIn } from '../../lib/compliance/model';
import { isActive, validateWaiver, waiverCovers } from '../../lib/compliance/waiver-rules';

const rule = (over: any) => nsgRule({ direction: 'INGRESS', protocol: '6', source: '0.0.0.0/0', source_type: 'CIDR_BLOCK', ...over });

describe('security rule normalization', () => {
  test.each([
    [{ tcp_options: { destination_port_range: { min: 22, max: 22 } } }, [22]],
    [{ tcp_options: { destination_port_range: { min: 1, max: 65535 } } }, [22, 3389, 6443, 10250, 12250]],
    [{}, [22, 3389, 6443, 10250, 12250]], // TCP without options = every port
    [{ protocol: 'all' }, [22, 3389, 6443, 10250, 12250]],
    [{ protocol: '17', udp_options: { destination_port_range: { min: 3389, max: 3389 } } }, [3389]],
    [{ protocol: '1', icmp_options: { type: 3, code: 4 } }, []],
    [{ tcp_options: { destination_port_range: { min: 443, max: 443 } } }, []],
    [{ source: '10.0.0.0/16', tcp_options: { destination_port_range: { min: 22, max: 22 } } }, []],
    [{ source: '::/0', tcp_options: { destination_port_range: { min: 6443, max: 6443 } } }, [6443]],
    [{ source_type: 'NETWORK_SECURITY_GROUP', source: '${oci_core_network_security_group.x.id}' }, []],
    [{ direction: 'EGRESS', destination: '0.0.0.0/0' }, []],
    // Source port ranges do not open destination ports.
    [{ tcp_options: { source_port_range: { min: 22, max: 22 } } }, [22, 3389, 6443, 10250, 12250]],
  ])('NSG rule %j exposes %j', (over, ports) => {
    expect(exposedAdminPorts(rule(over))).toEqual(ports);
  });

  test('security list entries use min/max directly under tcp_options', () => {
    const rules = securityListRules({ ingress_security_rules: [{ protocol: '6', source: '0.0.0.0/0', tcp_options: { min: 20, max: 25 } }], egress_security_rules: { protocol: 'all', destination: '0.0.0.0/0' } });
    expect(rules).toHaveLength(2);
    expect(coversPort(rules[0], 22)).toBe(true);
    expect(coversPort(rules[0], 26)).toBe(false);
    expect(rules[1].direction).toBe('EGRESS');
  });

  test('Oracle-documented internet ingress: LB 80/443 and ICMP 3/4 only', () => {
    expect(isDocumentedInternetIngress(rule({ tcp_options: { destination_port_range: { min: 443, max: 443 } } }))).toBe(true);
    expect(isDocumentedInternetIngress(rule({ protocol: '1', icmp_options: { type: 3, code: 4 } }))).toBe(true);
    expect(isDocumentedInternetIngress(rule({ protocol: '1' }))).toBe(false);
    expect(isDocumentedInternetIngress(rule({ tcp_options: { destination_port_range: { min: 80, max: 443 } } }))).toBe(false);
  });
});

describe('model', () => {
  test('blocks come as objects or arrays', () => {
    expect(block({ a: 1 })).toEqual({ a: 1 });
    expect(block([{ a: 1 }])).toEqual({ a: 1 });
    expect(blocks({ a: 1 })).toEqual([{ a: 1 }]);
    expect(blocks(undefined)).toEqual([]);
  });

  test('references are parsed from interpolations, not from data, var or local', () => {
    expect(refsIn('${oci_core_vcn.vcn_1A2B3C4D.id}')).toEqual(['oci_core_vcn.vcn_1A2B3C4D']);
    expect(refsIn('${data.oci_core_services.all.services[0].id}')).toEqual([]);
    expect(refsIn(['${var.x}', '${oci_kms_key.k.id}'])).toEqual(['oci_kms_key.k']);
  });

  test('Kubernetes objects present as kubernetes_manifest and as YAML are kept once, with the Terraform address', () => {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'app' } };
    const m = buildModel([{ name: 'k8s', json: { resource: { kubernetes_manifest: { ns_app: { manifest: ns } } } } }],
      [{ file: 'manifests/prod/00-namespace-app.yaml', objects: [ns, { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'app' } }] }] }]);
    expect(m.objects.map((o) => [o.id, o.address])).toEqual([['Namespace/app', 'kubernetes_manifest.ns_app'], ['ConfigMap/app/c', 'k8s:ConfigMap/app/c']]);
  });

  test('providers with aliases get distinct addresses', () => {
    const m = buildModel([{ name: 's', json: { provider: { oci: [{ region: 'a' }, { alias: 'home', region: 'b' }] } } }]);
    expect(m.providers.map((p) => p.address)).toEqual(['provider.oci[0]', 'provider.oci.home']);
  });
});

describe('cluster attribution', () => {
  test('by tag, then by stack, then the only cluster', () => {
    const m = buildModel([
      { name: 'a', json: { resource: { oci_containerengine_cluster: { c: { name: 'alpha' } }, oci_core_vcn: { v: {} } } } },
      { name: 'b', json: { resource: { oci_containerengine_cluster: { c: { name: 'beta' } }, oci_core_vcn: { tagged: { freeform_tags: { 'oke-cluster': 'alpha' } } } } } },
      { name: 'alpha-k8s', json: { resource: { kubernetes_manifest: { x: { manifest: { kind: 'Namespace', metadata: { name: 'n' } } } } } } },
      { name: 'other', json: { resource: { oci_core_vcn: { v: {} } } } },
    ]);
    const { clusters, of } = clusterAttribution(m);
    expect(clusters).toEqual(['alpha', 'beta']);
    expect(of({ address: 'oci_core_vcn.v', stack: 'a', status: 'pass' })).toBe('alpha');
    expect(of({ address: 'oci_core_vcn.tagged', stack: 'b', status: 'pass' })).toBe('alpha');
    expect(of({ address: 'kubernetes_manifest.x', stack: 'alpha-k8s', status: 'pass' })).toBe('alpha');
    expect(of({ address: 'oci_core_vcn.v', stack: 'other', status: 'pass' })).toBe('(no cluster)');
  });
});

describe('waiver matching', () => {
  const f = { address: 'oci_core_subnet.network_lb_0A1B2C3D', stack: 'prod', path: 'prod/prod/network/lb', status: 'fail' as const };
  test.each([
    ['*', true],
    ['oci_core_subnet.network_lb_*', true],
    ['prod:oci_core_subnet.*', true],
    ['prod/prod/network', true],
    ['prod/prod/network/lb', true],
    ['prod/prod/net', false],
    ['oci_core_subnet.other*', false],
    ['dev:oci_core_subnet.*', false],
  ])('scope %s covers it: %s', (scope, covered) => {
    expect(waiverCovers(validateWaiver('w', { controlId: 'NET-01', reason: 'r', scope }, 't'), f)).toBe(covered);
  });

  test('a bare expiry date lasts to the end of that UTC day', () => {
    const w = validateWaiver('w', { controlId: 'NET-01', reason: 'r', expires: '2027-01-31' }, 't');
    expect(isActive(w, new Date('2027-01-31T23:59:00Z'))).toBe(true);
    expect(isActive(w, new Date('2027-02-01T00:00:00Z'))).toBe(false);
  });

  test('a waiver only covers its own control', () => {
    const m = buildModel([{ name: 's', json: { resource: { oci_core_subnet: { lb: { prohibit_public_ip_on_vnic: false } } } } }]);
    const e = evaluate(m, [validateWaiver('w', { controlId: 'NET-02', reason: 'r' }, 't')]);
    expect(e.results.find((r) => r.control.id === 'NET-01')!.status).toBe('fail');
    expect(controlById('NET-01')).toBeDefined();
  });
});

describe('dynamic blocks', () => {
  test('rules generated by a dynamic block are judged too', () => {
    const m = buildModel([{ name: 's', json: { resource: { oci_core_security_list: { dyn: {
      dynamic: { ingress_security_rules: { for_each: '${var.ports}', iterator: 'each', content: { protocol: '6', source: '0.0.0.0/0', tcp_options: { min: '${each.value}', max: '${each.value}' } } } },
    } } } } }]);
    const r = evaluate(m).results.find((x) => x.control.id === 'NET-03')!;
    expect(r.status).toBe('fail');
    expect(r.findings[0].message).toMatch(/ingress tcp\/all ports from 0\.0\.0\.0\/0/);
  });
});

describe('observability edge cases', () => {
  test('audit retention is not applicable (with a note) when the output does not manage it', () => {
    const m = buildModel([{ name: 's', json: { resource: { oci_containerengine_cluster: { c: { name: 'prod' } } } } }]);
    const r = evaluate(m).results.find((x) => x.control.id === 'OBS-01')!;
    expect(r.status).toBe('not-applicable');
    expect(r.findings[0].message).toMatch(/tenancy setting not managed in this output/);
  });
});
