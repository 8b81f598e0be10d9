import { NodeScanning } from '../../lib/compute/node-scanning';
import { hostScanningServiceStatements } from '../../lib/compute/private/host-scanning-rules';
import { validatePolicyStatement } from '../../lib/core/iam-policy';
import { SECURITY_EVENT_RULES } from '../../lib/observability/private/event-types';
import { OCIDS, buildCluster, newStack, resourcesOf, synthValid } from '../support';

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
    expect(cluster.nodeScanning.target).toBeDefined();
    const rule = Object.values<any>(resourcesOf(json, 'oci_events_rule')).find((r) => r.display_name.endsWith('-host-scan-recipe-changes'));
    expect(rule).toBeDefined();
    expect(JSON.parse(rule.condition).eventType).toContain('com.oraclecloud.vulnerabilityScanning.DeleteHostScanRecipe');
    expect(rule.actions.action[0].topic_id).toMatch(/oci_ons_notification_topic/);
    // Findings travel as Cloud Guard problems, a rule that must stay next to it.
    expect(SECURITY_EVENT_RULES.find((r) => r.name === 'cloud-guard-problems')!.eventTypes).toContain('com.oraclecloud.cloudguard.problemdetected');
  });
});
