import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Yaml } from 'cdk8s';
import { buildExampleApp } from '../../examples/hardened-cluster/main';
import { POLICY_NAMES } from '../../lib/kubernetes/private/admission-policies';

/** HardenedCluster feeds the admission policies from the infrastructure stack (issue 10 §4). */
describe('admission policies in a HardenedCluster', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-admission-'));
  buildExampleApp(outdir).synth();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const infra = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'prod', 'cdk.tf.json'), 'utf8'));
  const k8s = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'prod-prod-k8s', 'cdk.tf.json'), 'utf8'));
  const manifests = Object.values(k8s.resource.kubernetes_manifest).map((r: any) => r.manifest);
  const policy = (name: string) => manifests.find((m: any) => m.kind === 'ValidatingAdmissionPolicy' && m.metadata.name === name);

  test('the tenancy namespace comes from oci_objectstorage_namespace of the tenancy, by cross-stack reference', () => {
    const ns: any = Object.values(infra.data.oci_objectstorage_namespace);
    expect(ns.some((d: any) => /tenancy/.test(JSON.stringify(d.compartment_id)) || /^ocid1\.tenancy\./.test(d.compartment_id))).toBe(true);
    const registries = policy(POLICY_NAMES.ocirImages).spec.variables.find((v: any) => v.name === 'registries').expression;
    // The region key (fra) comes from the library's region table.
    expect(registries).toMatch(/^\['fra\.ocir\.io\/\$\{data\.terraform_remote_state\.[^}]+\}\/', 'eu-frankfurt-1\.ocir\.io\/\$\{data\.terraform_remote_state\.[^}]+\}\/', 'artifacts\.eu-frankfurt-1\.oci\.oraclecloud\.com\//);
  });

  test('the load balancer NSG id is the infrastructure stack\'s, by cross-stack reference', () => {
    const nsgRule = policy(POLICY_NAMES.loadBalancers).spec.validations.find((v: any) => v.expression.includes('split'));
    expect(nsgRule.expression).toMatch(/id\.trim\(\) == '\$\{data\.terraform_remote_state\.[^}]+\}'/);
  });

  test('every policy has its Deny binding in the kubernetes stack', () => {
    for (const name of Object.values(POLICY_NAMES)) {
      expect(policy(name)).toBeDefined();
      const b: any = manifests.find((m: any) => m.kind === 'ValidatingAdmissionPolicyBinding' && m.spec.policyName === name);
      expect(b.spec.validationActions).toEqual(['Deny']);
    }
  });

  test('the GitOps YAML carries documented ${VAR} substitutions instead of tokens, in the substitute/ folder', () => {
    const dir = path.join(outdir, 'manifests', 'prod', 'substitute');
    const read = (kind: string, name: string) => {
      const f = fs.readdirSync(dir).find((x) => x.endsWith(`-${kind}-${name}.yaml`));
      expect(f).toBeDefined();
      return fs.readFileSync(path.join(dir, f!), 'utf8');
    };
    const images = read('validatingadmissionpolicy', POLICY_NAMES.ocirImages);
    expect(images).toContain("'eu-frankfurt-1.ocir.io/${OCIR_TENANCY_NAMESPACE}/'");
    expect(images).not.toMatch(/TfToken/);
    const lb = Yaml.load(path.join(dir, fs.readdirSync(dir).find((x) => x.endsWith(`-validatingadmissionpolicy-${POLICY_NAMES.loadBalancers}.yaml`))!))[0];
    expect(lb.spec.validations[1].expression).toContain("id.trim() == '${LOAD_BALANCER_NSG_ID}'");
  });
});
