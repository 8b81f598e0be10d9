import { Fn, Testing } from 'cdktf';
import { CoreSubnet } from '../../lib/generated/providers/oci/core-subnet';
import { CoreVcn } from '../../lib/generated/providers/oci/core-vcn';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { CniType, ClusterNetwork, ClusterNetworkProps } from '../../lib/network';
import { nsgRuleTable } from '../../lib/network/rules/nsg-rule-table';
import { Waivers } from '../../lib/compliance/waivers';
import { dataOf, newStack, OCIDS, resourcesOf, synthValid } from '../support';

const base: ClusterNetworkProps = { compartmentId: OCIDS.compartment, clusterName: 'prod' };

function synth(props: Partial<ClusterNetworkProps> = {}): { json: any; net: ClusterNetwork } {
  const stack = newStack();
  const net = new ClusterNetwork(stack, 'net', { ...base, ...props });
  return { json: synthValid(stack), net };
}

const byDisplayName = (json: any, type: string): Record<string, any> =>
  Object.fromEntries(Object.values(resourcesOf(json, type)).map((r: any) => [r.display_name, r]));
/** `${oci_x.name.id}` reference of a resource, by its display name. */
const refTo = (json: any, type: string, displayName: string, attr = 'id') => {
  const entry = Object.entries(resourcesOf(json, type)).find(([, r]: [string, any]) => r.display_name === displayName);
  if (!entry) throw new Error(`no ${type} named ${displayName}`);
  return `\${${type}.${entry[0]}.${attr}}`;
};
const rules = (json: any) => Object.values(resourcesOf(json, 'oci_core_network_security_group_security_rule')) as any[];
const rulesOf = (json: any, nsgDisplayName: string) => rules(json).filter((r) => r.network_security_group_id === refTo(json, 'oci_core_network_security_group', nsgDisplayName));

