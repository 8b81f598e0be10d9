import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { buildExampleApp as buildByo } from '../../examples/bring-your-own/main';
import { buildExampleApp as buildMinimal } from '../../examples/minimal/main';
import { AllowStatement, comparisonsOf, parsePolicyStatement } from '../../lib/core/iam-policy';
import { POLICY_NAMES } from '../../lib/kubernetes/private/admission-policies';

/**
 * Finding 5 as a class: with OKE image verification on, the cluster pulls only what it may read. Every image the
 * library's admission policy admits (any repository under <registry>/<tenancy namespace>/) must sit in a repository
 * the verification grant lets the cluster read: repositories may be in any compartment, and "Create repository on
 * first push" creates them in the root compartment (Oracle, Registry "Creating a Repository").
 * https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrycreatingarepository.htm
 */

/** Whether a grant lets the cluster read a repository of any name in any compartment. */
function coversAnyRepository(st: AllowStatement): boolean {
  if (st.verb === undefined || !['read', 'use', 'manage'].includes(st.verb) || st.resourceType !== 'repos') return false;
  // A repository pushed on first use lands in the root compartment: only a tenancy-wide grant reaches it.
  if (st.location.kind !== 'tenancy') return false;
  // Conditions on the repository (name, compartment) would leave admitted repositories out.
  return !comparisonsOf(st.condition).some((c) => /^target\.(repo\.name|compartment\.(id|name))$/i.test(c.variable));
}

/** The repository path an admitted image may name below a prefix: any, so the prefix must end at the namespace. */
function admitsAnyRepository(prefix: string): boolean {
  return /^[a-z0-9.-]+\/[^/]+\/$/.test(prefix);
}

describe.each([
  ['bring-your-own', buildByo, 'byo', 'byo-shared-k8s'],
  ['minimal', buildMinimal, undefined, undefined],
] as Array<[string, (outdir?: string) => App, string | undefined, string | undefined]>)('%s example', (_name, build, infraName, k8sName) => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-verify-'));
  build(outdir).synth();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const stacks = Object.keys(JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')).stacks);
  const infraStack = infraName ?? stacks.find((s) => !s.endsWith('-k8s'))!;
  const k8sStack = k8sName ?? stacks.find((s) => s.endsWith('-k8s'))!;
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  const infra = read(infraStack);
  const k8s = read(k8sStack);

  test('every registry path the admission policy admits is readable by the image-verification grant', () => {
    const manifests = Object.values(k8s.resource.kubernetes_manifest).map((r: any) => r.manifest);
    const images = manifests.find((m: any) => m.kind === 'ValidatingAdmissionPolicy' && m.metadata.name === POLICY_NAMES.ocirImages);
    const registries: string = images.spec.variables.find((v: any) => v.name === 'registries').expression;
    const prefixes = [...registries.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(prefixes.length).toBeGreaterThanOrEqual(2);

    const cluster: any = Object.values(infra.resource.oci_containerengine_cluster)[0];
    expect(cluster.image_policy_config.is_policy_enabled).toBe(true);
    const policies = Object.values(infra.resource.oci_identity_policy) as any[];
    const repoGrants = policies.flatMap((p) => (p.statements as string[]).map((s) => ({ policy: p, st: parsePolicyStatement(s) as AllowStatement })))
      .filter(({ st }) => st.kind === 'allow' && st.resourceType === 'repos' && st.subject.kind === 'any-user'
        && comparisonsOf(st.condition).some((c) => c.variable === 'request.principal.type' && c.values.includes('cluster')));
    expect(repoGrants).toHaveLength(1);
    const { policy, st } = repoGrants[0];
    // A statement for the tenancy is valid only in a policy attached to the root compartment.
    expect(policy.compartment_id).toMatch(/^ocid1\.tenancy\./);
    for (const prefix of prefixes) {
      expect({ prefix, admitsAny: admitsAnyRepository(prefix) }).toEqual({ prefix, admitsAny: true });
      expect({ prefix, readable: coversAnyRepository(st) }).toEqual({ prefix, readable: true });
    }
  });

  test('the cluster waits for the verification policy', () => {
    const policy: any = Object.entries(infra.resource.oci_identity_policy).find(([, p]: [string, any]) => p.statements.some((s: string) => / read repos in tenancy /.test(s)));
    expect(policy).toBeDefined();
    const cluster: any = Object.values(infra.resource.oci_containerengine_cluster)[0];
    expect(cluster.depends_on).toContain(`oci_identity_policy.${policy[0]}`);
  });
});
