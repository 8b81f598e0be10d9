import * as path from 'path';
import * as fs from 'fs';
import Ajv from 'ajv';
import { CATALOG } from '../../lib/compliance/catalog/catalog';
import { mermaidLabel, networkDiagram } from '../../lib/compliance/diagram';
import { evaluate, Evaluation } from '../../lib/compliance/engine';
import { buildModel } from '../../lib/compliance/model';
import { reportJson, reportMarkdown } from '../../lib/compliance/report';
import { toSarif } from '../../lib/compliance/sarif';
import { validateWaiver } from '../../lib/compliance/waiver-rules';
import { FixtureStacks, INFRA, K8S, secureStacks } from '../fixtures/compliance/secure-app';

 
const reportSchema = require('../../lib/compliance/hardening-report.schema.json');
 
const sarifSchema = require('../fixtures/compliance/sarif-2.1.0-required.schema.json');

const NOW = new Date('2027-01-01T00:00:00Z');

/** The secure app with a public load-balancer subnet (internet gateway, public route, 443 from anywhere). */
function withPublicLb(s: FixtureStacks): FixtureStacks {
  const r = s.infra.resource;
  r.oci_core_internet_gateway = { igw: { compartment_id: 'c', vcn_id: '${oci_core_vcn.vcn.id}', display_name: 'prod-igw' } };
  r.oci_core_route_table.public = { compartment_id: 'c', vcn_id: '${oci_core_vcn.vcn.id}', route_rules: [{ destination: '0.0.0.0/0', network_entity_id: '${oci_core_internet_gateway.igw.id}' }] };
  r.oci_core_subnet.lb.route_table_id = '${oci_core_route_table.public.id}';
  r.oci_core_subnet.lb.prohibit_public_ip_on_vnic = false;
  r.oci_core_network_security_group_security_rule.lb_world = { network_security_group_id: '${oci_core_network_security_group.lb.id}', direction: 'INGRESS', protocol: '6', source: '0.0.0.0/0', source_type: 'CIDR_BLOCK', tcp_options: { destination_port_range: { min: 443, max: 443 } } };
  return s;
}

function evaluateStacks(s: FixtureStacks, waivers = [] as ReturnType<typeof validateWaiver>[]): Evaluation {
  return evaluate(buildModel([{ name: INFRA, json: s.infra }, { name: K8S, json: s.k8s }]), waivers, NOW);
}

const publicLbWaivers = () => [
  validateWaiver('w', { controlId: 'NET-01', reason: 'public LB subnet requested', scope: 'oci_core_subnet.lb' }, 'prod/prod'),
  validateWaiver('w', { controlId: 'NET-05', reason: 'public LB subnet requested', scope: 'oci_core_route_table.public' }, 'prod/prod'),
  validateWaiver('w', { controlId: 'NET-06', reason: 'public LB subnet requested', scope: 'oci_core_internet_gateway.igw', expires: '2026-01-01' }, 'prod/prod'),
];

describe('hardening-report.json', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(reportSchema);

  test.each([
    ['secure app', () => evaluateStacks(secureStacks())],
    ['public LB with waivers (one expired)', () => evaluateStacks(withPublicLb(secureStacks()), publicLbWaivers())],
  ])('%s matches the report schema', (_name, make) => {
    const json = JSON.parse(JSON.stringify(reportJson(make())));
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(json.controls).toHaveLength(CATALOG.length);
  });

  test('records waived and failing findings truthfully', () => {
    const json = reportJson(evaluateStacks(withPublicLb(secureStacks()), publicLbWaivers()));
    const status = (id: string) => json.controls.find((c) => c.id === id)!.status;
    expect(status('NET-01')).toBe('waived');
    expect(status('NET-05')).toBe('waived');
    expect(status('NET-06')).toBe('fail'); // its waiver expired
    expect(json.passed).toBe(false);
    expect(json.waivers.find((w) => w.controlId === 'NET-06')).toMatchObject({ active: false, used: false });
    expect(json.clusters[0].byGroup.network).toEqual({ pass: 7, fail: 1, waived: 2, notApplicable: 0 });
  });

  test('is deterministic and has no timestamps', () => {
    const a = JSON.stringify(reportJson(evaluateStacks(secureStacks())));
    const b = JSON.stringify(reportJson(evaluateStacks(secureStacks())));
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(reportMarkdown(evaluateStacks(secureStacks()))).toBe(reportMarkdown(evaluateStacks(secureStacks())));
  });
});