describe('ClusterNetwork, default (private, VCN-native)', () => {
  const { json, net } = synth({ apiAdminCidrs: ['203.0.113.0/24'] });
  const subnets = byDisplayName(json, 'oci_core_subnet');
  const services = Object.entries(dataOf(json, 'oci_core_services'));
  const servicesCidr = `\${data.oci_core_services.${services[0][0]}.services[0].cidr_block}`;

  test('no internet gateway and no public subnet', () => {
    expect(resourcesOf(json, 'oci_core_internet_gateway')).toEqual({});
    expect(Object.keys(subnets).sort()).toEqual(['prod-api-endpoint', 'prod-bastion', 'prod-load-balancers', 'prod-pods', 'prod-workers']);
  });

  test('every subnet is private: prohibit_public_ip_on_vnic and prohibit_internet_ingress', () => {
    for (const [name, subnet] of Object.entries(subnets)) {
      expect({ name, public: subnet.prohibit_public_ip_on_vnic, ingress: subnet.prohibit_internet_ingress }).toEqual({ name, public: true, ingress: true });
    }
  });

  test('default subnet CIDRs and DNS labels', () => {
    expect(Object.fromEntries(Object.entries(subnets).map(([n, s]) => [n, [s.cidr_block, s.dns_label]]))).toEqual({
      'prod-api-endpoint': ['10.0.0.0/28', 'api'], 'prod-bastion': ['10.0.0.16/28', 'bastion'], 'prod-load-balancers': ['10.0.2.0/24', 'lb'],
      'prod-workers': ['10.0.64.0/18', 'workers'], 'prod-pods': ['10.0.128.0/17', 'pods'],
    });
    const vcn = Object.values(resourcesOf(json, 'oci_core_vcn'))[0] as any;
    expect(vcn).toMatchObject({ cidr_blocks: ['10.0.0.0/16'], dns_label: 'prod', display_name: 'prod-vcn', compartment_id: OCIDS.compartment });
  });

  test('the services lookup matches "All <region> Services In Oracle Services Network" by regex, under a stable name', () => {
    expect(services).toHaveLength(1);
    expect(services[0][0]).toMatch(/^net_oci-services_/);
    expect(services[0][1].filter).toEqual([{ name: 'name', regex: true, values: ['All .* Services In Oracle Services Network'] }]);
  });

  test('a NAT gateway and a service gateway to all Oracle services', () => {
    expect(Object.values(resourcesOf(json, 'oci_core_nat_gateway'))).toEqual([expect.objectContaining({ block_traffic: false, display_name: 'prod-nat' })]);
    const sgw = Object.values(resourcesOf(json, 'oci_core_service_gateway')) as any[];
    expect(sgw).toHaveLength(1);
    expect(sgw[0].services).toEqual([{ service_id: `\${data.oci_core_services.${services[0][0]}.services[0].id}` }]);
  });

  test('routes: 0.0.0.0/0 to NAT and services to the service gateway; endpoint and bastion get services only', () => {
    const tables = byDisplayName(json, 'oci_core_route_table');
    expect(Object.keys(tables).sort()).toEqual(['prod-private-nat', 'prod-private-services']);
    const nat = refTo(json, 'oci_core_nat_gateway', 'prod-nat');
    const sgw = refTo(json, 'oci_core_service_gateway', 'prod-service-gateway');
    expect(tables['prod-private-nat'].route_rules.map((r: any) => [r.destination, r.destination_type, r.network_entity_id])).toEqual([
      ['0.0.0.0/0', 'CIDR_BLOCK', nat], [servicesCidr, 'SERVICE_CIDR_BLOCK', sgw],
    ]);
    expect(tables['prod-private-services'].route_rules.map((r: any) => [r.destination, r.destination_type, r.network_entity_id])).toEqual([
      [servicesCidr, 'SERVICE_CIDR_BLOCK', sgw],
    ]);
    const natTable = refTo(json, 'oci_core_route_table', 'prod-private-nat');
    const svcTable = refTo(json, 'oci_core_route_table', 'prod-private-services');
    expect(Object.fromEntries(Object.entries(subnets).map(([n, s]) => [n, s.route_table_id]))).toEqual({
      'prod-api-endpoint': svcTable, 'prod-bastion': svcTable, 'prod-workers': natTable, 'prod-pods': natTable, 'prod-load-balancers': natTable,
    });
  });

  test('the VCN default security list and default route table are managed and empty', () => {
    const vcnName = Object.keys(resourcesOf(json, 'oci_core_vcn'))[0];
    const sl = Object.values(resourcesOf(json, 'oci_core_default_security_list')) as any[];
    expect(sl).toHaveLength(1);
    expect(sl[0].manage_default_resource_id).toBe(`\${oci_core_vcn.${vcnName}.default_security_list_id}`);
    expect(sl[0].ingress_security_rules).toBeUndefined();
    expect(sl[0].egress_security_rules).toBeUndefined();
    const rt = Object.values(resourcesOf(json, 'oci_core_default_route_table')) as any[];
    expect(rt).toHaveLength(1);
    expect(rt[0].manage_default_resource_id).toBe(`\${oci_core_vcn.${vcnName}.default_route_table_id}`);
    expect(rt[0].route_rules).toBeUndefined();
  });

  test('every subnet has its own security list: empty for all but the bastion, whose list only allows 6443 to the endpoint subnet', () => {
    const lists = byDisplayName(json, 'oci_core_security_list');
    expect(Object.keys(lists).sort()).toEqual([
      'prod-api-endpoint-nsg-only', 'prod-bastion', 'prod-load-balancers-nsg-only', 'prod-pods-nsg-only', 'prod-workers-nsg-only',
    ]);
    for (const [name, list] of Object.entries(lists)) {
      expect({ name, ingress: list.ingress_security_rules }).toEqual({ name, ingress: undefined });
      if (name !== 'prod-bastion') expect({ name, egress: list.egress_security_rules }).toEqual({ name, egress: undefined });
    }
    expect(lists['prod-bastion'].egress_security_rules).toEqual([expect.objectContaining({
      destination: '10.0.0.0/28', destination_type: 'CIDR_BLOCK', protocol: '6', stateless: false, tcp_options: { min: 6443, max: 6443 },
    })]);
    for (const [name, subnet] of Object.entries(subnets)) {
      const own = name === 'prod-bastion' ? 'prod-bastion' : `${name}-nsg-only`;
      expect({ name, lists: subnet.security_list_ids }).toEqual({ name, lists: [refTo(json, 'oci_core_security_list', own)] });
    }
  });

  test('no security list is attached to two subnets, and none uses the VCN default', () => {
    const attached = Object.values(subnets).flatMap((s: any) => s.security_list_ids as string[]);
    expect(attached).toHaveLength(Object.keys(subnets).length);
    expect(new Set(attached).size).toBe(attached.length);
    expect(attached.some((id) => id.includes('default_security_list_id'))).toBe(false);
  });

  test('the API endpoint subnet keeps the address of the former shared list; the other lists are new', () => {
    const names = Object.keys(resourcesOf(json, 'oci_core_security_list'));
    expect(names.filter((n) => n.startsWith('net_security-list-nsg-only_'))).toHaveLength(1);
    expect(subnets['prod-api-endpoint'].security_list_ids[0]).toMatch(/^\$\{oci_core_security_list\.net_security-list-nsg-only_/);
  });

  test('one NSG per role, and one rule resource per rule-table entry', () => {
    expect(Object.keys(byDisplayName(json, 'oci_core_network_security_group')).sort()).toEqual(
      ['prod-api-endpoint', 'prod-bastion', 'prod-load-balancers', 'prod-pods', 'prod-workers']);
    const expected = nsgRuleTable({ cni: CniType.OCI_VCN_IP_NATIVE, vcnCidr: '10.0.0.0/16', bastionSubnetCidr: '10.0.0.16/28', apiAdminCidrs: ['203.0.113.0/24'],
      publicLoadBalancers: false, loadBalancerHttp: false, workerInternetEgress: false, podInternetEgress: false, apiEndpointHttpsEgressCidrs: [] });
    expect(rules(json)).toHaveLength(expected.length);
    expect(net.securityRules).toHaveLength(expected.length);
    for (const r of rules(json)) expect(r.description).toBeTruthy();
  });

  test('API endpoint 6443 ingress: workers NSG, pods NSG, bastion subnet, admin CIDR, nothing else', () => {
    const sources = rulesOf(json, 'prod-api-endpoint')
      .filter((r) => r.direction === 'INGRESS' && r.tcp_options?.destination_port_range?.min === 6443)
      .map((r) => `${r.source_type}:${r.source}`).sort();
    expect(sources).toEqual([
      'CIDR_BLOCK:10.0.0.16/28', 'CIDR_BLOCK:203.0.113.0/24',
      `NETWORK_SECURITY_GROUP:${refTo(json, 'oci_core_network_security_group', 'prod-pods')}`,
      `NETWORK_SECURITY_GROUP:${refTo(json, 'oci_core_network_security_group', 'prod-workers')}`,
    ].sort());
  });

  test('no rule anywhere admits 0.0.0.0/0', () => {
    expect(rules(json).filter((r) => r.direction === 'INGRESS' && r.source === '0.0.0.0/0')).toEqual([]);
    for (const r of rules(json)) expect(r.stateless).toBe(false);
  });

  test('egress to the Oracle services network uses the services CIDR label', () => {
    const toServices = rules(json).filter((r) => r.destination_type === 'SERVICE_CIDR_BLOCK');
    expect(toServices.length).toBeGreaterThanOrEqual(3);
    for (const r of toServices) expect(r.destination).toBe(servicesCidr);
  });

  test('rule resources have stable names derived from role, direction and key', () => {
    const names = Object.keys(resourcesOf(json, 'oci_core_network_security_group_security_rule'));
    expect(names).toEqual(expect.arrayContaining([
      expect.stringMatching(/^net_nsg-rule-apiEndpoint-ingress-workers-api_[0-9A-F]{8}$/),
      expect.stringMatching(/^net_nsg-rule-workers-ingress-load-balancers-node-ports_[0-9A-F]{8}$/),
      expect.stringMatching(/^net_nsg-rule-apiEndpoint-ingress-admin-203-0-113-0-24-api_[0-9A-F]{8}$/),
    ]));
    const more = synth({ apiAdminCidrs: ['203.0.113.0/24', '198.51.100.0/24'] }).json;
    const added = Object.keys(resourcesOf(more, 'oci_core_network_security_group_security_rule')).filter((n) => !names.includes(n));
    expect(added).toEqual([expect.stringMatching(/^net_nsg-rule-apiEndpoint-ingress-admin-198-51-100-0-24-api_/)]);
  });

  test('every resource carries the library tags', () => {
    for (const [type, byName] of Object.entries(json.resource) as Array<[string, Record<string, any>]>) {
      if (type === 'oci_core_network_security_group_security_rule') continue; // the rule resource has no tags
      for (const [name, r] of Object.entries(byName)) {
        expect({ name, tags: r.freeform_tags }).toEqual({ name, tags: { 'managed-by': 'cdktf-hardened-oke', 'oke-cluster': 'prod', 'component': 'network' } });
      }
    }
  });

  test('outputs for the composite', () => {
    expect(net.cni).toBe(CniType.OCI_VCN_IP_NATIVE);
    expect(net.vcnCidr).toBe('10.0.0.0/16');
    expect(net.subnetCidrs).toEqual({ apiEndpoint: '10.0.0.0/28', workers: '10.0.64.0/18', pods: '10.0.128.0/17', loadBalancers: '10.0.2.0/24', bastion: '10.0.0.16/28' });
    expect(net.vcn).toBeDefined();
    expect(net.internetGateway).toBeUndefined();
    expect(net.subnets!.pods).toBeDefined();
    expect(net.subnets!.publicLoadBalancers).toBeUndefined();
    expect(net.routeTables!.internet).toBeUndefined();
    for (const id of [net.vcnId, net.subnetIds.pods, net.subnetIds.workers, net.nsgIds.pods, net.nsgIds.apiEndpoint, net.servicesCidr]) {
      expect(id).toMatch(/\$\{TfToken\[/);
    }
  });

  test('synthesis is deterministic', () => {
    const again = synth({ apiAdminCidrs: ['203.0.113.0/24'] }).json;
    expect(JSON.stringify(again)).toBe(JSON.stringify(json));
  });
});

describe('ClusterNetwork with flannel', () => {
  const { json, net } = synth({ cni: CniType.FLANNEL_OVERLAY });

  test('no pod subnet, no pod NSG, no rule referencing pods', () => {
    expect(Object.keys(byDisplayName(json, 'oci_core_subnet'))).not.toContain('prod-pods');
    expect(Object.keys(byDisplayName(json, 'oci_core_network_security_group'))).not.toContain('prod-pods');
    expect(net.nsgIds.pods).toBeUndefined();
    expect(net.subnetIds.pods).toBeUndefined();
    expect(JSON.stringify(rules(json))).not.toMatch(/nsg-pods/);
  });

  test('the API endpoint reaches workers on all TCP ports, as Oracle documents for flannel', () => {
    const workers = refTo(json, 'oci_core_network_security_group', 'prod-workers');
    expect(rulesOf(json, 'prod-api-endpoint').filter((r) => r.direction === 'EGRESS' && r.destination === workers && r.protocol === '6'))
      .toEqual([expect.not.objectContaining({ tcp_options: expect.anything() })]);
  });
});

describe('ClusterNetwork with a public load balancer subnet', () => {
  const { json, net } = synth({ publicLoadBalancerSubnet: true, loadBalancerHttp: true });
  const subnets = byDisplayName(json, 'oci_core_subnet');

  test('the public load balancer subnet has its own empty security list too; none is shared', () => {
    expect(subnets['prod-public-load-balancers'].security_list_ids).toEqual([refTo(json, 'oci_core_security_list', 'prod-public-load-balancers-nsg-only')]);
    expect(net.securityLists!.publicLoadBalancers).toBeDefined();
    const attached = Object.values(subnets).flatMap((x: any) => x.security_list_ids as string[]);
    expect(new Set(attached).size).toBe(attached.length);
    expect(attached).toHaveLength(6);
  });

  test('an internet gateway and a route table to it, used only by the public subnet', () => {
    expect(Object.values(resourcesOf(json, 'oci_core_internet_gateway'))).toEqual([expect.objectContaining({ enabled: true })]);
    const table = byDisplayName(json, 'oci_core_route_table')['prod-public-load-balancers'];
    expect(table.route_rules).toEqual([expect.objectContaining({ destination: '0.0.0.0/0', network_entity_id: refTo(json, 'oci_core_internet_gateway', 'prod-internet') })]);
    const internetTable = refTo(json, 'oci_core_route_table', 'prod-public-load-balancers');
    const users = Object.entries(subnets).filter(([, s]) => s.route_table_id === internetTable).map(([n]) => n);
    expect(users).toEqual(['prod-public-load-balancers']);
    expect(subnets['prod-public-load-balancers']).toMatchObject({ cidr_block: '10.0.3.0/24', prohibit_public_ip_on_vnic: false, prohibit_internet_ingress: false });
    for (const [name, s] of Object.entries(subnets).filter(([n]) => n !== 'prod-public-load-balancers')) {
      expect({ name, p: s.prohibit_public_ip_on_vnic }).toEqual({ name, p: true });
    }
    expect(net.subnetIds.publicLoadBalancers).toBeDefined();
  });

  test('only the load balancer NSG admits the internet, on 443 and (asked for) 80', () => {
    const fromInternet = rules(json).filter((r) => r.direction === 'INGRESS' && r.source === '0.0.0.0/0');
    const lb = refTo(json, 'oci_core_network_security_group', 'prod-load-balancers');
    expect(fromInternet.map((r) => [r.network_security_group_id, r.tcp_options.destination_port_range.min]).sort()).toEqual([[lb, 443], [lb, 80]].sort());
  });
});

describe('ClusterNetwork with an existing VCN', () => {
  const existingVcn = {
    vcnId: OCIDS.vcn, vcnCidr: '10.20.0.0/16', bastionSubnetCidr: '10.20.1.0/28',
    subnetIds: { apiEndpoint: OCIDS.subnet('api'), workers: OCIDS.subnet('workers'), pods: OCIDS.subnet('pods'), loadBalancers: OCIDS.subnet('lb'), bastion: OCIDS.subnet('bastion') },
  };
  const { json, net } = synth({ existingVcn });

  test('creates only the NSGs and their rules, in the given VCN', () => {
    expect(Object.keys(json.resource).sort()).toEqual(['oci_core_network_security_group', 'oci_core_network_security_group_security_rule']);
    const nsgs = Object.values(resourcesOf(json, 'oci_core_network_security_group')) as any[];
    expect(nsgs).toHaveLength(5);
    for (const n of nsgs) expect(n.vcn_id).toBe(OCIDS.vcn);
    expect(net.vcn).toBeUndefined();
    expect(net.subnets).toBeUndefined();
    expect(net.routeTables).toBeUndefined();
    expect(net.natGateway).toBeUndefined();
  });

  test('passes the given ids through and admits the bastion by its subnet CIDR', () => {
    expect(net.vcnId).toBe(OCIDS.vcn);
    expect(net.subnetIds).toEqual(existingVcn.subnetIds);
    expect(net.subnetCidrs).toEqual({ bastion: '10.20.1.0/28' });
    expect(rulesOf(json, 'prod-api-endpoint')).toContainEqual(expect.objectContaining({ direction: 'INGRESS', source: '10.20.1.0/28', source_type: 'CIDR_BLOCK' }));
    expect(rulesOf(json, 'prod-workers')).toContainEqual(expect.objectContaining({ direction: 'INGRESS', source: '10.20.0.0/16', protocol: '1' }));
  });

  test('the VCN and every subnet must be in compartmentId, which the cluster\'s network grants name', () => {
    const conditions = (Object.values(resourcesOf(json, 'oci_core_network_security_group')) as any[])
      .flatMap((n) => (n.lifecycle?.precondition ?? []) as Array<{ condition: string; error_message: string }>)
      .filter((c) => c.condition.includes('.compartment_id == '));
    expect(conditions.map((c) => c.error_message.split(':')[0]).sort()).toEqual(['existingVcn.vcnId', ...Object.keys(existingVcn.subnetIds).map((r) => `existingVcn.subnetIds.${r}`)].sort());
    for (const c of conditions) {
      expect(c.condition).toMatch(new RegExp(`^\\$\\{data\\.oci_core_(vcn|subnet)\\.[^.]+\\.compartment_id == "${OCIDS.compartment}"\\}$`));
      expect(c.error_message).toMatch(/: the (VCN|subnet) is not in the cluster's compartment .*manage vcns for the load balancer NSGs.*\. Fix: /);
    }
  });

  test('the API endpoint subnet must be private, and public with publicApiEndpoint; the other roles stay private', () => {
    const privacy = (j: any) => Object.fromEntries((Object.values(resourcesOf(j, 'oci_core_network_security_group')) as any[])
      .flatMap((n) => (n.lifecycle?.precondition ?? []) as Array<{ condition: string; error_message: string }>)
      .filter((c) => c.condition.includes('prohibit_public_ip_on_vnic'))
      .map((c) => [c.error_message.split(':')[0], c.condition.startsWith('${!') ? 'public' : 'private']));
    const roles = { 'existingVcn.subnetIds.workers': 'private', 'existingVcn.subnetIds.pods': 'private', 'existingVcn.subnetIds.loadBalancers': 'private', 'existingVcn.subnetIds.bastion': 'private' };
    expect(privacy(json)).toEqual({ 'existingVcn.subnetIds.apiEndpoint': 'private', ...roles });
    const pub = synth({ existingVcn, publicApiEndpoint: true }).json;
    expect(privacy(pub)).toEqual({ 'existingVcn.subnetIds.apiEndpoint': 'public', ...roles });
    const message = (Object.values(resourcesOf(pub, 'oci_core_network_security_group')) as any[]).flatMap((n) => n.lifecycle?.precondition ?? [])
      .find((c: any) => c.condition.includes('prohibit_public_ip_on_vnic') && c.error_message.startsWith('existingVcn.subnetIds.apiEndpoint')).error_message;
    expect(message).toMatch(/^existingVcn\.subnetIds\.apiEndpoint: the subnet is private, so the public API endpoint \(publicEndpoint\) gets no public IP\. Fix: /);
  });
});

describe('ClusterNetwork with an existing VCN defined elsewhere in the app (tokens)', () => {
  test('accepts unresolved ids and CIDRs and wires them through', () => {
    const stack = newStack();
    const vcn = new CoreVcn(stack, 'shared-vcn', { compartmentId: OCIDS.compartment, cidrBlocks: ['10.30.0.0/16'] });
    const subnet = (n: string, cidr: string) => new CoreSubnet(stack, n, { compartmentId: OCIDS.compartment, vcnId: vcn.id, cidrBlock: cidr, prohibitPublicIpOnVnic: true });
    const bastion = subnet('b', '10.30.1.0/28');
    const bastionId = bastion.id;
    const net = new ClusterNetwork(stack, 'net', { ...base, existingVcn: {
      vcnId: vcn.id, vcnCidr: Fn.element(vcn.cidrBlocks, 0), bastionSubnetCidr: bastion.cidrBlock,
      subnetIds: { apiEndpoint: subnet('a', '10.30.0.0/28').id, workers: subnet('w', '10.30.64.0/18').id, pods: subnet('p', '10.30.128.0/17').id,
        loadBalancers: subnet('l', '10.30.2.0/24').id, bastion: bastionId },
    } });
    const json = synthValid(stack);
    expect(net.subnetIds.bastion).toBe(bastionId);
    const bastionRule = rulesOf(json, 'prod-api-endpoint').find((r) => r.direction === 'INGRESS' && r.source_type === 'CIDR_BLOCK' && r.tcp_options?.destination_port_range?.min === 6443);
    expect(bastionRule.source).toMatch(/^\$\{oci_core_subnet\.b\.cidr_block\}$/);
    // The plan conditions compare with the references themselves, not with their text in quotes.
    const conditions = (Object.values(resourcesOf(json, 'oci_core_network_security_group')) as any[]).flatMap((n) => n.lifecycle?.precondition ?? []).map((c: any) => c.condition);
    expect(conditions).toContainEqual(expect.stringMatching(/^\$\{contains\(data\.oci_core_vcn\.[^.]+\.cidr_blocks, element\(oci_core_vcn\.shared-vcn\.cidr_blocks, 0\)\)\}$/));
    expect(conditions.filter((c: string) => c.includes('.vcn_id == '))).toEqual(expect.arrayContaining([expect.stringMatching(/\.vcn_id == oci_core_vcn\.shared-vcn\.id\}$/)]));
    expect(conditions.filter((c: string) => /"[^"]*oci_core_/.test(c))).toEqual([]);
  });
});

describe('ClusterNetwork internet egress', () => {
  const toInternet = (json: any) => rules(json).filter((r) => r.direction === 'EGRESS' && r.destination_type === 'CIDR_BLOCK' && r.protocol !== '1'
    && !r.destination.startsWith('10.'));

  test('by default neither pods nor workers nor the API endpoint reach the internet', () => {
    const { json } = synth();
    expect(toInternet(json)).toEqual([]);
  });

  test('allowInternetEgress opens TCP 443 for the workers NSG only, never for pods', () => {
    const { json } = synth({ allowInternetEgress: true });
    const workers = refTo(json, 'oci_core_network_security_group', 'prod-workers');
    expect(toInternet(json).map((r) => [r.network_security_group_id, r.protocol, r.destination, r.tcp_options])).toEqual([
      [workers, '6', '0.0.0.0/0', { destination_port_range: { min: 443, max: 443 } }],
    ]);
  });

  test('podInternetEgress opens TCP 443 for pods and records a NET-10 waiver with the reason on that rule only', () => {
    const stack = newStack();
    const net = new ClusterNetwork(stack, 'net', { ...base, podInternetEgress: { reason: 'calls the card processor' } });
    const json = synthValid(stack);
    const pods = refTo(json, 'oci_core_network_security_group', 'prod-pods');
    expect(toInternet(json).map((r) => [r.network_security_group_id, r.protocol, r.destination])).toEqual([[pods, '6', '0.0.0.0/0']]);
    const waivers = Waivers.of(stack).filter((w) => w.controlId === 'NET-10');
    expect(waivers).toHaveLength(1);
    expect(waivers[0].reason).toBe('podInternetEgress: calls the card processor');
    const rule = net.securityRules.find((r) => r.node.id === 'nsg-rule-pods-egress-internet-https')!;
    expect(waivers[0].scope).toBe(rule.node.path);
  });

  test('without OIDC the API endpoint subnet routes to Oracle services only', () => {
    const { json } = synth();
    const subnets = byDisplayName(json, 'oci_core_subnet');
    expect(subnets['prod-api-endpoint'].route_table_id).toBe(refTo(json, 'oci_core_route_table', 'prod-private-services'));
  });

  test('with OIDC the API endpoint subnet routes through NAT (and services), and its NSG allows TCP 443 to the issuer blocks only', () => {
    const { json } = synth({ oidcIssuerEgress: { cidrs: ['198.51.100.0/24'] } });
    const subnets = byDisplayName(json, 'oci_core_subnet');
    const natRoute = refTo(json, 'oci_core_route_table', 'prod-private-nat');
    expect(subnets['prod-api-endpoint'].route_table_id).toBe(natRoute);
    expect(subnets['prod-bastion'].route_table_id).toBe(refTo(json, 'oci_core_route_table', 'prod-private-services'));
    const table = byDisplayName(json, 'oci_core_route_table')['prod-private-nat'];
    expect(table.route_rules.map((r: any) => r.destination_type)).toEqual(['CIDR_BLOCK', 'SERVICE_CIDR_BLOCK']);
    const api = refTo(json, 'oci_core_network_security_group', 'prod-api-endpoint');
    expect(toInternet(json).map((r) => [r.network_security_group_id, r.protocol, r.destination, r.tcp_options])).toEqual([
      [api, '6', '198.51.100.0/24', { destination_port_range: { min: 443, max: 443 } }],
    ]);
  });

  test('OIDC issuer at any address only with a waiver reason, recorded as NET-10 on that rule', () => {
    const stack = newStack();
    new ClusterNetwork(stack, 'net', { ...base, oidcIssuerEgress: { anywhereReason: 'SaaS IdP behind a CDN without published ranges' } });
    const json = synthValid(stack);
    const api = refTo(json, 'oci_core_network_security_group', 'prod-api-endpoint');
    expect(toInternet(json).map((r) => [r.network_security_group_id, r.destination, r.tcp_options])).toEqual([
      [api, '0.0.0.0/0', { destination_port_range: { min: 443, max: 443 } }],
    ]);
    expect(Waivers.of(stack).filter((w) => w.controlId === 'NET-10').map((w) => w.reason)).toEqual([
      'OIDC issuer reachable at any address: SaaS IdP behind a CDN without published ranges',
    ]);
  });
});

describe('ClusterNetwork rejects bad input', () => {
  const byo = {
    vcnId: OCIDS.vcn, vcnCidr: '10.20.0.0/16', bastionSubnetCidr: '10.20.1.0/28',
    subnetIds: { apiEndpoint: OCIDS.subnet('api'), workers: OCIDS.subnet('workers'), pods: OCIDS.subnet('pods'), loadBalancers: OCIDS.subnet('lb'), bastion: OCIDS.subnet('bastion') },
  };
  const cases: Array<[string, Partial<ClusterNetworkProps>, string]> = [
    ['malformed compartment OCID', { compartmentId: 'ocid1.vcn.oc1..aaaa' }, 'compartmentId'],
    ['empty cluster name', { clusterName: '' }, 'clusterName'],
    ['cluster name with spaces', { clusterName: 'my cluster' }, 'clusterName'],
    ['unknown CNI', { cni: 'CALICO' as CniType }, 'cni'],
    ['malformed VCN CIDR', { vcnCidr: '10.0.0.0/33' }, 'vcnCidr'],
    ['VCN CIDR with host bits', { vcnCidr: '10.0.0.1/16' }, 'vcnCidr'],
    ['VCN larger than OCI allows', { vcnCidr: '10.0.0.0/8' }, 'vcnCidr'],
    ['VCN too small for the default layout', { vcnCidr: '10.0.0.0/24' }, 'vcnCidr'],
    ['malformed subnet CIDR', { subnetCidrs: { workers: '10.0.1.0' } }, 'subnetCidrs.workers'],
    ['subnet outside the VCN', { subnetCidrs: { workers: '10.1.0.0/24' } }, 'subnetCidrs.workers'],
    ['subnet smaller than /30', { subnetCidrs: { bastion: '10.0.9.0/31' } }, 'subnetCidrs.bastion'],
    ['subnet overlapping a default subnet', { subnetCidrs: { loadBalancers: '10.0.64.0/24' } }, 'subnetCidrs.loadBalancers'],
    ['two given subnets overlapping', { subnetCidrs: { workers: '10.0.16.0/20', loadBalancers: '10.0.16.0/24' } }, 'subnetCidrs.loadBalancers'],
    ['pod subnet with flannel', { cni: CniType.FLANNEL_OVERLAY, subnetCidrs: { pods: '10.0.128.0/17' } }, 'subnetCidrs.pods'],
    ['public LB CIDR without the public subnet', { subnetCidrs: { publicLoadBalancers: '10.0.3.0/24' } }, 'subnetCidrs.publicLoadBalancers'],
    ['0.0.0.0/0 in the admin allow-list', { apiAdminCidrs: ['203.0.113.0/24', '0.0.0.0/0'] }, 'apiAdminCidrs[1]'],
    ['malformed admin CIDR', { apiAdminCidrs: ['203.0.113.0'] }, 'apiAdminCidrs[0]'],
    ['duplicate admin CIDR', { apiAdminCidrs: ['203.0.113.0/24', '203.0.113.0/24'] }, 'apiAdminCidrs[1]'],
    ['half the internet in the admin allow-list', { apiAdminCidrs: ['0.0.0.0/1'] }, 'apiAdminCidrs[0]'],
    ['the internet split in two halves', { apiAdminCidrs: ['203.0.113.0/24', '128.0.0.0/1', '0.0.0.0/1'] }, 'apiAdminCidrs[1]'],
    ['a /7 (shorter than /8)', { apiAdminCidrs: ['10.0.0.0/7'] }, 'apiAdminCidrs[0]'],
    ['two /8s together (more than one /8)', { apiAdminCidrs: ['11.0.0.0/8', '12.0.0.0/8'] }, 'apiAdminCidrs'],
    ['IPv6 ::/0 in the admin allow-list', { apiAdminCidrs: ['::/0'] }, 'apiAdminCidrs[0]'],
    ['OIDC issuer egress without blocks or waiver', { oidcIssuerEgress: {} }, 'oidcIssuerEgress.cidrs'],
    ['OIDC issuer 0.0.0.0/0 as a block', { oidcIssuerEgress: { cidrs: ['0.0.0.0/0'] } }, 'oidcIssuerEgress.cidrs[0]'],
    ['OIDC issuer anywhere with an empty reason', { oidcIssuerEgress: { anywhereReason: ' ' } }, 'oidcIssuerEgress.anywhereReason'],
    ['pod internet egress without a reason', { podInternetEgress: { reason: '' } }, 'podInternetEgress.reason'],
    ['BYO: malformed VCN OCID', { existingVcn: { ...byo, vcnId: 'vcn-123' } }, 'existingVcn.vcnId'],
    ['BYO: subnet OCID of the wrong kind', { existingVcn: { ...byo, subnetIds: { ...byo.subnetIds, workers: OCIDS.vcn } } }, 'existingVcn.subnetIds.workers'],
    ['BYO: missing pods with VCN-native', { existingVcn: { ...byo, subnetIds: { ...byo.subnetIds, pods: undefined } } }, 'existingVcn.subnetIds.pods'],
    ['BYO: missing bastion', { existingVcn: { ...byo, subnetIds: { ...byo.subnetIds, bastion: undefined as unknown as string } } }, 'existingVcn.subnetIds.bastion'],
    ['BYO: pods with flannel', { cni: CniType.FLANNEL_OVERLAY, existingVcn: byo }, 'existingVcn.subnetIds.pods'],
    ['BYO: public LB asked but no subnet', { publicLoadBalancerSubnet: true, existingVcn: byo }, 'existingVcn.subnetIds.publicLoadBalancers'],
    ['BYO: malformed VCN CIDR', { existingVcn: { ...byo, vcnCidr: '10.20.0.0' } }, 'existingVcn.vcnCidr'],
    ['BYO: missing bastion CIDR', { existingVcn: { ...byo, bastionSubnetCidr: undefined as unknown as string } }, 'existingVcn.bastionSubnetCidr'],
    ['BYO: bastion CIDR outside the VCN', { existingVcn: { ...byo, bastionSubnetCidr: '10.30.1.0/28' } }, 'existingVcn.bastionSubnetCidr'],
    ['BYO with subnetCidrs', { existingVcn: byo, subnetCidrs: { workers: '10.20.0.0/24' } }, 'subnetCidrs'],
    ['BYO with vcnCidr', { existingVcn: byo, vcnCidr: '10.20.0.0/16' }, 'vcnCidr'],
    ['a public API endpoint without a brought VCN', { publicApiEndpoint: true }, 'publicApiEndpoint'],
  ];

  test.each(cases)('%s -> %s', (_name, props, property) => {
    const stack = newStack();
    let error: unknown;
    try {
      new ClusterNetwork(stack, 'net', { ...base, ...props });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
    expect((error as Error).message).toMatch(/Fix: /);
  });

  test('validation happens before any resource is created', () => {
    const stack = newStack();
    expect(() => new ClusterNetwork(stack, 'net', { ...base, subnetCidrs: { workers: '10.1.0.0/24' } })).toThrow(HardenedOkeValidationError);
    expect(JSON.parse(Testing.synth(stack)).resource).toBeUndefined();
  });
});
