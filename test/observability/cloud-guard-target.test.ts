/**
 * The Cloud Guard target's plan-time checks of the tenancy (lib/observability/private/cloud-guard-checks.ts): Cloud
 * Guard enabled, and the target written from the reporting region. The conditions are judged by real Terraform in
 * cloud-guard-plan.test.ts; here, what is synthesized and which region is compared.
 */
import { TerraformStack } from 'cdktf';
import { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { CompartmentCloudGuardTarget, Observability } from '../../lib/observability';
import { CLUSTER_PROPS, OCIDS, Testing, dataOf, newStack, resourcesOf, synthValid } from '../support';

const RECIPE = 'ocid1.cloudguarddetectorrecipe.oc1..aaaaaaaatestrecipe';
const TARGET = { compartmentId: OCIDS.compartment, clusterName: 'prod', detectorRecipeIds: [RECIPE] };
type Condition = { condition: string; error_message: string };

const only = (rs: Record<string, any>): any => {
  const v = Object.values(rs);
  expect(v).toHaveLength(1);
  return v[0];
};
const target = (json: any) => only(resourcesOf(json, 'oci_cloud_guard_target'));
const conditions = (json: any): Condition[] => target(json).lifecycle?.precondition ?? [];
/** The property each condition's message names, and the region its reporting-region condition compares with. */
const summary = (json: any) => conditions(json).map((c) => [c.error_message.replace(/:.*/s, ''), /reporting_region == "([^"]+)"/.exec(c.condition)?.[1]]);

describe('CompartmentCloudGuardTarget', () => {
  test('without tenancyId: no read of the tenancy, no condition', () => {
    const stack = newStack();
    new CompartmentCloudGuardTarget(stack, 'cg', TARGET);
    const json = synthValid(stack);
    expect(dataOf(json, 'oci_cloud_guard_cloud_guard_configuration')).toEqual({});
    expect(target(json).lifecycle).toBeUndefined();
  });

  test('with tenancyId: Cloud Guard\'s configuration is read from the tenancy, and the target requires it ENABLED with this region reporting', () => {
    const stack = newStack();
    const cg = new CompartmentCloudGuardTarget(stack, 'cg', { ...TARGET, tenancyId: OCIDS.tenancy });
    const json = synthValid(stack);
    const [name] = Object.keys(dataOf(json, 'oci_cloud_guard_cloud_guard_configuration'));
    expect(dataOf(json, 'oci_cloud_guard_cloud_guard_configuration')[name]).toEqual({ compartment_id: OCIDS.tenancy });
    expect(cg.cloudGuardConfiguration?.friendlyUniqueId).toBe(name);
    const c = `data.oci_cloud_guard_cloud_guard_configuration.${name}`;
    const [status, region] = conditions(json);
    expect(status.condition).toBe(`\${${c}.status == "ENABLED"}`);
    expect(status.error_message).toBe(`tenancyId: Cloud Guard is not enabled for tenancy ${OCIDS.tenancy} (its configuration's status is not ENABLED), and the Cloud Guard target can only be created where it is. `
      + 'Fix: enable Cloud Guard for the tenancy first (Cloud Guard console, "Enable Cloud Guard", which sets the reporting region, or an oci_cloud_guard_cloud_guard_configuration with status ENABLED applied before this stack), then plan again');
    // The stack's default provider writes the target: its region must be the reporting region (not judged while Cloud Guard is off).
    expect(region.condition).toBe(`\${${c}.status != "ENABLED" || ${c}.reporting_region == "eu-frankfurt-1"}`);
    expect(region.error_message).toMatch(/^reportingRegion: the Cloud Guard target would be written from eu-frankfurt-1, which is not the tenancy's Cloud Guard reporting region: .*\. Fix: set reportingRegion to the reporting region/);
    expect(conditions(json)).toHaveLength(2);
    expect(() => new CompartmentCloudGuardTarget(newStack(), 'cg', { ...TARGET, tenancyId: 'tenancy' })).toThrow(/^tenancyId: /);
  });

  test('the region compared: reportingRegion (through its provider), a given provider\'s region, or providerRegion; unknown, none', () => {
    const other = newStack();
    new CompartmentCloudGuardTarget(other, 'cg', { ...TARGET, tenancyId: OCIDS.tenancy, reportingRegion: 'uk-london-1' });
    const o = synthValid(other);
    expect(summary(o)).toEqual([['tenancyId', undefined], ['reportingRegion', 'uk-london-1']]);
    expect(target(o).provider).toBe('oci.cloud-guard');
    expect(only(dataOf(o, 'oci_cloud_guard_cloud_guard_configuration')).provider).toBe('oci.cloud-guard');

    const given = newStack();
    new CompartmentCloudGuardTarget(given, 'cg', { ...TARGET, tenancyId: OCIDS.tenancy, reportingRegionProvider: new OciProvider(given, 'p', { alias: 'p', region: 'us-phoenix-1' }) });
    expect(summary(synthValid(given))).toEqual([['tenancyId', undefined], ['reportingRegion', 'us-phoenix-1']]);

    const unknown = newStack();
    new CompartmentCloudGuardTarget(unknown, 'cg', { ...TARGET, tenancyId: OCIDS.tenancy, reportingRegionProvider: new OciProvider(unknown, 'p', { alias: 'p' }) });
    expect(summary(synthValid(unknown))).toEqual([['tenancyId', undefined]]);

    const stated = newStack();
    new CompartmentCloudGuardTarget(stated, 'cg', { ...TARGET, tenancyId: OCIDS.tenancy, reportingRegionProvider: new OciProvider(stated, 'p', { alias: 'p' }), providerRegion: 'ap-tokyo-1' });
    expect(summary(synthValid(stated))).toEqual([['tenancyId', undefined], ['reportingRegion', 'ap-tokyo-1']]);

    const noRegion = new TerraformStack(Testing.app(), 'test');
    new OciProvider(noRegion, 'oci', {});
    new CompartmentCloudGuardTarget(noRegion, 'cg', { ...TARGET, tenancyId: OCIDS.tenancy });
    expect(summary(synthValid(noRegion))).toEqual([['tenancyId', undefined]]);
  });
});

describe('Observability and HardenedCluster pass the tenancy and the region they resolved', () => {
  test('Observability: its tenancyId, the messages under cloudGuard.', () => {
    const stack = newStack();
    new Observability(stack, 'obs', {
      compartmentId: OCIDS.compartment, clusterName: 'prod', tenancyId: OCIDS.tenancy, clusterId: 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster',
      subnetIds: [OCIDS.subnet('workers')], workerDynamicGroupId: 'ocid1.dynamicgroup.oc1..aaaaaaaatestworkers',
      sinks: { archive: { kmsKeyId: OCIDS.key, region: 'eu-frankfurt-1' } }, cloudGuard: { detectorRecipeIds: [RECIPE] },
    });
    const json = synthValid(stack);
    expect(only(dataOf(json, 'oci_cloud_guard_cloud_guard_configuration')).compartment_id).toBe(OCIDS.tenancy);
    expect(summary(json)).toEqual([['cloudGuard.tenancyId', undefined], ['cloudGuard.reportingRegion', 'eu-frankfurt-1']]);
  });

  const cluster = (cloudGuard: NonNullable<HardenedClusterProps['observability']>['cloudGuard'], providerRegion?: string) => {
    const stack = new TerraformStack(Testing.app(), 'prod');
    new OciProvider(stack, 'oci', providerRegion ? { region: providerRegion } : {});
    new HardenedCluster(stack, 'prod', { ...CLUSTER_PROPS, region: 'us-ashburn-1', observability: { cloudGuard } });
    return synthValid(stack);
  };

  test.each<[string, NonNullable<HardenedClusterProps['observability']>['cloudGuard'], string | undefined, string]>([
    ['the cluster region (default provider of that region)', { detectorRecipeIds: [RECIPE] }, 'us-ashburn-1', 'us-ashburn-1'],
    // The library knows the cluster region even when the stack's provider takes its region from ~/.oci/config.
    ['the cluster region (default provider without a region)', { detectorRecipeIds: [RECIPE] }, undefined, 'us-ashburn-1'],
    ['reportingRegion', { detectorRecipeIds: [RECIPE], reportingRegion: 'uk-london-1' }, 'us-ashburn-1', 'uk-london-1'],
  ])('HardenedCluster compares %s', (_name, options, providerRegion, compared) => {
    expect(summary(cluster(options, providerRegion))).toEqual([['observability.cloudGuard.tenancyId', undefined], ['observability.cloudGuard.reportingRegion', compared]]);
  });

  test('HardenedCluster with your provider: its region, or no region check when it names none', () => {
    const build = (region?: string) => {
      const stack = new TerraformStack(Testing.app(), 'prod');
      new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
      const mine = new OciProvider(stack, 'mine', { alias: 'mine', ...(region ? { region } : {}) });
      new HardenedCluster(stack, 'prod', { ...CLUSTER_PROPS, region: 'us-ashburn-1', observability: { cloudGuard: { detectorRecipeIds: [RECIPE], reportingRegionProvider: mine } } });
      return synthValid(stack);
    };
    const withRegion = build('sa-saopaulo-1');
    expect(target(withRegion).provider).toBe('oci.mine');
    expect(summary(withRegion)).toEqual([['observability.cloudGuard.tenancyId', undefined], ['observability.cloudGuard.reportingRegion', 'sa-saopaulo-1']]);
    expect(summary(build())).toEqual([['observability.cloudGuard.tenancyId', undefined]]);
  });
});
