/**
 * `synth && cdktf-hardened-oke audit cdktf.out` tells one truth: for every example and for an app with waivers
 * (recorded by props and by the user), audit of the synthesized output exits 0 when synth passed and reports the
 * same pass/fail/waived/not-applicable counts, with the synth-time waivers as SARIF suppressions.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { HardenedCluster, Waivers } from '../../lib';
import { main } from '../../lib/compliance/cli';
import { EXAMPLE_SETTINGS, prepareExampleStack } from '../../examples/settings';
import { ROOT, synthApp, tempDir } from '../support';

function audit(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => fs.existsSync(path.join(ROOT, 'examples', n, 'main.ts'))).sort();

function waiverApp(outdir: string): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'lab');
  prepareExampleStack(stack);
  const s = EXAMPLE_SETTINGS;
  const cluster = new HardenedCluster(stack, 'lab', {
    compartmentId: s.compartmentId, tenancyId: s.tenancyId, region: s.region, kubernetesVersion: 'v1.33.1',
    bastion: { clientCidrs: [s.bastionClientCidr] },
    network: { publicLoadBalancerSubnet: true }, // records its own waivers
    nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex' }],
  });
  // A user waiver that covers nothing failing must not change any count.
  Waivers.record(cluster, { controlId: 'NET-02', reason: 'lab: kept to prove unused waivers are harmless' });
  return app;
}

const APPS: [string, (outdir: string) => App][] = [
  ...EXAMPLES.map((n): [string, (outdir: string) => App] => [`example ${n}`, require(path.join(ROOT, 'examples', n, 'main')).buildExampleApp]),
  ['an app with prop-recorded and user waivers', waiverApp],
];

describe.each(APPS)('%s', (_name, build) => {
  const app = synthApp(build, tempDir('oke-agreement-'));
  afterAll(() => app.cleanup());
  const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));

  test('audit exits 0 with the counts synth reported', () => {
    expect(report.passed).toBe(true);
    const r = audit('audit', app.outdir, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const audited = JSON.parse(r.stdout);
    expect(audited.summary).toEqual(report.summary);
    expect(audited.stacks).toEqual(report.stacks);
    expect(audited.controls.map((c: any) => [c.id, c.status])).toEqual(report.controls.map((c: any) => [c.id, c.status]));
    expect(audited.waivers.map((w: any) => [w.controlId, w.used])).toEqual(report.waivers.map((w: any) => [w.controlId, w.used]));
  });

  test('the text summary says the synth record was used', () => {
    const r = audit('audit', app.outdir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${report.summary.pass} pass, 0 fail, ${report.summary.waived} waived, ${report.summary.notApplicable} not applicable (the stacks and ${report.waivers.length} waiver(s) recorded at synth`);
  });
});

describe('waivers recorded at synth', () => {
  const app = synthApp(waiverApp, tempDir('oke-agreement-'));
  afterAll(() => app.cleanup());

  test('are SARIF suppressions, located at the resource in its cdk.tf.json', () => {
    const r = audit('audit', app.outdir, '--sarif');
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout).runs[0].results;
    expect(results.length).toBeGreaterThan(0);
    for (const x of results) {
      expect(x.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: expect.stringMatching(/waiver recorded by lab\//) }]);
      const loc = x.locations[0].physicalLocation;
      const file = path.resolve(process.cwd(), loc.artifactLocation.uri);
      expect(file.startsWith(app.outdir)).toBe(true);
      const line = fs.readFileSync(file, 'utf8').split('\n')[loc.region.startLine - 1];
      expect(line.trim()).toBe(`"${x.locations[0].logicalLocations[0].fullyQualifiedName.split('/')[1].split('.').slice(1).join('.')}": {`);
    }
  });

  test('without the synth record (--ignore-synth-report) the same output fails: the waivers are what made it pass', () => {
    const r = audit('audit', app.outdir, '--ignore-synth-report');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL NET-01 /m);
  });
});

describe('audit --help', () => {
  test.each([['audit', '--help'], ['audit', 'cdktf.out', '-h'], ['--help']])('%j prints usage and exits 0', (...args) => {
    const r = audit(...args);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: cdktf-hardened-oke audit <cdktf.out>/);
  });
});
