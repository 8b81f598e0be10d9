import * as fs from 'fs';
import * as path from 'path';
import { evaluate } from '../../lib/compliance/engine';
import { buildModel } from '../../lib/compliance/model';
import { recipePolicyNames } from '../../lib/compliance/catalog/security-zone';
import { SECURITY_ZONE_POLICIES, SECURITY_ZONE_POLICY_NAMES } from '../../lib/core/security-zone-policies';
import { CompartmentSecurityZone } from '../../lib/observability/security-zone';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { CloudGuardTarget } from '../../lib/generated/providers/oci/cloud-guard-target';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { CLUSTER_PROPS, OCIDS, ROOT, Testing, buildCluster, dataOf, newStack, resourcesOf, synthApp, synthValid, tempDir } from '../support';

const RECIPE = 'ocid1.cloudguarddetectorrecipe.oc1..aaaaaaaaconfiguration';
const only = (rs: Record<string, any>): any => {
  const v = Object.values(rs);
  expect(v).toHaveLength(1);
  return v[0];
};

describe('CompartmentSecurityZone', () => {
  test('a custom recipe of the library\'s policies, read by friendly name from the tenancy, and a zone on the compartment', () => {
    const stack = newStack();
    new CompartmentSecurityZone(stack, 'sz', { compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod' });
    const json = synthValid(stack);
    const policies = only(dataOf(json, 'oci_cloud_guard_security_policies'));
    expect(policies.compartment_id).toBe(OCIDS.tenancy);
    const recipe = only(resourcesOf(json, 'oci_cloud_guard_security_recipe'));
    expect(recipe.compartment_id).toBe(OCIDS.compartment);
    // No invented OCIDs: every id comes from the data source, matched on friendly_name.
    expect(recipe.security_policies).not.toMatch(/ocid1\./);
    expect(recipe.security_policies).toMatch(/p\.id if p\.friendly_name == n/);
    expect(recipePolicyNames({ address: 'x', type: 'oci_cloud_guard_security_recipe', name: 'x', stack: 's', body: recipe })).toEqual([...SECURITY_ZONE_POLICY_NAMES]);
    // A name the tenancy does not list fails the plan, naming the prop.
    const pre = recipe.lifecycle.precondition[0];
    expect(pre.condition).toMatch(/length\(\[for p in data\.oci_cloud_guard_security_policies\.\w+\.security_policy_collection\[0\]\.items : p\.id if p\.friendly_name == n\]\) == 1/);
    expect(pre.error_message).toMatch(/^recipe: the tenancy does not list/);
    const zone = only(resourcesOf(json, 'oci_cloud_guard_security_zone'));
    expect(zone.compartment_id).toBe(OCIDS.compartment);
    expect(zone.security_zone_recipe_id).toMatch(/^\$\{oci_cloud_guard_security_recipe\.\w+\.id\}$/);
  });

  test('additional policy OCIDs are appended; malformed or repeated ones are named errors', () => {
    const stack = newStack();
    const extra = 'ocid1.securityzonessecuritypolicy.oc1..aaaaaaaaextra';
    new CompartmentSecurityZone(stack, 'sz', { compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod', additionalPolicyIds: [extra] });
    expect(only(resourcesOf(synthValid(stack), 'oci_cloud_guard_security_recipe')).security_policies).toMatch(new RegExp(`^\\$\\{concat\\(\\[for n in .*\\], \\["${extra.replace(/\./g, '\\.')}"\\]\\)\\}$`));
    expect(() => new CompartmentSecurityZone(newStack(), 'sz', { compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod', additionalPolicyIds: ['deny public_subnets'] }))
      .toThrow(/^additionalPolicyIds\[0\]: "deny public_subnets" is not a security zone policy OCID/);
    expect(() => new CompartmentSecurityZone(newStack(), 'sz', { compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod', additionalPolicyIds: [extra, extra] }))
      .toThrow(/^additionalPolicyIds: .* is listed twice/);
  });

  describe('the recipe\'s plan-time checks of the tenancy', () => {
    const conditions = (json: any) => only(resourcesOf(json, 'oci_cloud_guard_security_recipe')).lifecycle.precondition as { condition: string; error_message: string }[];
    const byMessage = (json: any, re: RegExp) => {
      const found = conditions(json).filter((c) => re.test(c.error_message));
      expect(found).toHaveLength(1);
      return found[0];
    };

    test('Cloud Guard enabled, written from its reporting region, and no other ACTIVE zone on the compartment', () => {
      const stack = newStack();
      new CompartmentSecurityZone(stack, 'sz', { compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod' });
      const json = synthValid(stack);
      const config = Object.keys(dataOf(json, 'oci_cloud_guard_cloud_guard_configuration'));
      expect(config).toHaveLength(1);
      expect(dataOf(json, 'oci_cloud_guard_cloud_guard_configuration')[config[0]]).toEqual({ compartment_id: OCIDS.tenancy });
      const c = `data.oci_cloud_guard_cloud_guard_configuration.${config[0]}`;
      expect(byMessage(json, /^tenancyId: Cloud Guard is not enabled for tenancy /).condition).toBe(`\${${c}.status == "ENABLED"}`);
      // The region is the stack's default provider's (the zone is written through it); not compared while Cloud Guard is off.
      const region = byMessage(json, /^reportingRegion: the security zone and its recipe would be written from eu-frankfurt-1, which is not the tenancy's Cloud Guard reporting region/);
      expect(region.condition).toBe(`\${${c}.status != "ENABLED" || ${c}.reporting_region == "eu-frankfurt-1"}`);
      expect(region.error_message).toMatch(/Fix: set reportingRegion to the reporting region .* or pass a provider of that region as reportingRegionProvider$/);

      // Zones are read from the whole tenancy; the zone's own display name is left out, so the plan after the apply passes.
      const zones = only(dataOf(json, 'oci_cloud_guard_security_zones'));
      expect(zones).toEqual({ compartment_id: OCIDS.tenancy, state: 'ACTIVE', is_required_security_zones_in_subtree: true });
      const other = byMessage(json, /^compartmentId: the compartment is already in another ACTIVE security zone; a compartment can't be in multiple security zones/);
      const zone = only(resourcesOf(json, 'oci_cloud_guard_security_zone'));
      expect(other.condition).toContain(`z.compartment_id == "${OCIDS.compartment}" && z.state == "ACTIVE" && z.display_name != "${zone.display_name}"`);
      expect(other.condition).toMatch(/^\$\{length\(\[for z in flatten\(\[for c in data\.oci_cloud_guard_security_zones\.[\w-]+\.security_zone_collection : c\.items\]\) : z\.display_name if .*\]\) == 0\}$/);
      expect(conditions(json)).toHaveLength(4);
    });

    test('the region compared is reportingRegion, or providerRegion; a provider without a region is not compared', () => {
      const reporting = newStack();
      new CompartmentSecurityZone(reporting, 'sz', { compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod', reportingRegion: 'uk-london-1' });
      const r = synthValid(reporting);
      expect(byMessage(r, /^reportingRegion: /).condition).toMatch(/\.reporting_region == "uk-london-1"\}$/);
      // The tenancy reads go through the provider the zone is written through.
      expect(only(dataOf(r, 'oci_cloud_guard_cloud_guard_configuration')).provider).toBe('oci.cloud-guard');
      expect(only(dataOf(r, 'oci_cloud_guard_security_zones')).provider).toBe('oci.cloud-guard');

      const unknown = newStack();
      const own = new OciProvider(unknown, 'mine', { alias: 'mine' });
      new CompartmentSecurityZone(unknown, 'sz', { compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod', reportingRegionProvider: own });
      const u = synthValid(unknown);
      expect(conditions(u).map((c) => c.error_message.split(':')[0])).toEqual(['recipe', 'tenancyId', 'compartmentId']);

      const stated = newStack();
      new CompartmentSecurityZone(stated, 'sz', {
        compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod', reportingRegionProvider: new OciProvider(stated, 'mine', { alias: 'mine' }), providerRegion: 'us-phoenix-1',
      });
      expect(byMessage(synthValid(stated), /^reportingRegion: /).condition).toMatch(/\.reporting_region == "us-phoenix-1"\}$/);
      expect(() => new CompartmentSecurityZone(newStack(), 'sz', { compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod', providerRegion: 'frankfurt' }))
        .toThrow(/^providerRegion: /);
    });
  });

  test('every policy of the list cites an Oracle source and says how the library meets it', () => {
    for (const p of SECURITY_ZONE_POLICIES) {
      expect(p.friendlyName).toMatch(/^deny [a-z_]+$/);
      expect(p.source).toMatch(/https:\/\/(docs\.oracle\.com|github\.com\/oci-landing-zones)\//);
      expect(p.libraryMeets.length).toBeGreaterThan(10);
    }
  });
});

test('README "Security Zone" lists exactly the recipe\'s policies, in order', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Security Zone\n'), readme.indexOf('## How node images'));
  const rows = [...section.matchAll(/^\| `(deny [a-z_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()]);
  expect(rows).toEqual(SECURITY_ZONE_POLICIES.map((p) => [p.friendlyName, p.principle]));
});

describe('HardenedCluster securityZone', () => {
  test('is opt-in: by default no zone, and DATA-06 is not applicable', () => {
    const { stack } = buildCluster();
    const json = synthValid(stack);
    expect(resourcesOf(json, 'oci_cloud_guard_security_zone')).toEqual({});
    const r = evaluate(buildModel([{ name: 'test', json }]), []).results.find((x) => x.control.id === 'DATA-06')!;
    expect(r.status).toBe('not-applicable');
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^no Security Zone in this output \(opt-in/)]);
  });

  test('writes through the Cloud Guard reporting region, and the plan checks that it is the reporting region', () => {
    const { stack } = buildCluster({ securityZone: { reportingRegion: 'uk-london-1' } });
    const json = synthValid(stack);
    expect(only(resourcesOf(json, 'oci_cloud_guard_security_zone')).provider).toBe('oci.cloud-guard');
    expect(only(resourcesOf(json, 'oci_cloud_guard_security_recipe')).provider).toBe('oci.cloud-guard');
    expect(json.provider.oci.find((p: any) => p.alias === 'cloud-guard').region).toBe('uk-london-1');
    const pre: { condition: string; error_message: string }[] = only(resourcesOf(json, 'oci_cloud_guard_security_recipe')).lifecycle.precondition;
    expect(pre.map((c) => c.error_message.replace(/:.*/s, ''))).toEqual(['securityZone.recipe', 'securityZone.tenancyId', 'securityZone.reportingRegion', 'securityZone.compartmentId']);
    expect(pre[2].condition).toMatch(/\.reporting_region == "uk-london-1"\}$/);
    expect(pre[2].error_message).toMatch(/Fix: set securityZone\.reportingRegion to the reporting region/);
  });

  test('by default compares the reporting region with the cluster region, even when the default provider names none', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'prod');
    new OciProvider(stack, 'oci', {});
    new HardenedCluster(stack, 'prod', { ...CLUSTER_PROPS, region: 'us-ashburn-1', securityZone: {} });
    const pre: { condition: string }[] = only(resourcesOf(synthValid(stack), 'oci_cloud_guard_security_recipe')).lifecycle.precondition;
    expect(pre[2].condition).toMatch(/\.reporting_region == "us-ashburn-1"\}$/);
  });

  test('cannot be combined with observability.cloudGuard (the zone brings its own target)', () => {
    expect(() => buildCluster({ securityZone: {}, observability: { cloudGuard: { detectorRecipeIds: [RECIPE] } } }))
      .toThrow(/^securityZone: cannot be combined with observability\.cloudGuard/);
  });
});

describe('the production example satisfies every policy of the zone\'s recipe (README "Security Zone")', () => {
  const app = synthApp(require(path.join(ROOT, 'examples', 'production', 'main')).buildExampleApp, tempDir('oke-sz-'));
  afterAll(() => app.cleanup());
  const infra = app.stacks.find((s) => s.name === 'production')!.json;
  const k8s = app.stacks.find((s) => s.name === 'production-payments-k8s')!.json;
  const compartment = only(resourcesOf(infra, 'oci_containerengine_cluster')).compartment_id;
  const inZone = (type: string) => Object.entries<any>(resourcesOf(infra, type)).filter(([, r]) => r.compartment_id === compartment);

  test('deny public_buckets / buckets_without_vault_key: every bucket is private and has a Vault key', () => {
    const buckets = inZone('oci_objectstorage_bucket');
    expect(buckets.length).toBeGreaterThan(0);
    for (const [name, b] of buckets) {
      expect({ name, access: b.access_type }).toEqual({ name, access: 'NoPublicAccess' });
      expect({ name, key: b.kms_key_id }).toEqual({ name, key: expect.stringMatching(/^\$\{oci_kms_key\.[\w-]+\.id\}$/) });
    }
  });

  test('deny boot_volume_without_vault_key: every node pool encrypts its boot volumes with the volumes key', () => {
    const pools = inZone('oci_containerengine_node_pool');
    expect(pools.length).toBe(3);
    const volumesKey = Object.keys(resourcesOf(infra, 'oci_kms_key')).find((k) => /volumes-key/.test(k))!;
    for (const [name, p] of pools) expect({ name, key: p.node_config_details.kms_key_id }).toEqual({ name, key: `\${oci_kms_key.${volumesKey}.id}` });
    expect(inZone('oci_core_instance')).toEqual([]);
  });

  test('deny block_volume_without_vault_key: every block volume StorageClass passes kms-key-id, and the default class is one of them', () => {
    const classes = Object.values<any>(k8s.resource.kubernetes_manifest).map((r) => r.manifest).filter((m) => m.kind === 'StorageClass');
    const bv = classes.filter((c) => c.provisioner === 'blockvolume.csi.oraclecloud.com');
    expect(bv.length).toBeGreaterThan(0);
    for (const c of bv) expect({ name: c.metadata.name, key: c.parameters['kms-key-id'] }).toEqual({ name: c.metadata.name, key: expect.stringMatching(/volumes-key/) });
    expect(bv.filter((c) => c.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true')).toHaveLength(1);
    // OKE's own oci-bv (no key) is demoted, so only PVCs that name it are refused.
    const demoted = Object.values<any>(k8s.resource.kubernetes_annotations ?? {}).find((a) => a.metadata.name === 'oci-bv');
    expect(demoted.annotations['storageclass.kubernetes.io/is-default-class']).toBe('false');
    expect(inZone('oci_core_volume')).toEqual([]);
  });

  test('deny file_system_without_vault_key and db_instance_public_access: no file system or database is created', () => {
    expect(inZone('oci_file_storage_file_system')).toEqual([]);
    expect(Object.keys(infra.resource).filter((t) => /^oci_(database|mysql|psql)_/.test(t))).toEqual([]);
  });

  test('the networks the zone would meet are private (not in the recipe; README "Security Zone")', () => {
    for (const [name, s] of inZone('oci_core_subnet')) expect({ name, private: s.prohibit_public_ip_on_vnic }).toEqual({ name, private: true });
    expect(resourcesOf(infra, 'oci_core_internet_gateway')).toEqual({});
  });

  test('DATA-06 passes on it with the library\'s zone added, judging buckets, pools and StorageClasses; a key removed fails it', () => {
    const zoneStack = newStack('zone');
    new CompartmentSecurityZone(zoneStack, 'sz', { compartmentId: compartment, tenancyId: OCIDS.tenancy, clusterName: 'payments' });
    const zoneJson = synthValid(zoneStack);
    const judge = (infraJson: any) => evaluate(buildModel([
      { name: 'production', json: infraJson }, { name: 'production-payments-k8s', json: k8s }, { name: 'zone', json: zoneJson },
    ]), []).results.find((x) => x.control.id === 'DATA-06')!;
    // The example's own Cloud Guard target is on the compartment: the zone would delete it (the combination
    // HardenedCluster refuses, securityZone with observability.cloudGuard, here made by hand in two stacks).
    const [targetName] = Object.keys(resourcesOf(infra, 'oci_cloud_guard_target'));
    const both = judge(infra);
    expect(both.status).toBe('fail');
    expect(both.findings.filter((f) => f.result === 'fail').map((f) => [f.address, f.message])).toEqual([[`oci_cloud_guard_target.${targetName}`,
      expect.stringMatching(/^Cloud Guard target on compartment .*, which security zone oci_cloud_guard_security_zone\.\S+ is created on: creating the zone deletes every existing Cloud Guard target of the compartment and its subcompartments/)]]);
    // As with securityZone instead of observability.cloudGuard: no target of its own.
    const zoned = JSON.parse(JSON.stringify(infra));
    delete zoned.resource.oci_cloud_guard_target;
    const r = judge(zoned);
    expect(r.status).toBe('pass');
    expect(new Set(r.findings.filter((f) => f.result === 'pass').map((f) => f.address.split('.')[0])))
      .toEqual(new Set(['oci_objectstorage_bucket', 'oci_containerengine_node_pool', 'kubernetes_manifest']));
    const broken = JSON.parse(JSON.stringify(zoned));
    delete (Object.values<any>(broken.resource.oci_objectstorage_bucket)[0]).kms_key_id;
    expect(judge(broken).status).toBe('fail');
  });
});

describe('DATA-06: Cloud Guard targets the zone would delete', () => {
  const zoneOn = (compartmentId: string) => {
    const stack = newStack('zone');
    new CompartmentSecurityZone(stack, 'sz', { compartmentId, tenancyId: OCIDS.tenancy, clusterName: 'prod' });
    return synthValid(stack);
  };
  const targetOn = (name: string, targetResourceId: string) => {
    const stack = newStack(name);
    new CloudGuardTarget(stack, 'target', {
      compartmentId: OCIDS.compartment, displayName: `${name}-target`, targetResourceType: 'COMPARTMENT', targetResourceId,
      targetDetectorRecipes: [{ detectorRecipeId: RECIPE }],
    });
    return synthValid(stack);
  };
  const judge = (...stacks: [string, any][]) => evaluate(buildModel(stacks.map(([name, json]) => ({ name, json }))), [])
    .results.find((x) => x.control.id === 'DATA-06')!;
  const failed = (r: ReturnType<typeof judge>) => r.findings.filter((f) => f.result === 'fail').map((f) => `${f.stack}:${f.address.split('.')[0]}`);

  test('a target of another stack on the zone\'s compartment fails; one on another compartment does not', () => {
    const zone = zoneOn(OCIDS.compartment);
    expect(failed(judge(['zone', zone], ['team', targetOn('team', OCIDS.compartment)]))).toEqual(['team:oci_cloud_guard_target']);
    const elsewhere = judge(['zone', zone], ['team', targetOn('team', 'ocid1.compartment.oc1..aaaaaaaaother')]);
    expect(failed(elsewhere)).toEqual([]);
    // Nothing else is in the zone's compartment: not applicable, and the message says subcompartments are not judged.
    expect(elsewhere.status).toBe('not-applicable');
    expect(elsewhere.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^nothing in compartment \S+ itself is judged by .* \(its subcompartments are not known here\)$/)]);
  });

  test('an expression is the same compartment only within the zone\'s stack', () => {
    const stack = newStack('zone');
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' }).stringValue;
    new CompartmentSecurityZone(stack, 'sz', { compartmentId: compartment, tenancyId: OCIDS.tenancy, clusterName: 'prod' });
    new CloudGuardTarget(stack, 'target', {
      compartmentId: compartment, displayName: 'own-target', targetResourceType: 'COMPARTMENT', targetResourceId: compartment, targetDetectorRecipes: [{ detectorRecipeId: RECIPE }],
    });
    const json = synthValid(stack);
    expect(failed(judge(['zone', json]))).toEqual(['zone:oci_cloud_guard_target']);
    const other = JSON.parse(JSON.stringify(json));
    delete other.resource.oci_cloud_guard_security_zone;
    const zoneOnly = JSON.parse(JSON.stringify(json));
    delete zoneOnly.resource.oci_cloud_guard_target;
    expect(failed(judge(['zone', zoneOnly], ['other', other]))).toEqual([]);
  });
});

test('a HardenedCluster with securityZone synthesizes and passes every control (DATA-06 judged, not skipped)', () => {
  const app = synthApp((outdir) => {
    const a = new App({ outdir });
    const stack = new TerraformStack(a, 'prod');
    new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
    new HardenedCluster(stack, 'prod', { ...CLUSTER_PROPS, securityZone: {} });
    return a;
  });
  try {
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));
    expect(report.summary.fail).toBe(0);
    expect(report.controls.find((x: any) => x.id === 'DATA-06').status).toBe('pass');
    // The zone's own Cloud Guard target makes scan findings Cloud Guard problems: no warning.
    expect(report.warnings.filter((w: any) => /node scan findings/.test(w.message))).toEqual([]);
  } finally {
    app.cleanup();
  }
});
