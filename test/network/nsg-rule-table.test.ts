import { CniType } from '../../lib/network/cni-type';
import {
  bastionSecurityListRules, NsgRole, nsgRuleTable, NsgRuleSpec, NsgRuleTableInput, renderRule, ruleId,
} from '../../lib/network/rules/nsg-rule-table';
import { cidrContains, coversInternet, isAnywhere } from '../../lib/core/cidr';

const VCN = '10.0.0.0/16';
const BASTION = '10.0.0.16/28';
const base: NsgRuleTableInput = {
  cni: CniType.OCI_VCN_IP_NATIVE, vcnCidr: VCN, bastionSubnetCidr: BASTION, apiAdminCidrs: [],
  publicLoadBalancers: false, loadBalancerHttp: false, workerInternetEgress: true, podInternetEgress: false, apiEndpointHttpsEgressCidrs: [],
};
const table = (over: Partial<NsgRuleTableInput> = {}) => nsgRuleTable({ ...base, ...over });

/** A readable name for a rule's peer, for set comparisons. */
function peerName(rule: NsgRuleSpec): string {
  if (rule.peer.type === 'NETWORK_SECURITY_GROUP') return `nsg:${rule.peer.role}`;
  if (rule.peer.type === 'CIDR_BLOCK') return `cidr:${rule.peer.cidr}`;
  return 'services';
}
const coversPort = (rule: NsgRuleSpec, port: number) => rule.protocol === 'ALL' || (rule.protocol === 'TCP' && (!rule.ports || (rule.ports.min <= port && port <= rule.ports.max)));
const ingressTo = (rules: NsgRuleSpec[], role: NsgRole) => rules.filter((r) => r.role === role && r.direction === 'INGRESS');
const egressFrom = (rules: NsgRuleSpec[], role: NsgRole) => rules.filter((r) => r.role === role && r.direction === 'EGRESS');

const CNIS = [CniType.OCI_VCN_IP_NATIVE, CniType.FLANNEL_OVERLAY];
/** Every combination of the boolean switches, for properties that must hold regardless. */
const SWITCHES: Array<Partial<NsgRuleTableInput>> = [];
for (const cni of CNIS) for (const publicLoadBalancers of [false, true]) for (const loadBalancerHttp of [false, true]) for (const workerInternetEgress of [false, true]) {
  SWITCHES.push({ cni, publicLoadBalancers, loadBalancerHttp, workerInternetEgress, podInternetEgress: workerInternetEgress, apiAdminCidrs: ['203.0.113.0/24', '198.51.100.7/32'], apiEndpointHttpsEgressCidrs: ['192.0.2.0/24'] });
}