describe('hardening-report.md', () => {
  test('has, per cluster, the diagram, summary tables by group and severity, and every control with its references', () => {
    const md = reportMarkdown(evaluateStacks(secureStacks()));
    expect(md).toMatch(/## Cluster `prod`/);
    expect(md).toMatch(/```mermaid\nflowchart LR/);
    expect(md).toMatch(/\| group \| pass \| fail \| waived \| n\/a \|/);
    expect(md).toMatch(/\| severity \| pass \| fail \| waived \| n\/a \|/);
    for (const c of CATALOG) expect(md).toContain(`#### ${c.id} `);
    expect(md).toMatch(/Checkov CKV_OCI_17, CKV_OCI_20/);
    expect(md).toMatch(/\| `oci_core_network_security_group_security_rule\.api_from_admins` \| infra \| ✅ pass \|/);
  });
});

describe('network diagram', () => {
  const model = (s: FixtureStacks) => buildModel([{ name: INFRA, json: s.infra }, { name: K8S, json: s.k8s }]);

  test('the private cluster has no path from the internet, only NAT egress', () => {
    const d = networkDiagram(model(secureStacks()));
    expect(d).not.toMatch(/internet ==>/);
    expect(d).toMatch(/ -\.->\|"egress only"\| internet/);
    expect(d).toMatch(/"API endpoint prod :6443 \(private\)"/);
    // Allowed flows into the API endpoint NSG: from the workers NSG and the admin CIDR.
    const id = (label: string) => new RegExp(`(n\\d+)\\{\\{"NSG ${label}"\\}\\}`).exec(d)![1];
    expect(d).toContain(`${id('prod-workers')} -->|"tcp/6443"| ${id('prod-api')}`);
    expect(d).toMatch(new RegExp(`n\\d+ -->\\|"tcp/6443"\\| ${id('prod-api')}`));
    expect(d).toMatch(/\(\["CIDR 203\.0\.113\.0\/24"\]\)/);
    expect(d).toMatch(/\(\["whole VCN prod-vcn 10\.0\.0\.0\/16"\]\)/);
  });

  test('a public LB subnet shows every path from the internet', () => {
    const d = networkDiagram(model(withPublicLb(secureStacks())));
    const lbNsg = /(n\d+)\{\{"NSG prod-lb"\}\}/.exec(d)![1];
    const igw = /(n\d+)\[\/"INTERNET gateway prod-igw"\/\]/.exec(d)![1];
    const lbSubnet = /subgraph (n\d+)\["subnet prod-lb 10\.0\.2\.0\/24 PUBLIC"\]/.exec(d)![1];
    expect(d).toContain(`internet ==>|"tcp/443"| ${lbNsg}`);
    expect(d).toContain(`internet ==>|"inbound"| ${igw}`);
    expect(d).toContain(`${igw} ==>|"public IPs reachable"| ${lbSubnet}`);
  });

  test('the bastion sits in its subnet and accepts sessions from its allow-list only', () => {
    const d = networkDiagram(model(secureStacks()));
    const bastion = /(n\d+)\["OCI Bastion prodbastion"\]/.exec(d)![1];
    const cidr = /(n\d+)\(\["CIDR 203\.0\.113\.0\/24"\]\)/.exec(d)![1];
    expect(d).toContain(`${cidr} ==>|"bastion sessions"| ${bastion}`);
  });

  test('a public API endpoint is drawn as reachable from the internet', () => {
    const s = secureStacks();
    s.infra.resource.oci_containerengine_cluster.cluster.endpoint_config.is_public_ip_enabled = true;
    const d = networkDiagram(model(s));
    expect(d).toMatch(/"API endpoint prod :6443 \(PUBLIC IP\)"/);
    expect(d).toMatch(/internet ==>\|"public IP"\| n\d+/);
  });

  test('security-list ingress from the internet is drawn', () => {
    const s = secureStacks();
    s.infra.resource.oci_core_security_list = { open: { compartment_id: 'c', vcn_id: '${oci_core_vcn.vcn.id}', ingress_security_rules: [{ protocol: '6', source: '0.0.0.0/0', tcp_options: { min: 22, max: 22 } }] } };
    s.infra.resource.oci_core_subnet.workers.security_list_ids = ['${oci_core_security_list.open.id}'];
    const d = networkDiagram(model(s));
    expect(d).toMatch(/internet ==>\|"tcp\/22 \(security list\)"\| n\d+/);
  });

  test('labels are escaped', () => {
    expect(mermaidLabel('a "quoted" <b> [x] {y} | z')).toBe('"a #quot;quoted#quot; #lt;b#gt; #91;x#93; #123;y#125; #124; z"');
  });
});

describe('SARIF 2.1.0', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(sarifSchema);

  test('has the structure code scanning requires, one result per failing or waived resource', () => {
    const e = evaluateStacks(withPublicLb(secureStacks()), publicLbWaivers());
    const sarif = JSON.parse(JSON.stringify(toSarif(e, (f) => ({ uri: `stacks/${f.stack}/cdk.tf.json` }))));
    expect(validate(sarif)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules).toHaveLength(CATALOG.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const byRule = (id: string) => run.results.filter((r: any) => r.ruleId === id);
    expect(byRule('NET-06')[0]).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'stacks/infra/cdk.tf.json' } } }] });
    expect(byRule('NET-06')[0].suppressions).toBeUndefined();
    expect(byRule('NET-01')[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: expect.stringMatching(/^public LB subnet requested \(waiver recorded by .+\)$/) }]);
    // Tool version, PascalCase rule names and a help URI pointing at the control's row in CONTROLS.md.
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(run.tool.driver.version).toBe(pkg.version);
    const net01 = run.tool.driver.rules.find((r: any) => r.id === 'NET-01');
    expect(net01.name).toBe('SubnetsArePrivate');
    expect(net01.helpUri).toBe(`https://github.com/cdktf-hardened-oke/cdktf-hardened-oke/blob/v${pkg.version}/lib/compliance/CONTROLS.md#net-01`);
    for (const r of run.tool.driver.rules) expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    const controlsDoc = fs.readFileSync(path.join(__dirname, '..', '..', 'lib', 'compliance', 'CONTROLS.md'), 'utf8');
    for (const r of run.tool.driver.rules) expect(controlsDoc).toContain(`<a id="${r.helpUri.split('#')[1]}"></a>${r.id} |`);
    expect(run.results.every((r: any) => ['NET-01', 'NET-05', 'NET-06'].includes(r.ruleId))).toBe(true);
  });

  test('a clean app has no results', () => {
    const sarif = toSarif(evaluateStacks(secureStacks()), () => ({ uri: 'x' }));
    expect(validate(JSON.parse(JSON.stringify(sarif)))).toBe(true);
    expect(sarif.runs[0].results).toEqual([]);
  });
});
