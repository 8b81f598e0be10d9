import { isAnywhere } from '../core/cidr';
import { describeRule, fromInternet, nsgRule, NormalizedRule, securityListRules } from './catalog/network-rules';
import { isPrivateSubnet } from './catalog/network';
import { block, blocksOf, ComplianceModel, dig, isTrue, refsIn, resourcesOf, TfBlock } from './model';
import { compareStrings } from '../core/ordering';

/** Escapes text for a quoted Mermaid label. */
export function mermaidLabel(text: string): string {
  return '"' + text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ').replace(/[[\]{}|]/g, (c) => `#${c.charCodeAt(0)};`) + '"';
}

function displayName(r: TfBlock): string {
  const n = r.body.display_name ?? r.body.name;
  return typeof n === 'string' && !n.includes('${') ? n : r.name;
}

function ruleLabel(rule: NormalizedRule): string {
  return describeRule(rule).replace(/^ingress /, '').replace(/ from .*$/, '');
}

/**
 * A Mermaid flowchart of the network as synthesized: VCNs, subnets (with what runs in them), NSGs, gateways, the
 * allowed ingress flows between them, and every path from the internet (thick arrows).
 * `scope` limits it to resources of one cluster; omit for all.
 */
export function networkDiagram(model: ComplianceModel, keep: (r: TfBlock) => boolean = () => true): string {
  const ids = new Map<string, string>();
  const id = (key: string): string => {
    let v = ids.get(key);
    if (!v) {
      v = `n${ids.size + 1}`;
      ids.set(key, v);
    }
    return v;
  };
  const R = (...types: string[]) => resourcesOf(model, ...types).filter(keep);
  const vcns = R('oci_core_vcn');
  const subnets = R('oci_core_subnet');
  const nsgs = R('oci_core_network_security_group');
  const clusters = R('oci_containerengine_cluster');
  const pools = R('oci_containerengine_node_pool');
  const gateways = R('oci_core_nat_gateway', 'oci_core_service_gateway', 'oci_core_internet_gateway');
  const routeTables = R('oci_core_route_table', 'oci_core_default_route_table');
  const secLists = R('oci_core_security_list', 'oci_core_default_security_list');
  const bastions = R('oci_bastion_bastion');

  const lines: string[] = ['flowchart LR'];
  const edges = new Map<string, { from: string; to: string; labels: Set<string>; style: string }>();
  const edge = (from: string, to: string, label: string, style: '-->' | '==>' | '-.->' | '-.-') => {
    const key = `${from}|${to}|${style}`;
    const e = edges.get(key) ?? { from, to, labels: new Set<string>(), style };
    if (label) e.labels.add(label);
    edges.set(key, e);
  };
  let internetUsed = false;
  const internet = 'internet';

  const subnetCidr = (s: TfBlock) => String(s.body.cidr_block ?? (s.body.ipv4cidr_blocks ?? [])[0] ?? '');
  const members = (s: TfBlock): string[] => {
    const out: string[] = [];
    for (const c of clusters) {
      if (refsIn(dig(c.body, 'endpoint_config', 'subnet_id')).includes(s.address)) {
        const pub = isTrue(dig(c.body, 'endpoint_config', 'is_public_ip_enabled'));
        out.push(`    ${id('api:' + c.address)}[${mermaidLabel(`API endpoint ${displayName(c)} :6443 ${pub ? '(PUBLIC IP)' : '(private)'}`)}]`);
      }
      if (refsIn(dig(c.body, 'options', 'service_lb_subnet_ids')).includes(s.address)) {
        out.push(`    ${id('lb:' + c.address + s.address)}[${mermaidLabel('load balancers')}]`);
      }
    }
    for (const b of bastions) {
      if (refsIn(b.body.target_subnet_id).includes(s.address)) out.push(`    ${id('bastion:' + b.address)}[${mermaidLabel(`OCI Bastion ${displayName(b)}`)}]`);
    }
    for (const p of pools) {
      const placements = blocksOf(block(p.body.node_config_details), 'placement_configs');
      if (placements.some((pc) => refsIn(pc.subnet_id).includes(s.address)) || refsIn(p.body.subnet_ids).includes(s.address)) {
        out.push(`    ${id('np:' + p.address)}[${mermaidLabel(`workers: ${displayName(p)}`)}]`);
      }
      const podSubnets = dig(p.body, 'node_config_details', 'node_pool_pod_network_option_details', 'pod_subnet_ids');
      if (refsIn(podSubnets).includes(s.address)) out.push(`    ${id('pods:' + p.address)}[${mermaidLabel(`pods: ${displayName(p)}`)}]`);
    }
    return [...new Set(out)];
  };

  const drawn = new Set<string>();
  const drawSubnet = (s: TfBlock, indent: string) => {
    drawn.add(s.address);
    const label = `subnet ${displayName(s)} ${subnetCidr(s)} ${isPrivateSubnet(s) ? 'private' : 'PUBLIC'}`;
    lines.push(`${indent}subgraph ${id(s.address)}[${mermaidLabel(label)}]`);
    const inner = members(s);
    if (inner.length === 0) lines.push(`${indent}  ${id('empty:' + s.address)}[${mermaidLabel('(no cluster resources)')}]`);
    else lines.push(...inner.map((l) => indent + l.trimStart().replace(/^/, '  ')));
    lines.push(`${indent}end`);
  };
  for (const v of vcns) {
    const cidrs = (v.body.cidr_blocks ?? [v.body.cidr_block]).filter(Boolean).join(', ');
    lines.push(`  subgraph ${id(v.address)}[${mermaidLabel(`VCN ${displayName(v)} ${cidrs}`)}]`);
    for (const s of subnets.filter((x) => refsIn(x.body.vcn_id).includes(v.address))) drawSubnet(s, '    ');
    for (const n of nsgs.filter((x) => refsIn(x.body.vcn_id).includes(v.address))) {
      lines.push(`    ${id(n.address)}{{${mermaidLabel(`NSG ${displayName(n)}`)}}}`);
      drawn.add(n.address);
    }
    for (const g of gateways.filter((x) => refsIn(x.body.vcn_id).includes(v.address))) {
      const kind = g.type === 'oci_core_nat_gateway' ? 'NAT gateway' : g.type === 'oci_core_service_gateway' ? 'service gateway' : 'INTERNET gateway';
      lines.push(`    ${id(g.address)}[/${mermaidLabel(`${kind} ${displayName(g)}`)}/]`);
      drawn.add(g.address);
    }
    lines.push('  end');
  }
  for (const s of subnets.filter((x) => !drawn.has(x.address))) drawSubnet(s, '  ');
  for (const n of nsgs.filter((x) => !drawn.has(x.address))) lines.push(`  ${id(n.address)}{{${mermaidLabel(`NSG ${displayName(n)}`)}}}`);
  for (const g of gateways.filter((x) => !drawn.has(x.address))) lines.push(`  ${id(g.address)}[/${mermaidLabel(`${g.type.replace('oci_core_', '').replace(/_/g, ' ')} ${displayName(g)}`)}/]`);

  // Which node a CIDR or NSG source maps to.
  const sourceNode = (rule: NormalizedRule): string => {
    if (fromInternet(rule)) {
      internetUsed = true;
      return internet;
    }
    if (rule.peerType === 'NETWORK_SECURITY_GROUP') {
      const ref = refsIn(rule.peer)[0];
      if (ref && nsgs.some((n) => n.address === ref)) return id(ref);
    }
    if (rule.peerType === 'SERVICE_CIDR_BLOCK') return 'osn';
    const subnetMatch = subnets.find((s) => subnetCidr(s) === rule.peer || refsIn(rule.peer).includes(s.address));
    if (subnetMatch) return id(subnetMatch.address);
    const key = `cidr:${rule.peer}`;
    const vcn = vcns.find((v) => (v.body.cidr_blocks ?? [v.body.cidr_block]).includes(rule.peer));
    const label = isAnywhere(rule.peer) ? 'anywhere' : vcn ? `whole VCN ${displayName(vcn)} ${rule.peer}` : `CIDR ${rule.peer}`;
    if (!ids.has(key)) lines.push(`  ${id(key)}([${mermaidLabel(label)}])`);
    return id(key);
  };
  let osnUsed = false;

  // NSG ingress flows.
  for (const r of R('oci_core_network_security_group_security_rule')) {
    const rule = nsgRule(r.body);
    if (rule.direction !== 'INGRESS') continue;
    const target = refsIn(r.body.network_security_group_id)[0];
    if (!target || !nsgs.some((n) => n.address === target)) continue;
    const from = sourceNode(rule);
    if (from === 'osn') osnUsed = true;
    edge(from, id(target), ruleLabel(rule), from === internet ? '==>' : '-->');
  }
  // Security-list ingress (attached to subnets).
  for (const sl of secLists) {
    const attached = subnets.filter((s) => refsIn(s.body.security_list_ids).includes(sl.address));
    const vcnDefault = sl.type === 'oci_core_default_security_list' ? subnets.filter((s) => !s.body.security_list_ids) : [];
    for (const rule of securityListRules(sl.body).filter((x) => x.direction === 'INGRESS')) {
      const from = sourceNode(rule);
      if (from === 'osn') osnUsed = true;
      for (const s of [...attached, ...vcnDefault]) edge(from, id(s.address), `${ruleLabel(rule)} (security list)`, from === internet ? '==>' : '-->');
    }
  }
  // The bastion service accepts sessions from its client allow-list only.
  for (const b of bastions) {
    if (!ids.has('bastion:' + b.address)) continue;
    for (const cidr of (Array.isArray(b.body.client_cidr_block_allow_list) ? b.body.client_cidr_block_allow_list : [])) {
      const from = sourceNode({ direction: 'INGRESS', protocol: '6', peer: String(cidr), peerType: 'CIDR_BLOCK' });
      edge(from, id('bastion:' + b.address), 'bastion sessions', '==>');
    }
  }
  // A public API endpoint is reachable from the internet (filtered by its NSG rules above).
  for (const c of clusters) {
    if (isTrue(dig(c.body, 'endpoint_config', 'is_public_ip_enabled')) && ids.has('api:' + c.address)) {
      internetUsed = true;
      edge(internet, id('api:' + c.address), 'public IP', '==>');
    }
  }
  // Membership of the API endpoint and nodes in NSGs.
  for (const c of clusters) {
    for (const n of refsIn(dig(c.body, 'endpoint_config', 'nsg_ids'))) if (ids.has(n)) edge(id(n), id('api:' + c.address), '', '-.-');
  }
  for (const p of pools) {
    for (const n of refsIn(block(p.body.node_config_details)?.nsg_ids)) if (ids.has(n) && ids.has('np:' + p.address)) edge(id(n), id('np:' + p.address), '', '-.-');
    for (const n of refsIn(dig(p.body, 'node_config_details', 'node_pool_pod_network_option_details', 'pod_nsg_ids'))) if (ids.has(n) && ids.has('pods:' + p.address)) edge(id(n), id('pods:' + p.address), '', '-.-');
  }
  // Routes from subnets to gateways; internet gateways open a path from the internet.
  for (const s of subnets) {
    const rt = routeTables.find((t) => refsIn(s.body.route_table_id).includes(t.address));
    if (!rt) continue;
    for (const rule of blocksOf(rt.body, 'route_rules')) {
      const g = refsIn(rule.network_entity_id).find((a) => gateways.some((x) => x.address === a));
      if (!g) continue;
      const dest = String(rule.destination ?? rule.cidr_block ?? '');
      edge(id(s.address), id(g), `route ${dest.startsWith('${') ? 'Oracle services' : dest}`, '-.->');
      if (g.startsWith('oci_core_internet_gateway.')) {
        internetUsed = true;
        edge(internet, id(g), 'inbound', '==>');
        edge(id(g), id(s.address), 'public IPs reachable', '==>');
      }
    }
  }
  for (const g of gateways) {
    if (g.type === 'oci_core_nat_gateway') {
      internetUsed = true;
      edge(id(g.address), internet, 'egress only', '-.->');
    }
    if (g.type === 'oci_core_service_gateway') {
      osnUsed = true;
      edge(id(g.address), 'osn', '', '-.->');
    }
  }
  if (internetUsed) lines.splice(1, 0, `  ${internet}((${mermaidLabel('Internet')}))`);
  if (osnUsed) lines.splice(1, 0, `  osn((${mermaidLabel('Oracle Services Network')}))`);
  const sorted = [...edges.values()].sort((a, b) => compareStrings(`${a.from}|${a.to}|${a.style}`, `${b.from}|${b.to}|${b.style}`));
  for (const e of sorted) {
    const label = [...e.labels].sort().join(', ');
    lines.push(label ? `  ${e.from} ${e.style}|${mermaidLabel(label)}| ${e.to}` : `  ${e.from} ${e.style} ${e.to}`);
  }
  return lines.join('\n');
}
