/**
 * Home region, Cloud Guard reporting region, tenancy-unique names and GitOps folders (issue 9 §1, §4).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { HardenedCluster, HardenedClusterProps } from '../lib/hardened-cluster';
import { ClusterIam } from '../lib/access/cluster-iam';
import { HardenedOkeValidationError } from '../lib/core/errors';
import { nameScopeHash, tenancyUniqueName } from '../lib/core/names';
import { IdentityPolicy } from '../lib/generated/providers/oci/identity-policy';
import { OciProvider } from '../lib/generated/providers/oci/provider';
import { ClusterConfigStack } from '../lib/kubernetes/cluster-config-stack';
import { CompartmentCloudGuardTarget } from '../lib/observability/cloud-guard-target';
import { BASE_PROPS } from './kubernetes/fixtures';
import { OCIDS, CLUSTER_PROPS, importedCluster } from './support';

const RECIPE = 'ocid1.cloudguarddetectorrecipe.oc1..aaaaaaaatestrecipe';
const BASE: HardenedClusterProps = { ...CLUSTER_PROPS, region: 'us-ashburn-1', homeRegion: 'eu-frankfurt-1' };

function stackIn(app: App, id: string, region = 'us-ashburn-1'): TerraformStack {
  const stack = new TerraformStack(app, id);
  new OciProvider(stack, 'oci', { region, configFileProfile: 'OPS' });
  return stack;
}

const json = (stack: TerraformStack) => JSON.parse(Testing.synth(stack));
const ociProviders = (j: any): any[] => [j.provider.oci].flat();
const identityProviders = (j: any) => Object.entries<any>(j.resource ?? {}).filter(([t]) => t.startsWith('oci_identity_'))
  .flatMap(([, byName]) => Object.values<any>(byName).map((r) => r.provider));

function thrown(build: () => unknown): HardenedOkeValidationError {
  try {
    build();
  } catch (err) {
    if (err instanceof HardenedOkeValidationError) return err;
    throw err;
  }
  throw new Error('expected a HardenedOkeValidationError');
}

describe('home region', () => {
  test('identity resources go through one aliased home provider that authenticates like the default one; the rest stays on the default', () => {
    const stack = stackIn(Testing.app(), 'prod');
    const cluster = new HardenedCluster(stack, 'prod', BASE);
    const j = json(stack);
    expect(ociProviders(j)).toEqual([{ region: 'us-ashburn-1', config_file_profile: 'OPS' }, { alias: 'home', region: 'eu-frankfurt-1', config_file_profile: 'OPS' }]);
    const providers = identityProviders(j);
    expect(providers.length).toBeGreaterThanOrEqual(5);
    expect(new Set(providers)).toEqual(new Set(['oci.home']));
    expect(Object.values<any>(j.resource.oci_containerengine_cluster)[0].provider).toBeUndefined();
    expect(stack.toTerraform()['//']['hardened-oke']).toEqual({ home_region: 'eu-frankfurt-1' });
    expect(cluster.homeRegion).toBe('eu-frankfurt-1');
  });

  test('homeRegion defaults to region: no aliased provider, the home region is still recorded', () => {
    const stack = stackIn(Testing.app(), 'prod', 'eu-frankfurt-1');
    new HardenedCluster(stack, 'prod', { ...BASE, region: 'eu-frankfurt-1', homeRegion: undefined });
    const j = json(stack);
    expect(ociProviders(j)).toHaveLength(1);
    expect(identityProviders(j).every((p) => p === undefined)).toBe(true);
    expect(stack.toTerraform()['//']['hardened-oke']).toEqual({ home_region: 'eu-frankfurt-1' });
  });

  test('two clusters of one stack share the home provider; a second, different home region is refused', () => {
    const stack = stackIn(Testing.app(), 'prod');
    const a = new HardenedCluster(stack, 'a', { ...BASE, network: { vcnCidr: '10.1.0.0/16' } });
    const b = new HardenedCluster(stack, 'b', { ...BASE, network: { vcnCidr: '10.2.0.0/16' } });
    expect(a.identityProvider).toBe(b.identityProvider);
    expect(ociProviders(json(stack))).toHaveLength(2);
    const err = thrown(() => new HardenedCluster(stack, 'c', { ...BASE, homeRegion: 'uk-london-1' }));
    expect(err.property).toBe('homeRegion');
  });

  test('a provider the user passes is used as is; one of another region is refused', () => {
    const stack = stackIn(Testing.app(), 'prod');
    const mine = new OciProvider(stack, 'fra', { alias: 'fra', region: 'eu-frankfurt-1' });
    new HardenedCluster(stack, 'prod', { ...BASE, homeRegionProvider: mine });
    expect(new Set(identityProviders(json(stack)))).toEqual(new Set(['oci.fra']));
    const other = stackIn(Testing.app(), 'prod');
    const london = new OciProvider(other, 'lon', { alias: 'lon', region: 'uk-london-1' });
    expect(thrown(() => new HardenedCluster(other, 'prod', { ...BASE, homeRegionProvider: london })).property).toBe('homeRegionProvider');
  });

  test('a bad home region is refused by name', () => {
    expect(thrown(() => new HardenedCluster(stackIn(Testing.app(), 'p'), 'prod', { ...BASE, homeRegion: 'Frankfurt' })).property).toBe('homeRegion');
  });

  test('a hand-written IdentityPolicy on the default provider fails synth naming IAM-14', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-home-'));
    const app = new App({ outdir });
    const stack = stackIn(app, 'prod');
    new HardenedCluster(stack, 'prod', BASE);
    new IdentityPolicy(stack, 'hand-written', {
      compartmentId: OCIDS.compartment, name: 'ops-readers', description: 'hand-written',
      statements: [`Allow group Ops to read all-resources in compartment id ${OCIDS.compartment}`],
    });
    expect(() => app.synth()).toThrow(/IAM-14[^\n]*oci_identity_policy\.hand-written/);
  });

  test('the same hand-written policy through the home provider passes', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-home-'));
    const app = new App({ outdir });
    const stack = stackIn(app, 'prod');
    const cluster = new HardenedCluster(stack, 'prod', BASE);
    new IdentityPolicy(stack, 'hand-written', {
      provider: cluster.identityProvider, compartmentId: OCIDS.compartment, name: 'ops-readers', description: 'hand-written',
      statements: [`Allow group Ops to read all-resources in compartment id ${OCIDS.compartment}`],
    });
    expect(() => app.synth()).not.toThrow();
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'hardening-report.json'), 'utf8'));
    const iam14 = report.controls.find((c: any) => c.id === 'IAM-14');
    expect(iam14.status).toBe('pass');
    expect(iam14.findings.map((f: any) => f.address)).toContain('oci_identity_policy.hand-written');
  });

  test('ClusterIam used alone puts its dynamic group and policies on the provider it is given', () => {
    const stack = stackIn(Testing.app(), 'p');
    const home = new OciProvider(stack, 'home', { alias: 'home', region: 'eu-frankfurt-1' });
    new ClusterIam(stack, 'iam', {
      cluster: importedCluster(stack, { clusterId: 'ocid1.cluster.oc1.us-ashburn-1.aaaaaaaatest' }),
      tenancyId: OCIDS.tenancy, adminGroupIds: [OCIDS.group('admins')], identityProvider: home,
    });
    expect(identityProviders(json(stack))).toEqual(['oci.home', 'oci.home', 'oci.home']);
  });
});

describe('Cloud Guard reporting region', () => {
  test('a reporting region other than the cluster region gets its own aliased provider; the home one is reused when equal', () => {
    const stack = stackIn(Testing.app(), 'prod');
    new HardenedCluster(stack, 'prod', { ...BASE, observability: { cloudGuard: { detectorRecipeIds: [RECIPE], reportingRegion: 'uk-london-1' } } });
    const j = json(stack);
    expect(ociProviders(j).map((p) => [p.alias, p.region])).toEqual([[undefined, 'us-ashburn-1'], ['home', 'eu-frankfurt-1'], ['cloud-guard', 'uk-london-1']]);
    expect(Object.values<any>(j.resource.oci_cloud_guard_target)[0].provider).toBe('oci.cloud-guard');

    const shared = stackIn(Testing.app(), 'prod');
    new HardenedCluster(shared, 'prod', { ...BASE, observability: { cloudGuard: { detectorRecipeIds: [RECIPE], reportingRegion: 'eu-frankfurt-1' } } });
    const s = json(shared);
    expect(ociProviders(s)).toHaveLength(2);
    expect(Object.values<any>(s.resource.oci_cloud_guard_target)[0].provider).toBe('oci.home');
  });

  test('by default the target stays on the default provider (the cluster region)', () => {
    const stack = stackIn(Testing.app(), 'prod');
    new HardenedCluster(stack, 'prod', { ...BASE, observability: { cloudGuard: { detectorRecipeIds: [RECIPE] } } });
    expect(Object.values<any>(json(stack).resource.oci_cloud_guard_target)[0].provider).toBeUndefined();
  });

  test('used alone, the target compares the reporting region with the stack default provider', () => {
    const stack = stackIn(Testing.app(), 'p', 'eu-frankfurt-1');
    const same = new CompartmentCloudGuardTarget(stack, 'same', { compartmentId: OCIDS.compartment, clusterName: 'a', detectorRecipeIds: [RECIPE], reportingRegion: 'eu-frankfurt-1' });
    const other = new CompartmentCloudGuardTarget(stack, 'other', { compartmentId: OCIDS.compartment, clusterName: 'b', detectorRecipeIds: [RECIPE], reportingRegion: 'us-phoenix-1' });
    expect(same.provider).toBeUndefined();
    expect((other.provider as OciProvider).region).toBe('us-phoenix-1');
    expect(thrown(() => new CompartmentCloudGuardTarget(stack, 'bad', { compartmentId: OCIDS.compartment, clusterName: 'c', detectorRecipeIds: [RECIPE], reportingRegion: 'nowhere' })).property).toBe('reportingRegion');
  });
});

describe('tenancy-unique names', () => {
  test('one rule: <cluster>-<6 hex of sha256(compartment/cluster)>-<purpose>, different per compartment', () => {
    const dev = tenancyUniqueName('shop', 'ocid1.compartment.oc1..dev', 'workers');
    const prod = tenancyUniqueName('shop', 'ocid1.compartment.oc1..prod', 'workers');
    expect(dev).toMatch(/^shop-[0-9a-f]{6}-workers$/);
    expect(dev).not.toBe(prod);
    expect(tenancyUniqueName('shop', 'ocid1.compartment.oc1..dev', 'workers')).toBe(dev);
  });

  test('a compartment that is a Terraform token is hashed by Terraform', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' }).stringValue;
    new IdentityPolicy(stack, 'p', { compartmentId: compartment, name: tenancyUniqueName('shop', compartment, 'workers'), description: 'd', statements: ['x'] });
    expect(json(stack).resource.oci_identity_policy.p.name).toBe('shop-${substr(sha256(join("/", [var.compartment, "shop"])), 0, 6)}-workers');
  });

  test('the cluster\'s policies, dynamic group, topic and bucket carry the hash', () => {
    const stack = stackIn(Testing.app(), 'prod');
    new HardenedCluster(stack, 'shop', BASE);
    const j = json(stack);
    const hash = nameScopeHash(OCIDS.compartment, 'shop');
    const names = ['oci_identity_policy', 'oci_identity_dynamic_group', 'oci_ons_notification_topic', 'oci_objectstorage_bucket']
      .flatMap((t) => Object.values<any>(j.resource[t]).map((r) => r.name as string));
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const n of names) expect(n.startsWith(`shop-${hash}-`)).toBe(true);
  });
});

describe('one app, several clusters', () => {
  test('two HardenedClusters with the same name are refused, also across stacks', () => {
    const app = Testing.app();
    new HardenedCluster(stackIn(app, 'dev'), 'shop', BASE);
    const err = thrown(() => new HardenedCluster(stackIn(app, 'prod'), 'shop', { ...BASE, compartmentId: 'ocid1.compartment.oc1..aaaaaaaaother' }));
    expect(err.property).toBe('name');
    expect(err.message).toMatch(/dev\/shop/);
    expect(err.fix).toMatch(/own name/);
  });

  test('two config stacks writing the same manifests folder are refused', () => {
    const app = Testing.app();
    const props = {
      baseline: BASE_PROPS,
      connection: { host: 'https://10.0.0.10:6443', clusterCaCertificate: 'ca', clusterId: 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatest', region: 'eu-frankfurt-1' },
    };
    new ClusterConfigStack(app, 'dev-k8s', props);
    const err = thrown(() => new ClusterConfigStack(app, 'prod-k8s', props));
    expect(err.property).toBe('baseline.clusterName');
    expect(err.message).toMatch(/dev-k8s already writes its manifests to manifests\/prod\//);
    expect(() => new ClusterConfigStack(app, 'other-k8s', { ...props, writeManifests: false })).not.toThrow();
  });

  test('two stacks with differently named clusters write their manifests to their own folders', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-two-'));
    const app = new App({ outdir });
    new HardenedCluster(stackIn(app, 'dev'), 'app', { ...BASE, name: 'dev-shop', kubernetes: { applicationNamespaces: [{ name: 'dev-only' }] } });
    // Its own compartment: two clusters in one would fail IAM-15 (their worker dynamic groups would match the same nodes).
    new HardenedCluster(stackIn(app, 'prod'), 'app', { ...BASE, compartmentId: 'ocid1.compartment.oc1..aaaaaaaaprodshop', name: 'prod-shop', kubernetes: { applicationNamespaces: [{ name: 'prod-only' }] } });
    app.synth();
    const files = (c: string) => fs.readdirSync(path.join(outdir, 'manifests', c));
    expect(files('dev-shop').some((f) => f.includes('dev-only'))).toBe(true);
    expect(files('dev-shop').some((f) => f.includes('prod-only'))).toBe(false);
    expect(files('prod-shop').some((f) => f.includes('prod-only'))).toBe(true);
    expect(files('prod-shop').some((f) => f.includes('dev-only'))).toBe(false);
  });
});
