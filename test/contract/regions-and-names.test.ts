/**
 * Issue 9 §1 and §4, on the examples as users run them:
 * - with OKE_REGION=us-ashburn-1 OKE_HOME_REGION=eu-frankfurt-1 every identity resource of every example is written
 *   through a provider of eu-frankfurt-1 (IAM resources exist only in the home region: Managing Regions);
 * - the same example synthesized for two compartments emits no tenancy-unique name twice.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { ROOT, SynthesizedApp, synthApp } from '../support';

const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((name) => fs.existsSync(path.join(ROOT, 'examples', name, 'main.ts'))).sort();

/** Synthesizes an example with the given environment (examples read it when their module loads). */
function synthWithEnv(name: string, env: Record<string, string>): SynthesizedApp {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    let build: ((outdir: string) => App) | undefined;
    jest.isolateModules(() => {
       
      build = require(path.join(ROOT, 'examples', name, 'main')).buildExampleApp;
    });
    return synthApp(build!);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Region of the provider a resource body is written through, in its stack's JSON. */
function providerRegion(stackJson: any, body: any): string | undefined {
  const [type, alias] = (typeof body.provider === 'string' ? body.provider : 'oci').split('.');
  const blocks: any[] = [stackJson.provider?.[type] ?? []].flat();
  return blocks.find((b) => (b.alias ?? undefined) === alias)?.region;
}

const TENANCY_UNIQUE: Record<string, string> = {
  oci_identity_policy: 'name',
  oci_identity_dynamic_group: 'name',
  oci_ons_notification_topic: 'name',
  oci_objectstorage_bucket: 'name',
};

function tenancyUniqueNames(app: SynthesizedApp): string[] {
  return app.stacks.flatMap((s) => Object.entries(TENANCY_UNIQUE).flatMap(([type, attr]) =>
    Object.values<any>(s.json.resource?.[type] ?? {}).map((r) => `${type}:${r[attr]}`)));
}

const REGIONS = { OKE_REGION: 'us-ashburn-1', OKE_HOME_REGION: 'eu-frankfurt-1' };

describe.each(EXAMPLES)('example %s', (name) => {
  // The same example for a dev and a prod compartment, both in us-ashburn-1 with home region eu-frankfurt-1.
  // The fleet has one compartment per cluster (IAM-15): each environment sets all three.
  const compartments = (env: string) => ({
    OKE_COMPARTMENT_ID: `ocid1.compartment.oc1..aaaaaaaa${env}compartment`,
    OKE_FLEET_EU2_COMPARTMENT_ID: `ocid1.compartment.oc1..aaaaaaaa${env}shopeu2`,
    OKE_FLEET_SECOND_COMPARTMENT_ID: `ocid1.compartment.oc1..aaaaaaaa${env}shopus1`,
  });
  const dev = synthWithEnv(name, { ...REGIONS, ...compartments('dev') });
  const prod = synthWithEnv(name, { ...REGIONS, ...compartments('prod') });
  afterAll(() => {
    dev.cleanup();
    prod.cleanup();
  });

  test.each([['dev', dev], ['prod', prod]])('in us-ashburn-1 with home region eu-frankfurt-1, every identity resource uses a provider of eu-frankfurt-1 (%s)', (_env, app) => {
    const identity = app.stacks.flatMap((s) => Object.entries<any>(s.json.resource ?? {})
      .filter(([type]) => type.startsWith('oci_identity_'))
      .flatMap(([type, byName]) => Object.entries<any>(byName).map(([n, body]) => ({ address: `${s.name}:${type}.${n}`, region: providerRegion(s.json, body) }))));
    expect(identity.length).toBeGreaterThan(0);
    expect(identity.filter((r) => r.region !== 'eu-frankfurt-1')).toEqual([]);
    // Everything else stays in the cluster's region, through the default provider (node pools where the cluster
    // itself was created elsewhere, as in the existing-cluster example).
    const clusters = app.stacks.flatMap((s) => ['oci_containerengine_cluster', 'oci_containerengine_node_pool']
      .flatMap((type) => Object.values<any>(s.json.resource?.[type] ?? {}).map((c) => providerRegion(s.json, c))));
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters).toEqual(clusters.map(() => 'us-ashburn-1'));
  });

  test('synthesized for a dev and a prod compartment, no tenancy-unique name is emitted twice', () => {
    const devNames = tenancyUniqueNames(dev);
    const prodNames = tenancyUniqueNames(prod);
    expect(devNames.length).toBeGreaterThan(0);
    expect(devNames.length).toBe(prodNames.length);
    expect(devNames.filter((n) => prodNames.includes(n))).toEqual([]);
    // Within one synth, no name repeats either.
    expect(new Set(devNames).size).toBe(devNames.length);
  });
});
