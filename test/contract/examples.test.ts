import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { BYO_SETTINGS } from '../../examples/bring-your-own/main';
import { ROOT, SynthesizedApp, synthApp, unwaivedFailures } from '../support';

/** Every examples/<name>/main.ts: examples added later are synthesized, validated and audited too. */
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((name) => fs.existsSync(path.join(ROOT, 'examples', name, 'main.ts'))).sort();

function build(name: string): (outdir: string) => App {
   
  const mod = require(path.join(ROOT, 'examples', name, 'main'));
  if (typeof mod.buildExampleApp !== 'function') throw new Error(`examples/${name}/main.ts must export buildExampleApp(outdir?)`);
  return mod.buildExampleApp;
}

const resources = (app: SynthesizedApp, type: string) => app.stacks.flatMap((s) => Object.values<any>(s.json.resource?.[type] ?? {}));

describe.each(EXAMPLES)('example %s', (name) => {
  const app = synthApp(build(name));
  afterAll(() => app.cleanup());

  test('synthesizes at least one stack, every stack passing provider schema validation', () => {
    // synthApp throws on a schema violation; this pins that stacks and a cluster (or, for a cluster created
    // elsewhere, a node pool joining it) exist at all.
    expect(app.stacks.length).toBeGreaterThan(0);
    expect(resources(app, name === 'existing-cluster' ? 'oci_containerengine_node_pool' : 'oci_containerengine_cluster').length).toBeGreaterThan(0);
  });

  test('every cluster is private with etcd secrets wrapped by a Vault key', () => {
    for (const cluster of resources(app, 'oci_containerengine_cluster')) {
      expect(cluster.endpoint_config.is_public_ip_enabled).toBe(false);
      expect(cluster.kms_key_id).toBeTruthy();
    }
  });

  test('an independent audit of the written files finds no failure that synth did not show as waived', () => {
    expect(unwaivedFailures(app.outdir)).toEqual([]);
  });
});

test('the independent audit sees a rule planted in the written files after synth', () => {
  const app = synthApp(build('minimal'));
  try {
    const stack = app.stacks.find((s) => s.json.resource?.oci_core_network_security_group)!;
    const nsg = Object.keys(stack.json.resource.oci_core_network_security_group)[0];
    stack.json.resource.oci_core_network_security_group_security_rule.planted_ssh = {
      network_security_group_id: `\${oci_core_network_security_group.${nsg}.id}`,
      direction: 'INGRESS', protocol: '6', source: '0.0.0.0/0', source_type: 'CIDR_BLOCK',
      tcp_options: { destination_port_range: { min: 22, max: 22 } },
    };
    fs.writeFileSync(path.join(app.outdir, stack.file), JSON.stringify(stack.json));
    expect(unwaivedFailures(app.outdir).map((f) => f.controlId)).toContain('NET-02');
  } finally {
    app.cleanup();
  }
});

describe('examples/minimal', () => {
  const app = synthApp(build('minimal'));
  afterAll(() => app.cleanup());
  const infra = app.stacks.find((s) => s.name === 'minimal')!.json;

  test('a new private network with no internet gateway and no public subnet', () => {
    expect(Object.keys(infra.resource.oci_core_vcn)).toHaveLength(1);
    expect(infra.resource.oci_core_internet_gateway).toBeUndefined();
    for (const subnet of Object.values<any>(infra.resource.oci_core_subnet)) {
      expect(subnet.prohibit_public_ip_on_vnic).toBe(true);
    }
  });

  test('new vault and HSM keys, one node pool, a bastion', () => {
    expect(Object.keys(infra.resource.oci_kms_vault)).toHaveLength(1);
    for (const key of Object.values<any>(infra.resource.oci_kms_key)) expect(key.protection_mode).toBe('HSM');
    expect(Object.keys(infra.resource.oci_containerengine_node_pool)).toHaveLength(1);
    expect(Object.keys(infra.resource.oci_bastion_bastion)).toHaveLength(1);
  });
});

describe('examples/bring-your-own', () => {
  const app = synthApp(build('bring-your-own'));
  afterAll(() => app.cleanup());
  const infra = app.stacks.find((s) => s.name === 'byo')!.json;

  test('creates no VCN, subnet, gateway or route table: only NSGs, in the existing VCN', () => {
    for (const type of ['oci_core_vcn', 'oci_core_subnet', 'oci_core_nat_gateway', 'oci_core_internet_gateway', 'oci_core_route_table']) {
      expect({ type, created: infra.resource[type] }).toEqual({ type, created: undefined });
    }
    const nsgs = Object.values<any>(infra.resource.oci_core_network_security_group);
    expect(nsgs.length).toBeGreaterThan(0);
    for (const nsg of nsgs) expect(nsg.vcn_id).toBe(BYO_SETTINGS.vcnId);
  });

  test('creates no vault or key; the cluster and node pools use the existing keys', () => {
    expect(infra.resource.oci_kms_vault).toBeUndefined();
    expect(infra.resource.oci_kms_key).toBeUndefined();
    const [cluster] = Object.values<any>(infra.resource.oci_containerengine_cluster);
    expect(cluster.kms_key_id).toBe(BYO_SETTINGS.secretsKeyId);
    expect(cluster.image_policy_config.key_details).toEqual([{ kms_key_id: BYO_SETTINGS.signingKeyId }]);
    expect(cluster.endpoint_config.subnet_id).toBe(BYO_SETTINGS.subnetIds.apiEndpoint);
    const pools = Object.values<any>(infra.resource.oci_containerengine_node_pool);
    expect(pools).toHaveLength(2);
    for (const pool of pools) expect(pool.node_config_details.kms_key_id).toBe(BYO_SETTINGS.volumesKeyId);
  });

  test('the key policy names the existing keys', () => {
    const statements = Object.values<any>(infra.resource.oci_identity_policy).flatMap((p) => p.statements as string[]).join('\n');
    expect(statements).toContain(BYO_SETTINGS.secretsKeyId);
    expect(statements).toContain(BYO_SETTINGS.volumesKeyId);
  });
});
