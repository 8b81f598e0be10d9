/**
 * Teardown as designed (README "Teardown"): `cdktf destroy` removes the Kubernetes stack before the infrastructure
 * stack it depends on; inside the Kubernetes stack Terraform destroys in reverse depends_on, so the admission
 * bindings go before the add-ons and CSI releases, those before Cilium; volumes the CSI
 * driver created are deleted with their claims; and exactly the resources the README names as kept carry
 * prevent_destroy.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildExampleApp } from '../examples/production/main';
import { synthApp, SynthesizedApp } from './support';

let app: SynthesizedApp;
beforeAll(() => { app = synthApp((outdir) => buildExampleApp(outdir)); });
afterAll(() => app?.cleanup());

/** Resources of a stack that carry lifecycle.prevent_destroy, as `type` names. */
function protectedTypes(json: any): string[] {
  return Object.entries(json.resource ?? {}).flatMap(([type, byName]) =>
    Object.values(byName as Record<string, any>).filter((r) => r.lifecycle?.prevent_destroy === true).map(() => type));
}

/** Every address a resource of the stack waits for, transitively (depends_on). */
function waitsForAll(json: any, address: string, seen = new Set<string>()): Set<string> {
  const [type, name] = address.split('.');
  for (const dep of json.resource?.[type]?.[name]?.depends_on ?? []) {
    if (!seen.has(dep)) { seen.add(dep); waitsForAll(json, dep, seen); }
  }
  return seen;
}

describe('teardown', () => {
  test('each Kubernetes stack depends on its infrastructure stack, so cdktf destroys it first', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
    const k8s = Object.keys(manifest.stacks).filter((s) => s.endsWith('-k8s'));
    expect(k8s.length).toBeGreaterThan(0);
    for (const name of k8s) {
      const infra = manifest.stacks[name].dependencies as string[];
      expect(infra).toHaveLength(1);
      expect(name.startsWith(`${infra[0]}-`)).toBe(true);
      expect(manifest.stacks[infra[0]].dependencies ?? []).not.toContain(name);
    }
  });

  test('in the Kubernetes stack, the admission bindings are destroyed before the add-ons, the add-ons before Cilium', () => {
    const k8s = app.stacks.find((s) => s.name.endsWith('-k8s'))!.json;
    const cilium = Object.keys(k8s.resource.helm_release).map((n) => `helm_release.${n}`).find((a) => a.includes('cilium'))!;
    const bindings = Object.entries(k8s.resource.kubernetes_manifest).filter(([, r]: [string, any]) => r.manifest.kind === 'ValidatingAdmissionPolicyBinding')
      .map(([n]) => `kubernetes_manifest.${n}`);
    const addons = Object.keys(k8s.resource.oci_containerengine_addon ?? {}).map((n) => `oci_containerengine_addon.${n}`);
    expect(bindings.length).toBeGreaterThan(0);
    expect(addons.length).toBeGreaterThan(0);
    // Terraform destroys a resource before everything it depends on.
    for (const addon of addons) expect(waitsForAll(k8s, addon)).toContain(cilium);
    for (const binding of bindings) {
      const before = waitsForAll(k8s, binding);
      for (const addon of addons) expect(before).toContain(addon);
    }
  });

  test('volumes the CSI driver creates are deleted with their claims (reclaimPolicy Delete), so no block volume outlives the cluster', () => {
    const k8s = app.stacks.find((s) => s.name.endsWith('-k8s'))!.json;
    const classes = Object.values(k8s.resource.kubernetes_manifest).map((r: any) => r.manifest).filter((m: any) => m.kind === 'StorageClass');
    expect(classes.length).toBeGreaterThan(0);
    for (const c of classes) expect(c.reclaimPolicy).toBe('Delete');
  });

  test('exactly the vault, the keys, the archive bucket and its key grant are kept by prevent_destroy (README "Teardown")', () => {
    const infra = app.stacks.filter((s) => !s.name.endsWith('-k8s'));
    const kept = [...new Set(infra.flatMap((s) => protectedTypes(s.json)))].sort();
    expect(kept).toEqual(['oci_identity_policy', 'oci_kms_key', 'oci_kms_vault', 'oci_objectstorage_bucket']);
    // The one kept policy is the archive key grant (Object Storage may use the archive key).
    const keptPolicies = infra.flatMap((s) => Object.values<any>(s.json.resource.oci_identity_policy ?? {}).filter((r) => r.lifecycle?.prevent_destroy === true));
    expect(keptPolicies.length).toBeGreaterThan(0);
    for (const p of keptPolicies) expect(p.statements).toEqual([expect.stringMatching(/^Allow service objectstorage-[a-z0-9-]+ to use keys in compartment id \S+ where target\.key\.id = /)]);
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Teardown'), readme.indexOf('\n## ', readme.indexOf('## Teardown') + 3));
    for (const type of kept) expect(section).toContain(type);
  });
});
