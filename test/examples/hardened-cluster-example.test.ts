import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildExampleApp } from '../../examples/hardened-cluster/main';
import { hardenedSnapshotSerializer } from '../../lib/testing/jest';
import { listFiles, schemaValidator } from '../support';

expect.addSnapshotSerializer(hardenedSnapshotSerializer);

/** The stack with each block's body cut to its sorted attribute names: what exists, not every value. */
function stackShape(json: any): object {
  const keysOf = (body: any) => Object.keys(body ?? {}).filter((k) => k !== '//').sort().join(' ');
  const blocks = (section: any) => Object.fromEntries(Object.entries<any>(section ?? {}).map(([type, byName]) =>
    [type, Object.fromEntries(Object.entries<any>(byName).map(([name, body]) => [name, keysOf(body)]))]));
  return {
    terraform: { required_providers: json.terraform?.required_providers ?? {} },
    provider: Object.fromEntries(Object.entries<any>(json.provider ?? {}).map(([type, list]) => [type, (list as any[]).map((p) => p.alias ?? '(default)')])),
    resource: blocks(json.resource),
    data: blocks(json.data),
    output: Object.fromEntries(Object.keys(json.output ?? {}).sort().map((o) => [o, keysOf(json.output[o])])),
  };
}

function synthInto(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-example-'));
  buildExampleApp(outdir).synth();
  return outdir;
}

describe('example hardened cluster', () => {
  const outdir = synthInto();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const stacks = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')).stacks;
  const infra = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'prod', 'cdk.tf.json'), 'utf8'));

  test('every synthesized stack passes provider schema validation', () => {
    expect(Object.keys(stacks).length).toBeGreaterThan(0);
    for (const name of Object.keys(stacks)) {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
      expect({ stack: name, violations: schemaValidator.validate(json) }).toEqual({ stack: name, violations: [] });
    }
  });

  test('holds the cluster, node pool, bastion, vault and keys, NSGs and IAM policies', () => {
    for (const type of ['oci_containerengine_cluster', 'oci_containerengine_node_pool', 'oci_bastion_bastion', 'oci_kms_vault',
      'oci_kms_key', 'oci_core_network_security_group', 'oci_core_network_security_group_security_rule', 'oci_identity_policy']) {
      expect(Object.keys(infra.resource[type] ?? {}).length).toBeGreaterThan(0);
    }
    expect(infra.terraform.required_providers.oci).toEqual({ source: 'oracle/oci', version: '~> 8.28' });
  });

  test('writes the in-cluster baseline as YAML (apply order) and as a kubernetes stack wired to the cluster', () => {
    const yamlDir = path.join(outdir, 'manifests', 'prod');
    const files = fs.readdirSync(yamlDir).filter((f) => f.endsWith('.yaml')).sort();
    expect(files.length).toBeGreaterThan(5);
    expect(files[0]).toMatch(/^01-namespace-/);
    const k8s = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'prod-prod-k8s', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(k8s.resource.kubernetes_manifest).length).toBeGreaterThan(5);
    expect(k8s.provider.kubernetes[0].exec[0].command).toBe('oci');
    expect(k8s.provider.kubernetes[0].host).toMatch(/terraform_remote_state/);
    expect(Object.keys(k8s.data.terraform_remote_state)).toHaveLength(1);
  });

  test('synthesizes byte-identical output twice, with no absolute paths', () => {
    const again = synthInto();
    try {
      const a = listFiles(outdir).map((f) => path.relative(outdir, f));
      const b = listFiles(again).map((f) => path.relative(again, f));
      expect(b).toEqual(a);
      for (const f of a) {
        const content = fs.readFileSync(path.join(outdir, f), 'utf8');
        expect({ file: f, same: content === fs.readFileSync(path.join(again, f), 'utf8') }).toEqual({ file: f, same: true });
        expect(content).not.toContain(outdir);
        expect(content).not.toContain(process.cwd());
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });

  // Shape only (which blocks exist, which attributes each sets), normalised by the library's own serializer (hash
  // suffixes and paths removed); the security properties are asserted explicitly in the tests above and elsewhere.
  test('infrastructure stack shape snapshot', () => {
    expect(stackShape(infra)).toMatchSnapshot();
  });
});
