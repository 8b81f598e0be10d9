/**
 * Resource Manager mode (issue 20 §1) and `fleet package`: the synthesized stacks are what ORM runs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, LocalBackend, TerraformStack } from 'cdktf';
import JSZip = require('jszip');
import { buildExampleApp } from '../../examples/fleet/main';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { validatePolicyStatement } from '../../lib/core/iam-policy';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { Fleet } from '../../lib/fleet/fleet';
import { packageFleet, readFleet } from '../../lib/fleet/package';
import { resourceManagerPolicyStatements } from '../../lib/fleet/resource-manager-policy';
import { lintTerraform15 } from '../../lib/fleet/terraform15-lint';
import { CLUSTER_PROPS, OCIDS, tempDir } from '../support';
import { SynthesizedApp, synthApp } from '../support/synth';

let app: SynthesizedApp;
beforeAll(() => {
  app = synthApp(buildExampleApp);
});
afterAll(() => app.cleanup());

const stack = (name: string) => app.stacks.find((s) => s.name === name)!.json;
const CLUSTERS = ['shop-eu-1', 'shop-eu-2', 'shop-us-1'];

describe('the example fleet', () => {
  test('three clusters in two regions, two ORM stacks each, none with a backend block; every stack passes the Terraform 1.5 lint', () => {
    expect(app.stacks.map((s) => s.name).sort()).toEqual(CLUSTERS.flatMap((c) => [c, `${c}-cluster-k8s`]));
    for (const s of app.stacks) {
      expect(s.json.terraform?.backend).toBeUndefined();
      expect(lintTerraform15(s.json)).toEqual([]);
    }
    expect(new Set(CLUSTERS.map((c) => stack(c).provider.oci.find((p: any) => !p.alias).region))).toEqual(new Set(['eu-frankfurt-1', 'us-ashburn-1']));
  });

  test('the oci providers take region (and the home alias) only', () => {
    const us = stack('shop-us-1').provider.oci;
    expect(us).toEqual([{ region: 'us-ashburn-1' }, { alias: 'home', region: 'eu-frankfurt-1' }]);
    expect(stack('shop-us-1-cluster-k8s').provider.oci).toEqual([{ region: 'us-ashburn-1' }]);
  });

  test.each(CLUSTERS)('%s: a private endpoint in the VCN with its own NSG, which may open only TCP 6443 to the API endpoint NSG', (name) => {
    const j = stack(name);
    const [pe] = Object.values<any>(j.resource.oci_resourcemanager_private_endpoint);
    const nsgs = j.resource.oci_core_network_security_group;
    const peNsg = Object.keys(nsgs).find((k) => nsgs[k].display_name === `${name}-orm-private-endpoint`)!;
    const apiNsg = Object.keys(nsgs).find((k) => nsgs[k].display_name === `${name}-api-endpoint`)!;
    expect(pe.nsg_id_list).toEqual([`\${oci_core_network_security_group.${peNsg}.id}`]);
    expect(pe.vcn_id).toMatch(/^\$\{oci_core_vcn\./);
    expect(pe.subnet_id).toMatch(/subnet-apiEndpoint/);
    const rules = Object.values<any>(j.resource.oci_core_network_security_group_security_rule);
    const fromPe = rules.filter((r) => r.network_security_group_id === `\${oci_core_network_security_group.${peNsg}.id}`);
    expect(fromPe).toEqual([expect.objectContaining({
      direction: 'EGRESS', protocol: '6', stateless: false, destination_type: 'NETWORK_SECURITY_GROUP',
      destination: `\${oci_core_network_security_group.${apiNsg}.id}`, tcp_options: { destination_port_range: { min: 6443, max: 6443 } },
    })]);
    const intoApi = rules.filter((r) => r.source === `\${oci_core_network_security_group.${peNsg}.id}`);
    expect(intoApi).toEqual([expect.objectContaining({
      network_security_group_id: `\${oci_core_network_security_group.${apiNsg}.id}`, direction: 'INGRESS', protocol: '6', source_type: 'NETWORK_SECURITY_GROUP',
      tcp_options: { destination_port_range: { min: 6443, max: 6443 } },
    })]);
    // The bastion stays for people.
    expect(Object.keys(j.resource.oci_bastion_bastion)).toHaveLength(1);
  });

  test.each(CLUSTERS)('%s-cluster-k8s: reaches the API at the reachable IP with tls_server_name = the private IP, CA verified, never insecure', (name) => {
    const j = stack(`${name}-cluster-k8s`);
    const [reachable] = Object.keys(j.data.oci_resourcemanager_private_endpoint_reachable_ip);
    const privateIp = j.data.oci_resourcemanager_private_endpoint_reachable_ip[reachable].private_ip;
    expect(privateIp).toMatch(/^\$\{element\(split\(":", data\.terraform_remote_state\.\S+private_endpoint\), 0\)\}$/);
    expect(j.data.oci_resourcemanager_private_endpoint_reachable_ip[reachable].private_endpoint_id).toMatch(/oci_resourcemanager_private_endpoint/);
    const providers = [...[j.provider.kubernetes].flat(), ...[j.provider.helm].flat().map((h: any) => h.kubernetes)];
    expect(providers).toHaveLength(2);
    for (const p of providers) {
      expect(p.host).toBe(`https://\${data.oci_resourcemanager_private_endpoint_reachable_ip.${reachable}.ip_address}:6443`);
      expect(p.tls_server_name).toBe(privateIp);
      expect(p.cluster_ca_certificate).toContain('certificate-authority-data');
      expect(p).not.toHaveProperty('insecure');
      expect(p).not.toHaveProperty('proxy_url');
      expect([p.exec].flat()[0].args).not.toContain('--profile');
    }
    expect(JSON.stringify(j)).not.toMatch(/"insecure"/);
  });

  test.each(CLUSTERS)('%s-cluster-k8s: reads the infrastructure outputs through oci_resourcemanager_stack_tf_state into a local terraform_remote_state', (name) => {
    const j = stack(`${name}-cluster-k8s`);
    const variable = `${name.replace(/-/g, '_')}_stack_id`;
    expect(j.variable[variable]).toMatchObject({ type: 'string' });
    const states = j.data.oci_resourcemanager_stack_tf_state;
    const [stateName] = Object.keys(states);
    expect(states[stateName]).toMatchObject({ stack_id: `\${var.${variable}}`, local_path: `${name}.tfstate` });
    const remote = Object.values<any>(j.data.terraform_remote_state);
    expect(remote).toEqual([{ backend: 'local', config: { path: `\${data.oci_resourcemanager_stack_tf_state.${stateName}.local_path}` } }]);
    // Every output the kubernetes stack reads exists in the infrastructure stack.
    const read = [...JSON.stringify(j).matchAll(/outputs\.(cross-stack-output-[A-Za-z0-9_-]+)/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(0);
    for (const o of read) expect(stack(name).output).toHaveProperty(o);
  });

  test('fleet package: one zip per stack, cdk.tf.json and a .tf stub at the zip root, no state, no backend; identical on a second run', async () => {
    const out = tempDir('fleet-zips-');
    try {
      const stacks = await packageFleet(app.outdir, out);
      expect(stacks.map((s) => s.name)).toEqual(readFleet(app.outdir).map((s) => s.name));
      // Dependencies first: each kubernetes stack after its infrastructure stack.
      for (const c of CLUSTERS) expect(stacks.findIndex((s) => s.name === c)).toBeLessThan(stacks.findIndex((s) => s.name === `${c}-cluster-k8s`));
      for (const s of stacks) {
        const zip = await JSZip.loadAsync(fs.readFileSync(s.zipFile));
        const names = Object.keys(zip.files).sort();
        expect(names).toEqual(['cdk.tf.json', 'orm.tf']);
        expect(names.some((n) => n.includes('/') || /tfstate|\.terraform/.test(n))).toBe(false);
        const json = JSON.parse(await zip.file('cdk.tf.json')!.async('string'));
        expect(json.terraform.backend).toBeUndefined();
        expect(await zip.file('orm.tf')!.async('string')).toMatch(/^#/m);
        expect(s.zipBytes).toBeLessThan(200_000);
      }
      const first = stacks.map((s) => fs.readFileSync(s.zipFile));
      const again = await packageFleet(app.outdir, out);
      again.forEach((s, i) => expect(fs.readFileSync(s.zipFile).equals(first[i])).toBe(true));
      expect(JSON.parse(fs.readFileSync(path.join(out, 'fleet.json'), 'utf8')).stacks).toHaveLength(6);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('Resource Manager mode on a HardenedCluster', () => {
  function clusterStack(configure?: (s: TerraformStack) => void) {
    const a = new App({ outdir: tempDir('orm-mode-') });
    const s = new TerraformStack(a, 'prod');
    new OciProvider(s, 'oci', { region: 'eu-frankfurt-1' });
    configure?.(s);
    return { app: a, stack: s };
  }
  const thrown = (f: () => unknown): HardenedOkeValidationError => {
    try {
      f();
    } catch (err) {
      if (err instanceof HardenedOkeValidationError) return err;
      throw err;
    }
    throw new Error('expected a HardenedOkeValidationError');
  };

  test('a stack with its own backend is refused: Resource Manager owns the state', () => {
    const { stack: s } = clusterStack((st) => new LocalBackend(st, { path: 'x.tfstate' }));
    expect(thrown(() => new HardenedCluster(s, 'prod', { ...CLUSTER_PROPS, resourceManager: {} })).message).toMatch(/resourceManager: stack prod already has a local backend/);
  });

  test('kubernetes.proxyUrl is refused: ORM jobs reach the API through the private endpoint', () => {
    const { stack: s } = clusterStack();
    expect(thrown(() => new HardenedCluster(s, 'prod', { ...CLUSTER_PROPS, resourceManager: {}, kubernetes: { proxyUrl: 'socks5://127.0.0.1:1080' } })).property).toBe('kubernetes.proxyUrl');
  });

  test('an oci provider with a config profile fails synth, naming the argument', () => {
    const a = new App({ outdir: tempDir('orm-mode-') });
    const s = new TerraformStack(a, 'prod');
    new OciProvider(s, 'oci', { region: 'eu-frankfurt-1', configFileProfile: 'OPS' });
    new HardenedCluster(s, 'prod', { ...CLUSTER_PROPS, resourceManager: {} });
    expect(() => a.synth()).toThrow(/stack prod: is a Resource Manager stack, and ORM runs Terraform 1\.5\.x: provider\.oci\[0\]\.config_file_profile/);
  });

  test('a post-1.5 construct added by hand fails synth', () => {
    const a = new App({ outdir: tempDir('orm-mode-') });
    const s = new TerraformStack(a, 'prod');
    new OciProvider(s, 'oci', { region: 'eu-frankfurt-1' });
    new HardenedCluster(s, 'prod', { ...CLUSTER_PROPS, resourceManager: {} });
    s.addOverride('removed', [{ from: 'oci_core_vcn.old', lifecycle: { destroy: false } }]);
    expect(() => a.synth()).toThrow(/removed: `removed` blocks are Terraform 1\.7/);
  });

  test('Fleet needs named clusters', () => {
    expect(thrown(() => new Fleet(new App(), 'f', { clusters: [{ ...CLUSTER_PROPS }] })).property).toBe('clusters[0].name');
  });
});

describe('Terraform 1.5 lint', () => {
  test.each([
    [{ removed: [{ from: 'a.b' }] }, 'removed: `removed` blocks are Terraform 1.7'],
    [{ import: [{ to: 'a.b', id: 'x', for_each: '${var.m}' }] }, 'import[0].for_each: `for_each` in an import block is Terraform 1.7'],
    [{ ephemeral: { random_password: { p: {} } } }, 'ephemeral: ephemeral resources are Terraform 1.10'],
    [{ locals: { x: '${provider::terraform::encode_tfvars({})}' } }, 'locals.x: provider-defined functions (provider::) are Terraform 1.8'],
    [{ locals: { x: '${templatestring(local.t, {})}' } }, 'locals.x: the templatestring function is Terraform 1.9'],
    [{ output: { o: { value: '${ephemeralasnull(var.x)}' } } }, 'output.o.value: the ephemeralasnull function is Terraform 1.10'],
    [{ variable: { a: { ephemeral: true } } }, 'variable.a.ephemeral: ephemeral input variables are Terraform 1.10'],
    [{ output: { o: { value: 'x', ephemeral: true } } }, 'output.o.ephemeral: ephemeral outputs are Terraform 1.10'],
    [{ variable: { a: { validation: [{ condition: '${var.a != var.b}', error_message: 'x' }] } } }, 'variable.a.validation[0].condition: a variable validation referring to other objects than the variable is Terraform 1.9'],
    [{ resource: { oci_x: { y: { password_wo: 'x' } } } }, 'resource.oci_x.y.password_wo: write-only argument "password_wo": write-only arguments are Terraform 1.11'],
    [{ terraform: { backend: { local: {} } } }, 'terraform.backend: a backend block: Resource Manager owns the state of its stacks'],
    [{ provider: { oci: [{ region: 'r', auth: 'InstancePrincipal' }] } }, 'provider.oci[0].auth: oci provider argument "auth": in Resource Manager the provider takes region (and alias) only; ORM authenticates the job'],
  ])('%j is refused', (json, message) => {
    expect(lintTerraform15(json).map((p) => `${p.path}: ${p.problem}`)).toEqual([message]);
  });

  test('1.5 features pass: import and check blocks, moved, terraform_data, nullable, a validation on the variable itself', () => {
    expect(lintTerraform15({
      import: [{ to: 'oci_core_vcn.v', id: 'ocid1.vcn.oc1..x' }], check: { c: { assert: [{ condition: '${true}', error_message: 'x' }] } },
      moved: [{ from: 'a.b', to: 'a.c' }], resource: { terraform_data: { d: { input: 'x' } } },
      variable: { a: { nullable: false, validation: [{ condition: '${length(var.a) > 0}', error_message: 'x' }] } },
    })).toEqual([]);
  });
});

describe('IAM statements for fleet operators and planners', () => {
  test('documented resource types, verbs and target.job.operation; every statement passes the library\'s IAM check', () => {
    const statements = resourceManagerPolicyStatements({ compartmentId: OCIDS.compartment, operatorGroupName: 'fleet-operators', plannerGroupName: 'fleet-planners' });
    expect(statements).toEqual([
      `Allow group fleet-operators to manage orm-stacks in compartment id ${OCIDS.compartment}`,
      `Allow group fleet-operators to manage orm-jobs in compartment id ${OCIDS.compartment}`,
      `Allow group fleet-operators to manage orm-private-endpoints in compartment id ${OCIDS.compartment}`,
      `Allow group fleet-operators to use virtual-network-family in compartment id ${OCIDS.compartment}`,
      `Allow group fleet-planners to use orm-stacks in compartment id ${OCIDS.compartment}`,
      `Allow group fleet-planners to read orm-jobs in compartment id ${OCIDS.compartment}`,
      `Allow group fleet-planners to manage orm-jobs in compartment id ${OCIDS.compartment} where target.job.operation = 'PLAN'`,
      `Allow group fleet-planners to read orm-private-endpoints in compartment id ${OCIDS.compartment}`,
    ]);
    for (const s of statements) expect(validatePolicyStatement(s)).toEqual([]);
  });

  test('the check knows the ORM types and refuses an undocumented variable', () => {
    expect(validatePolicyStatement(`Allow group g to manage orm-jobs in compartment id ${OCIDS.compartment} where target.stack.id = 'ocid1.ormstack.oc1..x'`)).toEqual([]);
    expect(validatePolicyStatement(`Allow group g to read orm-family in compartment id ${OCIDS.compartment}`)).toEqual([]);
    expect(validatePolicyStatement(`Allow group g to manage orm-stacks in compartment id ${OCIDS.compartment} where target.job.operation = 'PLAN'`)[0].problem)
      .toMatch(/target.job.operation" is not documented for orm-stacks/);
  });
});
