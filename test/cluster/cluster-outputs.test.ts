import { App, TerraformStack, Testing } from 'cdktf';
import { HardenedCluster } from '../../lib';
import { EXAMPLE_SETTINGS, prepareExampleStack } from '../../examples/settings';

function cluster(stack: TerraformStack, name: string) {
  const s = EXAMPLE_SETTINGS;
  return new HardenedCluster(stack, name, {
    compartmentId: s.compartmentId, tenancyId: s.tenancyId, region: s.region, kubernetesVersion: 'v1.33.1',
    bastion: { clientCidrs: [s.bastionClientCidr] }, nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex' }],
  });
}

function outputs(stack: TerraformStack): Record<string, any> {
  return JSON.parse(Testing.synth(stack)).output ?? {};
}

const NAMES = ['bastion_id', 'bastion_port_forward', 'cluster_id', 'kubeconfig_command', 'load_balancer_nsg_id', 'private_endpoint'];
/** Outputs that only some clusters have carry the cluster name in every case (e.g. `prod-gitops-variables`). */
const core = (names: string[]) => names.filter((k) => !k.startsWith('cross-stack-output-') && !/-gitops-variables$/.test(k));

test('one cluster: stable, unhashed output names and a kubeconfig command for the private endpoint', () => {
  const stack = new TerraformStack(Testing.app(), 'prod');
  prepareExampleStack(stack);
  cluster(stack, 'prod');
  const out = outputs(stack);
  expect(core(Object.keys(out)).sort()).toEqual(NAMES);
  expect(Object.keys(out)).toContain('prod-gitops-variables');
  expect(out.cluster_id.value).toMatch(/^\$\{oci_containerengine_cluster\.[^}]+\.id\}$/);
  expect(out.kubeconfig_command.value).toMatch(/^oci ce cluster create-kubeconfig --cluster-id \$\{oci_containerengine_cluster\.[^}]+\.id\} --file \$HOME\/\.kube\/config --region eu-frankfurt-1 --token-version 2\.0\.0 --kube-endpoint PRIVATE_ENDPOINT$/);
  expect(out.bastion_port_forward.value).toContain('oci bastion session create-port-forwarding --bastion-id ${oci_bastion_bastion.');
});

test('two clusters in one stack: every output is prefixed with its cluster name, none collide', () => {
  const app = new App({ outdir: Testing.app().outdir });
  const stack = new TerraformStack(app, 'shared');
  prepareExampleStack(stack);
  cluster(stack, 'blue');
  cluster(stack, 'green');
  const names = core(Object.keys(outputs(stack))).sort();
  expect(names).toEqual([...NAMES.map((n) => `blue_${n}`), ...NAMES.map((n) => `green_${n}`)].sort());
});

test('with a public load balancer subnet: public_load_balancer_subnet_id names it, for the subnet annotation of public Services', () => {
  const stack = new TerraformStack(Testing.app(), 'prod');
  prepareExampleStack(stack);
  const s = EXAMPLE_SETTINGS;
  new HardenedCluster(stack, 'prod', {
    compartmentId: s.compartmentId, tenancyId: s.tenancyId, region: s.region, kubernetesVersion: 'v1.33.1',
    bastion: { clientCidrs: [s.bastionClientCidr] }, nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex' }],
    network: { publicLoadBalancerSubnet: true },
  });
  const json = JSON.parse(Testing.synth(stack));
  const ref = /^\$\{oci_core_subnet\.([^.}]+)\.id\}$/.exec(json.output.public_load_balancer_subnet_id.value)!;
  expect(ref).not.toBeNull();
  expect(json.resource.oci_core_subnet[ref[1]].prohibit_public_ip_on_vnic).toBe(false);
  expect(json.output.public_load_balancer_subnet_id.description).toMatch(/oci-load-balancer-subnet1/);
  // Without one, no such output.
  const plain = new TerraformStack(Testing.app(), 'prod');
  prepareExampleStack(plain);
  cluster(plain, 'prod');
  expect(outputs(plain).public_load_balancer_subnet_id).toBeUndefined();
});
