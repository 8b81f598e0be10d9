import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { NodeScanning } from '../../lib/compute/node-scanning';
import { hostScanningServiceStatements } from '../../lib/compute/private/host-scanning-rules';
import { validatePolicyStatement } from '../../lib/core/iam-policy';
import { SECURITY_EVENT_RULES } from '../../lib/observability/private/event-types';
import { CLUSTER_PROPS, OCIDS, buildCluster, newStack, resourcesOf, synthApp, synthValid } from '../support';

function only(rs: Record<string, any>): any {
  const v = Object.values(rs);
  expect(v).toHaveLength(1);
  return v[0];
}

describe('NodeScanning', () => {
  test('an agent-based daily host scan (OCI agent, CIS benchmarks, 1,000-port public-IP scan) of every instance of the node compartment', () => {
    const stack = newStack();
    new NodeScanning(stack, 'scan', { compartmentId: OCIDS.compartment, clusterName: 'prod' });
    const json = synthValid(stack);
    const recipe = only(resourcesOf(json, 'oci_vulnerability_scanning_host_scan_recipe'));
    expect(recipe.agent_settings).toEqual({ scan_level: 'STANDARD', agent_configuration: { vendor: 'OCI', cis_benchmark_settings: { scan_level: 'MEDIUM' } } });
    expect(recipe.port_settings).toEqual({ scan_level: 'STANDARD' });
    expect(recipe.schedule).toEqual({ type: 'DAILY' });
    const target = only(resourcesOf(json, 'oci_vulnerability_scanning_host_scan_target'));
    expect(target.target_compartment_id).toBe(OCIDS.compartment);
    // No instance list: OKE replaces nodes, so the whole compartment is the target.
    expect(target.instance_ids).toBeUndefined();
    expect(target.host_scan_recipe_id).toMatch(/oci_vulnerability_scanning_host_scan_recipe\.\w+\.id/);
    const policy = only(resourcesOf(json, 'oci_identity_policy'));
    expect(target.depends_on.some((d: string) => d.startsWith('oci_identity_policy.'))).toBe(true);
    expect(policy.statements).toEqual([
      `Allow service vulnerability-scanning-service to manage instances in compartment id ${OCIDS.compartment}`,
      `Allow service vulnerability-scanning-service to read compartments in compartment id ${OCIDS.compartment}`,
      `Allow service vulnerability-scanning-service to read vnics in compartment id ${OCIDS.compartment}`,
      `Allow service vulnerability-scanning-service to read vnic-attachments in compartment id ${OCIDS.compartment}`,
    ]);
  });

  test('the service statements pass the library\'s IAM statement checks', () => {
    for (const s of hostScanningServiceStatements(OCIDS.compartment)) expect(validatePolicyStatement(s)).toEqual([]);
  });

  test('HardenedCluster scans its worker nodes by default and reports weakened recipes to the security topic', () => {
    const { stack, cluster } = buildCluster();
    const json = synthValid(stack);
    const target = only(resourcesOf(json, 'oci_vulnerability_scanning_host_scan_target'));
    const pools = Object.values<any>(resourcesOf(json, 'oci_containerengine_node_pool'));
    expect(pools.length).toBeGreaterThan(0);
    for (const p of pools) expect(p.compartment_id).toBe(target.target_compartment_id);
    expect(cluster.nodeScanning!.target).toBeDefined();
    const rule = Object.values<any>(resourcesOf(json, 'oci_events_rule')).find((r) => r.display_name.endsWith('-host-scan-recipe-changes'));
    expect(rule).toBeDefined();
    expect(JSON.parse(rule.condition).eventType).toContain('com.oraclecloud.vulnerabilityScanning.DeleteHostScanRecipe');
    expect(rule.actions.action[0].topic_id).toMatch(/oci_ons_notification_topic/);
    // Findings travel as Cloud Guard problems, a rule that must stay next to it.
    expect(SECURITY_EVENT_RULES.find((r) => r.name === 'cloud-guard-problems')!.eventTypes).toContain('com.oraclecloud.cloudguard.problemdetected');
  });
});

describe('opting out of node scanning', () => {
  const RECIPE = 'ocid1.cloudguarddetectorrecipe.oc1..aaaaaaaaconfiguration';
  function synthReport(props: Partial<HardenedClusterProps>): any {
    const app = synthApp((outdir) => {
      const a = new App({ outdir });
      const stack = new TerraformStack(a, 'prod');
      new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
      new HardenedCluster(stack, 'prod', { ...CLUSTER_PROPS, ...props });
      return a;
    });
    try {
      const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));
      return { report, stacks: app.stacks };
    } finally {
      app.cleanup();
    }
  }

  test('needs a reason, which the report shows as the waiver of NODE-08 on every node pool; nothing is scanned', () => {
    const reason = 'host scan target of this compartment is managed by the security team (SEC-42)';
    const { report, stacks } = synthReport({ nodeScanning: { optOutReason: reason } });
    for (const s of stacks) {
      expect(resourcesOf(s.json, 'oci_vulnerability_scanning_host_scan_target')).toEqual({});
      expect(resourcesOf(s.json, 'oci_vulnerability_scanning_host_scan_recipe')).toEqual({});
    }
    const waiver = report.waivers.find((w: any) => w.controlId === 'NODE-08');
    expect(waiver.reason).toBe(`nodeScanning.optOutReason: ${reason}`);
    const node08 = report.controls.find((c: any) => c.id === 'NODE-08');
    expect(node08.findings.length).toBeGreaterThan(0);
    for (const f of node08.findings) expect(f.status).toBe('waived');
    // No scan target, so no warning about where its findings go.
    expect(report.warnings.some((w: any) => /node scan findings/.test(w.message))).toBe(false);
  });

  test.each([['empty', ''], ['blank', '   '], ['too short', 'no scan']])('reason %s: a named error', (_, optOutReason) => {
    expect(() => buildCluster({ nodeScanning: { optOutReason } })).toThrow(/^nodeScanning\.optOutReason: must be a reason of at least 10 characters/);
  });

  test('without a Cloud Guard target on the node compartment the report says scan findings reach nobody; with one it does not', () => {
    const off = synthReport({}).report.warnings.filter((w: any) => /node scan findings reach nobody/.test(w.message));
    expect(off).toHaveLength(1);
    expect(off[0].address).toMatch(/^oci_vulnerability_scanning_host_scan_target\./);
    expect(off[0].message).toContain(OCIDS.compartment);
    const on = synthReport({ observability: { cloudGuard: { detectorRecipeIds: [RECIPE] } } }).report.warnings;
    expect(on.filter((w: any) => /node scan findings/.test(w.message))).toEqual([]);
  });
});