describe.each(CNIS)('NSG rule table (%s)', (cni) => {
  const native = cni === CniType.OCI_VCN_IP_NATIVE;
  const rules = table({ cni, apiAdminCidrs: ['203.0.113.0/24'] });

  test('API 6443 is reachable exactly from workers, pods (VCN-native), the bastion subnet and the admin CIDRs', () => {
    const sources = ingressTo(rules, 'apiEndpoint').filter((r) => coversPort(r, 6443)).map(peerName).sort();
    const expected = ['nsg:workers', `cidr:${BASTION}`, 'cidr:203.0.113.0/24', ...(native ? ['nsg:pods'] : [])].sort();
    expect(sources).toEqual(expected);
  });

  test('the OKE control-plane port 12250 is reachable only from workers and pods', () => {
    const sources = rules.filter((r) => r.direction === 'INGRESS' && coversPort(r, 12250))
      .filter((r) => r.role === 'apiEndpoint').map(peerName).sort();
    expect(sources).toEqual(native ? ['nsg:pods', 'nsg:workers'] : ['nsg:workers']);
    // and no other NSG opens 12250 to anything but its own peers (workers/pods accept ALL only from cluster NSGs)
    for (const r of rules.filter((x) => x.direction === 'INGRESS' && x.role !== 'apiEndpoint' && coversPort(x, 12250))) {
      expect(['nsg:workers', 'nsg:pods', 'nsg:apiEndpoint']).toContain(peerName(r));
    }
  });

  test('workers <-> workers: all protocols both ways', () => {
    expect(rules).toContainEqual(expect.objectContaining({ role: 'workers', direction: 'INGRESS', protocol: 'ALL', peer: { type: 'NETWORK_SECURITY_GROUP', role: 'workers' } }));
    expect(rules).toContainEqual(expect.objectContaining({ role: 'workers', direction: 'EGRESS', protocol: 'ALL', peer: { type: 'NETWORK_SECURITY_GROUP', role: 'workers' } }));
  });

  test('load balancers reach node ports 30000-32767 (TCP and UDP) and the kube-proxy health check 10256 (TCP), both sides', () => {
    for (const [role, direction, peer] of [['workers', 'INGRESS', 'loadBalancers'], ['loadBalancers', 'EGRESS', 'workers']] as const) {
      expect(rules).toContainEqual(expect.objectContaining({ role, direction, protocol: 'TCP', ports: { min: 30000, max: 32767 }, peer: { type: 'NETWORK_SECURITY_GROUP', role: peer } }));
      expect(rules).toContainEqual(expect.objectContaining({ role, direction, protocol: 'UDP', ports: { min: 30000, max: 32767 }, peer: { type: 'NETWORK_SECURITY_GROUP', role: peer } }));
      // Nothing else between load balancers and workers: no all-protocol or all-port rule.
      const between = rules.filter((r) => r.role === role && r.direction === direction && r.peer.type === 'NETWORK_SECURITY_GROUP' && r.peer.role === peer);
      expect(between.every((r) => r.protocol === 'ICMP' || (r.ports !== undefined && r.ports.min >= 10256))).toBe(true);
      expect(rules).toContainEqual(expect.objectContaining({ role, direction, protocol: 'TCP', ports: { min: 10256, max: 10256 }, peer: { type: 'NETWORK_SECURITY_GROUP', role: peer } }));
    }
  });

  test('path MTU discovery: ICMP type 3 code 4, ingress only from inside the VCN', () => {
    const icmp = rules.filter((r) => r.protocol === 'ICMP');
    expect(icmp.length).toBeGreaterThan(0);
    for (const r of icmp) expect(r.icmp).toEqual({ type: 3, code: 4 });
    for (const r of icmp.filter((x) => x.direction === 'INGRESS')) {
      expect(r.peer.type === 'NETWORK_SECURITY_GROUP' || (r.peer.type === 'CIDR_BLOCK' && r.peer.cidr === VCN)).toBe(true);
    }
    expect(ingressTo(rules, 'workers')).toContainEqual(expect.objectContaining({ protocol: 'ICMP', peer: { type: 'CIDR_BLOCK', cidr: VCN } }));
    expect(ingressTo(rules, 'apiEndpoint')).toContainEqual(expect.objectContaining({ protocol: 'ICMP', peer: { type: 'NETWORK_SECURITY_GROUP', role: 'workers' } }));
  });

  test('egress to the Oracle Services Network goes through SERVICE_CIDR_BLOCK for the endpoint, workers and pods', () => {
    const roles = native ? ['apiEndpoint', 'workers', 'pods'] : ['apiEndpoint', 'workers'];
    for (const role of roles) {
      expect(egressFrom(rules, role as NsgRole)).toContainEqual(expect.objectContaining({ protocol: 'TCP', peer: { type: 'SERVICE_CIDR_BLOCK' } }));
    }
  });

  test('the API endpoint reaches the kubelet (10250 with VCN-native, all TCP with flannel as Oracle documents)', () => {
    const toWorkers = egressFrom(rules, 'apiEndpoint').filter((r) => r.peer.type === 'NETWORK_SECURITY_GROUP' && r.peer.role === 'workers' && r.protocol === 'TCP');
    expect(toWorkers).toHaveLength(1);
    expect(toWorkers[0].ports).toEqual(native ? { min: 10250, max: 10250 } : undefined);
  });

  test('pods: their own NSG with VCN-native; no pod rules and no reference to a pod NSG with flannel', () => {
    const podRules = rules.filter((r) => r.role === 'pods' || (r.peer.type === 'NETWORK_SECURITY_GROUP' && r.peer.role === 'pods'));
    if (native) {
      expect(ingressTo(rules, 'pods').map(peerName).sort()).toEqual(['cidr:10.0.0.0/16', 'nsg:apiEndpoint', 'nsg:pods', 'nsg:workers']);
      expect(egressFrom(rules, 'pods').filter((r) => coversPort(r, 6443) && peerName(r) === 'nsg:apiEndpoint')).toHaveLength(1);
    } else {
      expect(podRules).toEqual([]);
    }
  });

  test('the bastion NSG may only talk to the API endpoint on 6443', () => {
    const bastion = rules.filter((r) => r.role === 'bastion');
    expect(bastion).toEqual([expect.objectContaining({ direction: 'EGRESS', protocol: 'TCP', ports: { min: 6443, max: 6443 }, peer: { type: 'NETWORK_SECURITY_GROUP', role: 'apiEndpoint' } })]);
  });

  test('every rule has a description and a unique id', () => {
    for (const r of rules) expect(r.description.length).toBeGreaterThan(10);
    const ids = rules.map(ruleId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('stateful pairs: traffic one NSG lets out, the other NSG lets in (and the reverse)', () => {
    const admits = (candidates: NsgRuleSpec[], from: NsgRole, probe: NsgRuleSpec) => candidates.some((c) =>
      (c.protocol === 'ALL' || c.protocol === probe.protocol)
      && ((c.protocol !== 'TCP' && c.protocol !== 'UDP') || !c.ports || (probe.ports !== undefined && c.ports.min <= probe.ports.min && probe.ports.max <= c.ports.max))
      && ((c.peer.type === 'NETWORK_SECURITY_GROUP' && c.peer.role === from)
        || (c.peer.type === 'CIDR_BLOCK' && (isAnywhere(c.peer.cidr) || (from === 'bastion' ? c.peer.cidr === BASTION : c.peer.cidr === VCN)))));
    for (const r of rules.filter((x) => x.peer.type === 'NETWORK_SECURITY_GROUP')) {
      const other = (r.peer as { role: NsgRole }).role;
      if (r.direction === 'EGRESS') {
        expect({ rule: ruleId(r), admitted: admits(ingressTo(rules, other), r.role, r) }).toEqual({ rule: ruleId(r), admitted: true });
      } else {
        expect({ rule: ruleId(r), admitted: admits(egressFrom(rules, other), r.role, r) }).toEqual({ rule: ruleId(r), admitted: true });
      }
    }
  });
});

describe('NSG rule table: internet exposure', () => {
  test.each(SWITCHES)('no ingress from the internet unless the public LB subnet is on: %o', (switches) => {
    const rules = table(switches);
    const fromAnywhere = rules.filter((r) => r.direction === 'INGRESS' && r.peer.type === 'CIDR_BLOCK' && isAnywhere(r.peer.cidr));
    if (!switches.publicLoadBalancers) {
      expect(fromAnywhere).toEqual([]);
    } else {
      expect(fromAnywhere.map((r) => [r.role, r.protocol, r.ports])).toEqual([
        ['loadBalancers', 'TCP', { min: 443, max: 443 }],
        ...(switches.loadBalancerHttp ? [['loadBalancers', 'TCP', { min: 80, max: 80 }]] : []),
      ]);
    }
    // Every CIDR source other than the internet is inside the VCN or an admin CIDR.
    for (const r of rules.filter((x) => x.direction === 'INGRESS' && x.peer.type === 'CIDR_BLOCK' && !isAnywhere(x.peer.cidr))) {
      const c = (r.peer as { cidr: string }).cidr;
      expect(cidrContains(VCN, c) || switches.apiAdminCidrs!.includes(c)).toBe(true);
      expect(coversInternet(c)).toBe(false);
    }
  });

  test('internal load balancers listen on 443 for the VCN only; 80 only when asked', () => {
    expect(ingressTo(table(), 'loadBalancers').map((r) => [peerName(r), r.ports])).toEqual([[`cidr:${VCN}`, { min: 443, max: 443 }]]);
    expect(ingressTo(table({ loadBalancerHttp: true }), 'loadBalancers').map((r) => r.ports!.min)).toEqual([443, 80]);
  });

  const toInternet = (rules: NsgRuleSpec[]) => rules.filter((r) => r.direction === 'EGRESS' && r.peer.type === 'CIDR_BLOCK' && coversInternet(r.peer.cidr) && r.protocol !== 'ICMP');

  test('internet egress is HTTPS only, per role, and absent when switched off', () => {
    expect(toInternet(table({ workerInternetEgress: true, podInternetEgress: false })).map((r) => [r.role, r.protocol, r.ports])).toEqual([
      ['workers', 'TCP', { min: 443, max: 443 }],
    ]);
    expect(toInternet(table({ workerInternetEgress: false, podInternetEgress: true })).map((r) => [r.role, r.protocol, r.ports])).toEqual([
      ['pods', 'TCP', { min: 443, max: 443 }],
    ]);
    expect(toInternet(table({ workerInternetEgress: false, podInternetEgress: false }))).toEqual([]);
    expect(toInternet(table({ cni: CniType.FLANNEL_OVERLAY, workerInternetEgress: false, podInternetEgress: true }))).toEqual([]);
  });

  test('the API endpoint reaches only the OIDC issuer blocks on TCP 443, one rule each, and nothing outside the VCN without them', () => {
    const outside = (rules: NsgRuleSpec[]) => egressFrom(rules, 'apiEndpoint').filter((r) => r.peer.type === 'CIDR_BLOCK');
    expect(outside(table())).toEqual([]);
    const withIssuer = table({ apiEndpointHttpsEgressCidrs: ['192.0.2.0/24', '198.51.100.0/25'] });
    expect(outside(withIssuer).map((r) => [ruleId(r), r.protocol, r.ports, peerName(r)])).toEqual([
      ['apiEndpoint-egress-oidc-192-0-2-0-24-https', 'TCP', { min: 443, max: 443 }, 'cidr:192.0.2.0/24'],
      ['apiEndpoint-egress-oidc-198-51-100-0-25-https', 'TCP', { min: 443, max: 443 }, 'cidr:198.51.100.0/25'],
    ]);
    expect(toInternet(withIssuer).filter((r) => r.role === 'apiEndpoint')).toEqual([]);
  });

  test('admin CIDRs get one rule each, with ids derived from the CIDR (adding one renames nothing)', () => {
    const one = table({ apiAdminCidrs: ['203.0.113.0/24'] }).map(ruleId);
    const two = table({ apiAdminCidrs: ['198.51.100.0/24', '203.0.113.0/24'] }).map(ruleId);
    expect(one).toContain('apiEndpoint-ingress-admin-203-0-113-0-24-api');
    expect(two.filter((id) => !one.includes(id))).toEqual(['apiEndpoint-ingress-admin-198-51-100-0-24-api']);
    expect(one.every((id) => two.includes(id))).toBe(true);
  });
});

describe('renderRule', () => {
  const targets = { nsgIds: { apiEndpoint: 'nsg-api', workers: 'nsg-workers', pods: 'nsg-pods', loadBalancers: 'nsg-lb', bastion: 'nsg-bastion' }, servicesCidr: 'all-fra-services-in-oracle-services-network' };
  const find = (key: string, role: NsgRole, direction = 'INGRESS') => table().find((r) => r.key === key && r.role === role && r.direction === direction)!;

  test('an NSG peer becomes NETWORK_SECURITY_GROUP with the NSG id, TCP ports become tcp_options', () => {
    expect(renderRule(find('workers-api', 'apiEndpoint'), targets)).toEqual({
      direction: 'INGRESS', protocol: '6', stateless: false, source: 'nsg-workers', sourceType: 'NETWORK_SECURITY_GROUP',
      tcpOptions: { destinationPortRange: { min: 6443, max: 6443 } }, description: 'Kubernetes worker to Kubernetes API endpoint communication',
    });
  });

  test('UDP node ports become protocol 17 with udp_options and no tcp_options', () => {
    const rendered = renderRule(find('load-balancers-node-ports-udp', 'workers'), targets);
    expect(rendered).toMatchObject({ direction: 'INGRESS', protocol: '17', source: 'nsg-lb', sourceType: 'NETWORK_SECURITY_GROUP', udpOptions: { destinationPortRange: { min: 30000, max: 32767 } } });
    expect(rendered.tcpOptions).toBeUndefined();
  });

  test('services egress uses the SERVICE_CIDR_BLOCK label; ICMP gets icmp_options', () => {
    expect(renderRule(find('services-path-discovery', 'apiEndpoint', 'EGRESS'), targets)).toMatchObject({
      direction: 'EGRESS', protocol: '1', destination: 'all-fra-services-in-oracle-services-network', destinationType: 'SERVICE_CIDR_BLOCK', icmpOptions: { type: 3, code: 4 },
    });
  });

  test('refuses to render a rule whose NSG does not exist', () => {
    expect(() => renderRule(find('pods-api', 'apiEndpoint'), { ...targets, nsgIds: { workers: 'x' } })).toThrow(/pods NSG/);
  });
});

describe('bastion security list', () => {
  test('egress only, to the API endpoint subnet on TCP 6443', () => {
    expect(bastionSecurityListRules('10.0.0.0/28')).toEqual([
      expect.objectContaining({ destination: '10.0.0.0/28', protocol: 'TCP', ports: { min: 6443, max: 6443 } }),
    ]);
  });
});
