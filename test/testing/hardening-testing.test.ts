import { Construct } from 'constructs';
import { Waivers } from '../../lib/compliance';
import { CoreDefaultSecurityList } from '../../lib/generated/providers/oci/core-default-security-list';
import { CoreNetworkSecurityGroup } from '../../lib/generated/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../../lib/generated/providers/oci/core-network-security-group-security-rule';
import { CoreServiceGateway } from '../../lib/generated/providers/oci/core-service-gateway';
import { CoreVcn } from '../../lib/generated/providers/oci/core-vcn';
import { HardeningTesting } from '../../lib/testing';
import { hardenedMatchers, hardenedSnapshotSerializer } from '../../lib/testing/jest';
import { newStack, OCIDS, synthValid, Testing } from '../support';

const COMPARTMENT = OCIDS.compartment;

function networkStack(source: string) {
  const stack = newStack('infra');
  const net = new Construct(stack, 'net');
  const vcn = new CoreVcn(net, 'vcn', { compartmentId: COMPARTMENT, cidrBlocks: ['10.0.0.0/16'], displayName: 'prod-vcn' });
  new CoreDefaultSecurityList(net, 'default-sl', { manageDefaultResourceId: vcn.defaultSecurityListId });
  new CoreServiceGateway(net, 'sgw', { compartmentId: COMPARTMENT, vcnId: vcn.id, services: [{ serviceId: 'ocid1.service.oc1..all' }] });
  const nsg = new CoreNetworkSecurityGroup(net, 'nsg', { compartmentId: COMPARTMENT, vcnId: vcn.id });
  const rule = new CoreNetworkSecurityGroupSecurityRule(net, 'ssh', {
    networkSecurityGroupId: nsg.id, direction: 'INGRESS', protocol: '6', source, sourceType: 'CIDR_BLOCK',
    tcpOptions: { destinationPortRange: { min: 22, max: 22 } },
  });
  synthValid(stack);
  return { stack, rule };
}

describe('jest matchers', () => {
  test('toBeHardened passes on a hardened stack and on its synthesized JSON', () => {
    const { stack } = networkStack('203.0.113.0/24');
    expect(stack).toBeHardened();
    expect(Testing.synth(stack)).toBeHardened();
  });

  test('toBeHardened fails naming the control, the resource and the fix', () => {
    const { stack } = networkStack('0.0.0.0/0');
    const result = hardenedMatchers.toBeHardened(stack);
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(/NET-02 \[critical\] infra:oci_core_network_security_group_security_rule\.net_ssh_[0-9A-F]{8}: ingress tcp\/22 from 0\.0\.0\.0\/0/);
    expect(result.message()).toMatch(/Fix: Replace the 0\.0\.0\.0\/0 source/);
    expect(stack).not.toBeHardened();
  });

  test('toPassControl', () => {
    const { stack: good } = networkStack('203.0.113.0/24');
    const { stack: bad } = networkStack('0.0.0.0/0');
    expect(good).toPassControl('NET-02');
    expect(bad).not.toPassControl('NET-02');
    expect(hardenedMatchers.toPassControl(bad, 'NET-02').message()).toMatch(/expected NET-02 to pass, but it failed:\n.*net_ssh_.*\n\s+Fix:/);
    // Not applicable (no cluster) is not a pass.
    expect(good).not.toPassControl('API-01');
    expect(hardenedMatchers.toPassControl(good, 'API-01').message()).toMatch(/judged no resource/);
    expect(() => hardenedMatchers.toPassControl(good, 'NET-99')).toThrow(/unknown hardening control/);
  });

  test('waivers recorded on the App and given as options count', () => {
    const { stack, rule } = networkStack('0.0.0.0/0');
    Waivers.record(rule, { controlId: 'NET-02', reason: 'lab only' });
    expect(stack).toPassControl('NET-02');
    expect(stack).not.toBeHardened();
    expect(stack).toBeHardened({ waivers: [{ controlId: 'NET-04', reason: 'lab only' }] });
    expect(HardeningTesting.checkStack(stack).controlStatus['NET-02']).toBe('waived');
  });
});

describe('snapshot normalization', () => {
  test('removes cdktf metadata, hash suffixes (names and references) and temp paths', () => {
    const { stack } = networkStack('203.0.113.0/24');
    const raw = JSON.stringify(stack.toTerraform());
    expect(raw).toMatch(/net_vcn_[0-9A-F]{8}/);
    const out = HardeningTesting.normalizeJson(raw);
    expect(out).not.toMatch(/_[0-9A-F]{8}\b/);
    expect(out).not.toContain('"//"');
    const json = JSON.parse(out);
    expect(Object.keys(json.resource.oci_core_vcn)).toEqual(['net_vcn']);
    expect(json.resource.oci_core_network_security_group.net_nsg.vcn_id).toBe('${oci_core_vcn.net_vcn.id}');
    expect(HardeningTesting.normalizeJson(`{"x":{"path":"${Testing.app().outdir}/stacks/a"}}`)).toContain('"<outdir>/stacks/a"');
    expect(HardeningTesting.normalizeJson(out)).toBe(out);
  });

  test('the same app synthesized twice, or under another construct hash, snapshots identically', () => {
    const a = HardeningTesting.normalizeJson(Testing.synth(networkStack('203.0.113.0/24').stack));
    const b = HardeningTesting.normalizeJson(Testing.synth(networkStack('203.0.113.0/24').stack));
    expect(a).toBe(b);
    const renamed = JSON.stringify({ resource: { oci_core_vcn: { vcn_ABCDEF12: { x: 1 } } }, output: { o: { value: '${oci_core_vcn.vcn_ABCDEF12.id}' } } });
    const other = JSON.stringify({ resource: { oci_core_vcn: { vcn_12345678: { x: 1 } } }, output: { o: { value: '${oci_core_vcn.vcn_12345678.id}' } } });
    expect(HardeningTesting.normalizeJson(renamed)).toBe(HardeningTesting.normalizeJson(other));
  });

  test('the serializer picks up synthesized JSON only', () => {
    const { stack } = networkStack('203.0.113.0/24');
    const synthesized = Testing.synth(stack);
    expect(hardenedSnapshotSerializer.test(synthesized)).toBe(true);
    expect(hardenedSnapshotSerializer.test('hello')).toBe(false);
    expect(hardenedSnapshotSerializer.test({ a: 1 })).toBe(false);
    expect(hardenedSnapshotSerializer.serialize(synthesized)).toBe(HardeningTesting.normalizeJson(synthesized));
  });
});
