import { ComplianceModel, block, blocksOf, isTrue, refsIn, resourcesOf, TfBlock } from '../model';
import {
  describeRule, exposedAdminPorts, fromInternet, isDocumentedInternetIngress, nsgRule, securityListRules,
} from './network-rules';
import { Control, fail, Finding, NSA, verdict } from './types';

const NSG_RULE = 'oci_core_network_security_group_security_rule';
const SECURITY_LISTS = ['oci_core_security_list', 'oci_core_default_security_list'];
const ROUTE_TABLES = ['oci_core_route_table', 'oci_core_default_route_table'];

function routeTarget(model: ComplianceModel, entity: unknown): string {
  const text = String(entity ?? '');
  const ref = refsIn(text)[0];
  if (ref) return ref.split('.')[0];
  const m = /^ocid1\.([a-z]+)\./.exec(text);
  const kinds: Record<string, string> = {
    internetgateway: 'oci_core_internet_gateway', natgateway: 'oci_core_nat_gateway',
    servicegateway: 'oci_core_service_gateway', drg: 'oci_core_drg', privateip: 'oci_core_private_ip',
  };
  void model;
  return m ? kinds[m[1]] ?? m[1] : 'unknown';
}

export const NETWORK_CONTROLS: Control[] = [
  {
    id: 'NET-01', group: 'network', severity: 'high',
    title: 'Subnets are private (no public IPs on VNICs)',
    references: { cisOke: '5.4.3', nsaCisa: `${NSA.NET} › Protecting sensitive cloud infrastructure` },
    fix: 'Set prohibit_public_ip_on_vnic = true on the subnet (HardenedCluster creates private subnets; a public load-balancer subnet must be asked for and is recorded as a waiver).',
    check: (m) => resourcesOf(m, 'oci_core_subnet').map((s) =>
      verdict(s, isTrue(s.body.prohibit_public_ip_on_vnic) || isTrue(s.body.prohibit_internet_ingress),
        'prohibit_public_ip_on_vnic is not true: VNICs in this subnet can get public IPs')),
  },
  {
    id: 'NET-02', group: 'network', severity: 'critical',
    title: 'No NSG rule admits the internet to SSH, RDP, the API server or kubelet ports (22, 3389, 6443, 10250, 12250)',
    references: { nsaCisa: `${NSA.NET} › Control plane hardening` },
    fix: 'Replace the 0.0.0.0/0 source with the NSG or CIDR that needs the port (workers, pods, bastion, an admin allow-list); reach nodes through the OCI Bastion service.',
    check: (m) => resourcesOf(m, NSG_RULE).map((r) => {
      const rule = nsgRule(r.body);
      const ports = exposedAdminPorts(rule);
      return verdict(r, ports.length === 0, `${describeRule(rule)} exposes port ${ports.join(', ')} to the internet`);
    }),
  },
  {
    id: 'NET-03', group: 'network', severity: 'critical',
    title: 'No security list admits the internet to SSH, RDP, the API server or kubelet ports (22, 3389, 6443, 10250, 12250)',
    references: { nsaCisa: `${NSA.NET} › Control plane hardening`, checkov: ['CKV_OCI_17', 'CKV_OCI_20'] },
    fix: 'Remove the ingress entry from the security list; keep security lists empty and put rules on NSGs with narrow sources.',
    check: (m) => resourcesOf(m, ...SECURITY_LISTS).map((r) => {
      const bad = securityListRules(r.body).filter((rule) => exposedAdminPorts(rule).length > 0);
      return verdict(r, bad.length === 0, bad.map((rule) => `${describeRule(rule)} exposes port ${exposedAdminPorts(rule).join(', ')}`).join('; '));
    }),
  },
  {
    id: 'NET-04', group: 'network', severity: 'high',
    title: 'Internet ingress is limited to what Oracle documents (TCP 80/443 to load balancers, ICMP path discovery)',
    references: { nsaCisa: `${NSA.NET} › Network policies` },
    fix: 'Allow ingress from 0.0.0.0/0 only to load balancers on TCP 443 (or 80); use the Oracle-documented NSG rules (source = peer NSG or subnet CIDR) everywhere else.',
    check: (m) => {
      const out: Finding[] = [];
      for (const r of resourcesOf(m, NSG_RULE)) {
        const rule = nsgRule(r.body);
        out.push(verdict(r, !(rule.direction === 'INGRESS' && fromInternet(rule)) || isDocumentedInternetIngress(rule),
          `${describeRule(rule)} is internet ingress beyond TCP 80/443`));
      }
      for (const r of resourcesOf(m, ...SECURITY_LISTS)) {
        const bad = securityListRules(r.body).filter((rule) => rule.direction === 'INGRESS' && fromInternet(rule) && !isDocumentedInternetIngress(rule));
        out.push(verdict(r, bad.length === 0, bad.map(describeRule).join('; ') + ' is internet ingress beyond TCP 80/443'));
      }
      return out;
    },
  },
  {
    id: 'NET-05', group: 'network', severity: 'high',
    title: 'Routes leave the VCN only through the NAT gateway and the service gateway',
    references: { nsaCisa: `${NSA.NET} › Protecting sensitive cloud infrastructure` },
    fix: 'Route 0.0.0.0/0 to the NAT gateway and the Oracle Services Network CIDR to the service gateway; do not route private subnets to an internet gateway.',
    check: (m) => resourcesOf(m, ...ROUTE_TABLES).map((rt) => {
      const bad: string[] = [];
      for (const rule of blocksOf(rt.body, 'route_rules')) {
        const target = routeTarget(m, rule.network_entity_id);
        const dest = String(rule.destination ?? rule.cidr_block ?? '');
        const type = String(rule.destination_type ?? 'CIDR_BLOCK');
        if (target === 'oci_core_internet_gateway') bad.push(`${dest} -> internet gateway`);
        else if (type === 'SERVICE_CIDR_BLOCK' && target !== 'oci_core_service_gateway' && target !== 'unknown') bad.push(`${dest} -> ${target} (expected the service gateway)`);
        else if (dest === '0.0.0.0/0' && !['oci_core_nat_gateway', 'oci_core_drg', 'unknown'].includes(target)) bad.push(`0.0.0.0/0 -> ${target} (expected the NAT gateway)`);
      }
      return verdict(rt, bad.length === 0, bad.join('; '));
    }),
  },
  {
    id: 'NET-06', group: 'network', severity: 'high',
    title: 'No internet gateway is attached to the VCN',
    references: { nsaCisa: `${NSA.NET} › Protecting sensitive cloud infrastructure` },
    fix: 'Remove the internet gateway (or set enabled = false); private clusters reach the internet through the NAT gateway. A public load-balancer subnet needs one and is recorded as a waiver.',
    check: (m) => resourcesOf(m, 'oci_core_internet_gateway').map((g) =>
      verdict(g, g.body.enabled === false || g.body.enabled === 'false', 'an enabled internet gateway gives the VCN a path from the internet')),
  },
  {
    id: 'NET-07', group: 'network', severity: 'medium',
    title: "The VCN's default security list is managed and empty, and every subnet has a security list of its own",
    references: { nsaCisa: `${NSA.NET} › Network policies` },
    fix: 'Add an oci_core_default_security_list with manage_default_resource_id = the VCN default_security_list_id and no ingress or egress rules; give every subnet its own (empty) oci_core_security_list in security_list_ids, so the OCI cloud controller, which edits the security lists of load balancer and node subnets unless Services use NSG management, never edits a list another subnet depends on.',
    check: (m) => {
      const defaults = resourcesOf(m, 'oci_core_default_security_list');
      const out: Finding[] = [];
      // "Security List Management Options for Load Balancer and Network Load Balancers": with security-list
      // management the cloud controller adds rules to the load balancer and worker subnets' security lists; a list
      // shared by two subnets (or the VCN default a subnet falls back to) would then open both.
      const subnets = resourcesOf(m, 'oci_core_subnet');
      const users = new Map<string, string[]>();
      for (const s of subnets) {
        const lists = Array.isArray(s.body.security_list_ids) ? s.body.security_list_ids as unknown[] : [];
        if (lists.length === 0) {
          out.push(fail(s, 'security_list_ids is empty: the subnet uses the VCN default security list, shared with every other such subnet'));
          continue;
        }
        // References are per stack: the same address in two stacks is two different lists.
        for (const list of lists) {
          const key = `${s.stack}:${refsIn(list)[0] ?? String(list)}`;
          users.set(key, [...(users.get(key) ?? []), s.address]);
        }
      }
      for (const s of subnets) {
        const lists = Array.isArray(s.body.security_list_ids) ? s.body.security_list_ids as unknown[] : [];
        if (lists.length === 0) continue;
        const shared = lists.map((l) => `${s.stack}:${refsIn(l)[0] ?? String(l)}`).filter((k) => (users.get(k) ?? []).length > 1);
        out.push(verdict(s, shared.length === 0, shared.map((k) => `security list ${k.slice(k.indexOf(':') + 1)} is shared with ${users.get(k)!.filter((a) => a !== s.address).join(', ')}`).join('; ')));
      }
      for (const vcn of resourcesOf(m, 'oci_core_vcn')) {
        const managed = defaults.find((d) => refsIn(d.body.manage_default_resource_id).includes(vcn.address));
        if (!managed) out.push(fail(vcn, 'the default security list is not managed, so it keeps OCI\'s default rules (SSH from 0.0.0.0/0)'));
      }
      for (const d of defaults) {
        const n = securityListRules(d.body).length;
        out.push(verdict(d, n === 0, `the default security list still has ${n} rule(s)`));
      }
      return out;
    },
  },
  {
    id: 'NET-08', group: 'network', severity: 'medium',
    title: 'The API endpoint and worker nodes are placed in network security groups',
    references: { cisOke: '5.4.1', nsaCisa: `${NSA.NET} › Worker node segmentation` },
    fix: 'Set endpoint_config.nsg_ids on the cluster and node_config_details.nsg_ids on every node pool.',
    check: (m) => [
      ...resourcesOf(m, 'oci_containerengine_cluster').map((c) => {
        const ep = block(c.body.endpoint_config);
        return verdict(c, ep !== undefined && hasItems(ep.nsg_ids), 'endpoint_config.nsg_ids is empty');
      }),
      ...resourcesOf(m, 'oci_containerengine_node_pool').map((p) =>
        verdict(p, hasItems(block(p.body.node_config_details)?.nsg_ids), 'node_config_details.nsg_ids is empty')),
    ],
  },
  {
    id: 'NET-09', group: 'network', severity: 'low',
    title: 'Each VCN has a service gateway for private access to Oracle services',
    references: { nsaCisa: `${NSA.NET} › Protecting sensitive cloud infrastructure` },
    fix: 'Add an oci_core_service_gateway to "All <region> Services in Oracle Services Network" and route its CIDR to it.',
    check: (m) => {
      const gws = resourcesOf(m, 'oci_core_service_gateway');
      return resourcesOf(m, 'oci_core_vcn').map((v) =>
        verdict(v, gws.some((g) => refsIn(g.body.vcn_id).includes(v.address)), 'no service gateway in this VCN: OCI service traffic would leave through NAT'));
    },
  },
  {
    id: 'NET-10', group: 'network', severity: 'high',
    title: 'Pods and the Kubernetes API endpoint have no internet egress (IPv4 shorter than /8, IPv6 shorter than /16)',
    references: { nsaCisa: `${NSA.NET} › Network policies` },
    fix: 'Remove the egress rule to the internet from the pods NSG (pull application images from OCIR through the service gateway) and from the API endpoint NSG (allow TCP 443 only to the OIDC issuer\'s CIDR blocks); an exception needs a waiver with a reason.',
    check: (m) => {
      // The pods NSGs are the ones node pools give their pods; the API endpoint NSGs are the cluster's endpoint_config.nsg_ids.
      const guarded = new Map<string, string>();
      for (const c of resourcesOf(m, 'oci_containerengine_cluster')) {
        for (const id of refsIn(block(c.body.endpoint_config)?.nsg_ids)) guarded.set(id, 'API endpoint');
      }
      for (const p of resourcesOf(m, 'oci_containerengine_node_pool')) {
        for (const id of refsIn(block(block(p.body.node_config_details)?.node_pool_pod_network_option_details)?.pod_nsg_ids)) guarded.set(id, 'pods');
      }
      const out: Finding[] = [];
      for (const r of resourcesOf(m, NSG_RULE)) {
        const owner = refsIn(r.body.network_security_group_id).map((id) => guarded.get(id)).find((x) => x !== undefined);
        if (!owner) continue;
        const rule = nsgRule(r.body);
        out.push(verdict(r, !(rule.direction === 'EGRESS' && fromInternet(rule)), `${describeRule(rule)}: the ${owner} NSG may reach the internet`));
      }
      return out;
    },
  },
];

function hasItems(value: unknown): boolean {
  return (Array.isArray(value) && value.length > 0) || (typeof value === 'string' && value.length > 0);
}

/** Used by the report diagram. */
export function isPrivateSubnet(s: TfBlock): boolean {
  return isTrue(s.body.prohibit_public_ip_on_vnic) || isTrue(s.body.prohibit_internet_ingress);
}

