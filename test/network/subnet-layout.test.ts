import { cidrContains, cidrsOverlap, parseCidr } from '../../lib/core/cidr';
import { defaultSubnetLayout, vcnDnsLabel } from '../../lib/network/private/subnet-layout';

describe('defaultSubnetLayout', () => {
  test('10.0.0.0/16 with VCN-native pods', () => {
    expect(defaultSubnetLayout('10.0.0.0/16', { pods: true, publicLoadBalancers: false })).toEqual({
      apiEndpoint: '10.0.0.0/28', bastion: '10.0.0.16/28', loadBalancers: '10.0.2.0/24', workers: '10.0.64.0/18', pods: '10.0.128.0/17',
    });
  });

  test('no pod subnet with flannel; a public LB subnet only when asked', () => {
    const layout = defaultSubnetLayout('10.0.0.0/16', { pods: false, publicLoadBalancers: true })!;
    expect(layout.pods).toBeUndefined();
    expect(layout.publicLoadBalancers).toBe('10.0.3.0/24');
  });

  test.each(['10.0.0.0/16', '172.16.0.0/17', '192.168.0.0/18', '10.1.0.0/19', '10.2.0.0/20'])('%s: subnets fit, do not overlap, pods is the biggest', (vcn) => {
    const layout = defaultSubnetLayout(vcn, { pods: true, publicLoadBalancers: true })!;
    const blocks = Object.entries(layout) as Array<[string, string]>;
    expect(blocks).toHaveLength(6);
    for (const [, cidr] of blocks) {
      expect(cidrContains(vcn, cidr)).toBe(true);
      expect(parseCidr(cidr)!.prefix).toBeLessThanOrEqual(28);
    }
    for (let i = 0; i < blocks.length; i++) for (let j = i + 1; j < blocks.length; j++) {
      expect({ pair: [blocks[i][0], blocks[j][0]], overlap: cidrsOverlap(blocks[i][1], blocks[j][1]) }).toEqual({ pair: [blocks[i][0], blocks[j][0]], overlap: false });
    }
    const sizes = blocks.map(([role, cidr]) => [role, parseCidr(cidr)!.size] as const);
    const biggest = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(biggest[0]).toBe('pods');
  });

  test.each(['10.0.0.0/21', '10.0.0.0/24', 'nonsense'])('%s has no default layout', (vcn) => {
    expect(defaultSubnetLayout(vcn, { pods: true, publicLoadBalancers: false })).toBeUndefined();
  });
});

describe('vcnDnsLabel', () => {
  test.each([
    ['prod', 'prod'],
    ['Prod-EU-1', 'prodeu1'],
    ['1st', 'k1st'],
  ])('%s -> %s', (name, label) => expect(vcnDnsLabel(name)).toBe(label));

  test('long names: at most 15 alphanumerics starting with a letter, deterministic, distinct for a shared prefix', () => {
    const a = vcnDnsLabel('payments-production-eu-frankfurt');
    const b = vcnDnsLabel('payments-production-us-ashburn');
    for (const label of [a, b]) expect(label).toMatch(/^[a-z][a-z0-9]{0,14}$/);
    expect(a).toBe(vcnDnsLabel('payments-production-eu-frankfurt'));
    expect(a).not.toBe(b);
    expect(a.startsWith('paymentspro')).toBe(true);
  });
});
