/**
 * The Cloud Guard conditions judged by real Terraform (tools/tfcheck, offline, stand-in provider answering the data
 * sources from a stand-in tenancy): a HardenedCluster with securityZone and the production example (its Cloud Guard
 * target) plan where the tenancy is right, and fail, each by its own message, where Cloud Guard is DISABLED, reports
 * from another region, or another zone already has the compartment. Needs a terraform CLI; without one it is skipped
 * (npm test never needs Terraform), as `npm run check:terraform` is.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HAS_TERRAFORM, offlinePlan } from '../support/offline-plan';
import { SECURITY_ZONE_POLICY_NAMES } from '../../lib/core/security-zone-policies';
import { CLUSTER_PROPS, ROOT, buildCluster, synthApp, synthValid, tempDir } from '../support';

const hasTerraform = HAS_TERRAFORM;
const plan = offlinePlan;
/** check:terraform's default answers (node images of the examples; Cloud Guard ENABLED, eu-frankfurt-1 reporting). */
const DEFAULTS = JSON.parse(fs.readFileSync(path.join(ROOT, 'tools', 'tfcheck', 'stand-in-node-images.json'), 'utf8'));


/** The synthesized error message of the one condition whose message names `property`. */
function messageOf(json: any, type: string, property: string): string {
  const found = Object.values<any>(json.resource[type]).flatMap((r) => r.lifecycle?.precondition ?? [])
    .map((c: any) => c.error_message as string).filter((m: string) => m.startsWith(`${property}: `));
  expect(found).toHaveLength(1);
  return found[0];
}

const cloudGuard = (status: string, reportingRegion: string) => ({
  oci_cloud_guard_cloud_guard_configuration: [{ where: {}, values: { status, reporting_region: reportingRegion } }],
});
const zone = (compartmentId: string, displayName: string) => ({ compartment_id: compartmentId, display_name: displayName, state: 'ACTIVE' });

(hasTerraform ? describe : describe.skip)('Cloud Guard conditions under terraform plan', () => {
  describe('a HardenedCluster with securityZone', () => {
    const json = synthValid(buildCluster({ securityZone: {} }).stack);
    const tenancy = (cg: object, zones: object[]) => ({
      ...DEFAULTS,
      ...cg,
      oci_cloud_guard_security_policies: [{ where: {}, values: { security_policy_collection: [{
        items: SECURITY_ZONE_POLICY_NAMES.map((n, i) => ({ friendly_name: n, id: `ocid1.securityzonessecuritypolicy.oc1..standin${i}` })),
      }] } }],
      oci_cloud_guard_security_zones: [{ where: {}, values: { security_zone_collection: [{ items: zones }] } }],
    });
    const right = cloudGuard('ENABLED', 'eu-frankfurt-1');
    const message = (property: string) => messageOf(json, 'oci_cloud_guard_security_recipe', property);

    test.each<[string, object[]]>([
      ['before the first apply (no zone yet)', []],
      // After the apply the tenancy lists the zone itself (and zones elsewhere): still no other zone on the compartment.
      ['after the apply (its own zone listed)', [zone(CLUSTER_PROPS.compartmentId, 'prod-security-zone'), zone('ocid1.compartment.oc1..aaaaaaaaelsewhere', 'team-zone')]],
    ])('plans in a tenancy where Cloud Guard is enabled and reports from the cluster region: %s', (_name, zones) => {
      expect(plan(json, tenancy(right, zones))).toEqual({ last: expect.stringMatching(/validate ok plan ok/), messages: [] });
    });

    test.each<[string, object, object[], string]>([
      ['Cloud Guard is DISABLED', cloudGuard('DISABLED', 'eu-frankfurt-1'), [], 'securityZone.tenancyId'],
      ['Cloud Guard reports from another region', cloudGuard('ENABLED', 'us-ashburn-1'), [], 'securityZone.reportingRegion'],
      ['another ACTIVE zone has the compartment', right, [zone(CLUSTER_PROPS.compartmentId, 'security-team-zone')], 'securityZone.compartmentId'],
    ])('fails where %s, with its own message only', (_name, cg, zones, property) => {
      const r = plan(json, tenancy(cg, zones));
      expect(r.last).toMatch(/plan 1 errors/);
      expect(r.messages).toEqual([message(property)]);
    });
  });

  describe('the production example (observability.cloudGuard)', () => {
    const app = synthApp(require(path.join(ROOT, 'examples', 'production', 'main')).buildExampleApp, tempDir('oke-cg-prod-'));
    afterAll(() => app.cleanup());
    const json = app.stacks.find((s) => s.name === 'production')!.json;
    const message = (property: string) => messageOf(json, 'oci_cloud_guard_target', property);

    test('plans with check:terraform\'s default answers', () => {
      expect(plan(json, DEFAULTS)).toEqual({ last: expect.stringMatching(/validate ok plan ok/), messages: [] });
    });

    test.each<[string, object, string]>([
      ['Cloud Guard is DISABLED', cloudGuard('DISABLED', 'eu-frankfurt-1'), 'observability.cloudGuard.tenancyId'],
      ['Cloud Guard reports from another region', cloudGuard('ENABLED', 'uk-london-1'), 'observability.cloudGuard.reportingRegion'],
    ])('fails where %s, with its own message only', (_name, cg, property) => {
      const r = plan(json, { ...DEFAULTS, ...cg });
      expect(r.last).toMatch(/plan 1 errors/);
      expect(r.messages).toEqual([message(property)]);
    });
  });
});
