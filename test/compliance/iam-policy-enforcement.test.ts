import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { IdentityPolicy } from '../../lib/generated/providers/oci/identity-policy';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { OCIDS, CLUSTER_PROPS } from '../support';

const BASE: HardenedClusterProps = CLUSTER_PROPS;

/** HardenedCluster plus one hand-written policy with `statements`, in one stack. */
function appWithPolicy(statements: string[], props: Partial<HardenedClusterProps> = {}) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-iam-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'prod');
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  const cluster = new HardenedCluster(stack, 'prod', { ...BASE, ...props });
  new IdentityPolicy(stack, 'ops-policy', { compartmentId: OCIDS.compartment, name: 'ops-bastion', description: 'hand-written', statements: statements.map((s) => s.replace('BASTION', cluster.bastion.bastionId)) });
  return { app, outdir };
}

function report(outdir: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'hardening-report.json'), 'utf8'));
}

describe('IAM policy statements are validated at synth (IAM-12, IAM-13)', () => {
  test('a hand-written policy conditioned on an invented variable (target.bastion.id) fails synth naming policy, statement and fix', () => {
    const { app } = appWithPolicy([`Allow group id ${OCIDS.group('ops')} to use bastion in compartment id ${OCIDS.compartment} where target.bastion.id = 'BASTION'`]);
    let message = '';
    try {
      app.synth();
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/IAM-12 failed on oci_identity_policy\.ops-policy in stack prod/);
    expect(message).toMatch(/policy "ops-bastion" statement "Allow group id ocid1\.group[^"]+ to use bastion [^"]+ where target\.bastion\.id = '\$\{oci_bastion_bastion\.[^']+\.id\}'"/);
    expect(message).toMatch(/the condition variable "target\.bastion\.id" is not documented for bastion \(Bastion IAM Policies/);
    expect(message).toMatch(/Fix: use a variable bastion has \(e\.g\. target\.bastion\.ocid/);
  });

  test('a hand-written "in tenancy" statement in a policy attached to a compartment fails synth (it grants nothing)', () => {
    const { app } = appWithPolicy([`Allow group id ${OCIDS.group('ops')} to read repos in tenancy`]);
    expect(() => app.synth()).toThrow(/IAM-12 failed on oci_identity_policy\.ops-policy .*grants "in tenancy" from a policy attached to compartment .*Fix: attach the policy to the root compartment/s);
  });

  test('the same policy on target.bastion.ocid passes, and so do all of the library\'s own statements', () => {
    const { app, outdir } = appWithPolicy([`Allow group id ${OCIDS.group('ops')} to use bastion in compartment id ${OCIDS.compartment} where target.bastion.ocid = 'BASTION'`]);
    app.synth();
    const r = report(outdir);
    const iam12 = r.controls.find((c: any) => c.id === 'IAM-12');
    expect(iam12.status).toBe('pass');
    // Every policy of the cluster (admin, cluster service, keys, logging, archive, image verification and scanning) was judged.
    expect(iam12.findings.length).toBeGreaterThanOrEqual(7);
    expect(iam12.findings.every((f: any) => f.status === 'pass')).toBe(true);
  });

  test('requireMfa on HardenedCluster reaches the administrator statements and they still validate', () => {
    const { app, outdir } = appWithPolicy([], { requireMfa: true });
    app.synth();
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'prod', 'cdk.tf.json'), 'utf8'));
    const admin = Object.entries<any>(json.resource.oci_identity_policy).find(([k]) => k.includes('admin-policy'))![1];
    expect(admin.statements.length).toBeGreaterThan(0);
    for (const s of admin.statements) expect(s).toContain("request.user.mfaTotpVerified = 'true'");
    expect(report(outdir).controls.find((c: any) => c.id === 'IAM-12').status).toBe('pass');
  });

  test('manage cluster-family to a group that is not a declared administrator fails synth (IAM before RBAC)', () => {
    const { app } = appWithPolicy([`Allow group id ${OCIDS.group('devs')} to manage cluster-family in compartment id ${OCIDS.compartment}`]);
    expect(() => app.synth()).toThrow(/IAM-13 failed on oci_identity_policy\.ops-policy in stack prod: policy "ops-bastion" makes groups cluster-admin through IAM: .*ocid1\.group\.oc1\.\.[a-z]*devs not declared administrators/);
  });

  test('manage clusters to a declared administrator group passes IAM-13', () => {
    const { app, outdir } = appWithPolicy([`Allow group id ${OCIDS.group('admins')} to manage clusters in compartment id ${OCIDS.compartment}`]);
    app.synth();
    expect(report(outdir).controls.find((c: any) => c.id === 'IAM-13').status).toBe('pass');
  });
});
