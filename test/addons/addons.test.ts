import { ClusterAutoscalerAddon } from '../../lib/addons/cluster-autoscaler-addon';
import { CertManagerAddon } from '../../lib/addons/cert-manager-addon';
import { OkeAddon } from '../../lib/addons/oke-addon';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { newStack, synthValid, resourcesOf, OCIDS } from '../support';

const CLUSTER = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';
const POOL = (n: string) => `ocid1.nodepool.oc1.eu-frankfurt-1.aaaaaaaa${n}`;
const NETWORK_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaanetwork';
const WORKLOAD = `ALL {request.principal.type = 'workload', request.principal.namespace = 'kube-system', request.principal.service_account = 'cluster-autoscaler', request.principal.cluster_id = '${CLUSTER}'}`;

function synthAutoscaler(props: Partial<ConstructorParameters<typeof ClusterAutoscalerAddon>[2]> = {}) {
  const stack = newStack();
  new ClusterAutoscalerAddon(stack, 'ca', {
    compartmentId: OCIDS.compartment, clusterId: CLUSTER, clusterName: 'prod', kubernetesVersion: 'v1.33.1',
    nodePools: [{ nodePoolId: POOL('apps'), minSize: 2, maxSize: 10 }, { nodePoolId: POOL('batch'), minSize: 1, maxSize: 4 }],
    ...props,
  });
  const json = synthValid(stack);
  return { json, addon: Object.values(resourcesOf(json, 'oci_containerengine_addon'))[0], policies: resourcesOf(json, 'oci_identity_policy') };
}

const config = (addon: any) => Object.fromEntries(addon.configurations.map((c: any) => [c.key, c.value]));

describe('ClusterAutoscalerAddon', () => {
  test('installs the ClusterAutoscaler add-on for the listed pools with workload identity', () => {
    const { addon } = synthAutoscaler();
    expect(addon.addon_name).toBe('ClusterAutoscaler');
    expect(addon.cluster_id).toBe(CLUSTER);
    expect(addon.remove_addon_resources_on_delete).toBe(true);
    expect(addon.version).toBe('v1.33.3');
    expect(config(addon)).toEqual({ nodes: `2:10:${POOL('apps')},1:4:${POOL('batch')}`, authType: 'workload', numOfReplicas: '1' });
  });

  test('the policy is exactly Oracle\'s six statements, in the cluster compartment, conditioned on this cluster\'s autoscaler', () => {
    const { policies, addon } = synthAutoscaler();
    const all = Object.entries(policies);
    expect(all).toHaveLength(1);
    const [name, policy] = all[0];
    expect(policy.compartment_id).toBe(OCIDS.compartment);
    expect(policy.statements).toEqual([
      'manage cluster-node-pools', 'manage instance-family', 'use subnets', 'read virtual-network-family', 'use vnics', 'inspect compartments',
    ].map((p) => `Allow any-user to ${p} in compartment id ${OCIDS.compartment} where ${WORKLOAD}`));
    expect(policy.statements.join('\n')).not.toMatch(/tenancy|all-resources|dynamic-group/);
    expect(addon.depends_on).toEqual([`oci_identity_policy.${name}`]);
  });

  test('a separate network compartment gets the network statements only', () => {
    const { policies } = synthAutoscaler({ networkCompartmentId: NETWORK_COMPARTMENT });
    const network = Object.values(policies).find((p: any) => p.compartment_id === NETWORK_COMPARTMENT);
    expect(network.statements).toEqual(['use subnets', 'read virtual-network-family', 'use vnics', 'inspect compartments']
      .map((p) => `Allow any-user to ${p} in compartment id ${NETWORK_COMPARTMENT} where ${WORKLOAD}`));
  });

  test('a pinned version and replicas are passed through', () => {
    const { addon } = synthAutoscaler({ version: 'v1.34.0-1', replicas: 2 });
    expect(addon.version).toBe('v1.34.0-1');
    expect(config(addon).numOfReplicas).toBe('2');
  });

  test.each([
    [{ nodePools: [] }, 'nodePools'],
    [{ nodePools: [{ nodePoolId: POOL('a'), minSize: 3, maxSize: 2 }] }, 'nodePools[0]'],
    [{ replicas: 0 }, 'replicas'],
    [{ version: 'latest' }, 'version'],
    [{ version: 'v1.33.3', autoUpdate: true }, 'autoUpdate'],
    [{ autoUpdate: 'yes' }, 'autoUpdate'],
    [{ kubernetesVersion: undefined }, 'version'],
    [{ kubernetesVersion: '1.33' }, 'version'],
    [{ kubernetesVersion: 'v1.36.0' }, 'version'],
    [{ compartmentId: 'ocid1.key.oc1..x' }, 'compartmentId'],
    [{ clusterId: OCIDS.compartment }, 'clusterId'],
  ])('refuses %j naming %s', (props, property) => {
    let error: unknown;
    try { synthAutoscaler(props as any); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
  });
});

describe('pinned add-on versions', () => {
  // Oracle, "Cluster Add-on Supported Versions": the latest version supported with each Kubernetes minor.
  test.each([
    ['v1.32.1', 'v1.32.5', 'v1.17.1'],
    ['v1.32.10', 'v1.32.5', 'v1.17.1'],
    ['v1.33.1', 'v1.33.3', 'v1.17.1'],
    ['v1.34.2', 'v1.34.2', 'v1.17.1'],
  ])('on Kubernetes %s the autoscaler is pinned to %s and cert-manager to %s', (kubernetesVersion, autoscaler, certManager) => {
    expect(synthAutoscaler({ kubernetesVersion }).addon.version).toBe(autoscaler);
    const stack = newStack();
    const cm = new CertManagerAddon(stack, 'cm', { clusterId: CLUSTER, kubernetesVersion });
    expect(cm.version).toBe(certManager);
    expect(Object.values(resourcesOf(synthValid(stack), 'oci_containerengine_addon'))[0].version).toBe(certManager);
  });

  test('the table has a version of each add-on for every Kubernetes minor the library accepts, and the autoscaler follows the minor', () => {
    const table = require('../../lib/core/data/oke-addon-versions.json');
    const { OKE_SUPPORTED_MINORS } = require('../../lib/core/kubernetes-version');
    expect(table.source).toMatch(/Cluster Add-on Supported Versions/);
    expect(Date.parse(table.readOn)).toBeLessThanOrEqual(Date.now());
    for (const [addon, byMinor] of Object.entries<Record<string, string>>(table.addons)) {
      expect({ addon, minors: Object.keys(byMinor).sort() }).toEqual({ addon, minors: [...OKE_SUPPORTED_MINORS].sort() });
      for (const version of Object.values(byMinor)) expect(version).toMatch(/^v\d+\.\d+\.\d+$/);
    }
    for (const [minor, version] of Object.entries<string>(table.addons.ClusterAutoscaler)) expect(version.startsWith(`v${minor}.`)).toBe(true);
  });

  test('the README\'s version table is the data file', () => {
    const table = require('../../lib/core/data/oke-addon-versions.json');
    const readme = require('fs').readFileSync(require('path').join(__dirname, '..', '..', 'README.md'), 'utf8') as string;
    const header = /^\| Add-on \| Kubernetes ([\d.]+) \|(.*)\|$/m.exec(readme);
    expect(header).not.toBeNull();
    const minors = [header![1], ...header![2].split('|').map((c) => c.trim())];
    for (const addon of Object.keys(table.addons)) {
      const row = new RegExp(`^\\| \`${addon}\` \\| (.*) \\|$`, 'm').exec(readme.slice(header!.index));
      expect(row).not.toBeNull();
      const cells = row![1].split('|').map((c) => c.trim().replace(/`/g, ''));
      expect(Object.fromEntries(minors.map((m, i) => [m, cells[i]]))).toEqual(table.addons[addon]);
    }
    expect(readme).toContain(`oke-addon-versions.json\` (read ${table.readOn})`);
  });

  test('autoUpdate installs no pinned version (Oracle keeps the newest)', () => {
    const { addon } = synthAutoscaler({ autoUpdate: true });
    expect(addon.version).toBeUndefined();
  });
});

describe('OkeAddon and CertManagerAddon', () => {
  test('cert-manager is the CertManager add-on, removed with the resource, with a pinned version when given', () => {
    const stack = newStack();
    new CertManagerAddon(stack, 'cm', { clusterId: CLUSTER, version: 'v1.16.2' });
    const addon = Object.values(resourcesOf(synthValid(stack), 'oci_containerengine_addon'))[0];
    expect(addon).toMatchObject({ addon_name: 'CertManager', cluster_id: CLUSTER, version: 'v1.16.2', remove_addon_resources_on_delete: true });
    expect(addon.override_existing).toBeUndefined();
    expect(config(addon)).toEqual({ numOfReplicas: '1' });
  });

  test('an essential add-on is configured in place and never removed from the cluster', () => {
    const stack = newStack();
    const dns = new OkeAddon(stack, 'dns', { clusterId: CLUSTER, addonName: 'CoreDNS', configurations: { nodesPerReplica: '4' } });
    const addon = Object.values(resourcesOf(synthValid(stack), 'oci_containerengine_addon'))[0];
    expect(dns.essential).toBe(true);
    expect(addon.remove_addon_resources_on_delete).toBe(false);
    expect(addon.override_existing).toBe(true);
  });

  test.each([
    [{ addonName: 'Cert Manager' }, 'addonName'],
    [{ addonName: 'CertManager', version: '1.x' }, 'version'],
    [{ addonName: 'CertManager', configurations: { 'bad key': 'x' } }, 'configurations.bad key'],
    [{ addonName: 'CertManager', configurations: { numOfReplicas: '' } }, 'configurations.numOfReplicas'],
    [{ addonName: 'CertManager', configurations: { annotations: 'x'.repeat(256) } }, 'configurations.annotations'],
  ])('refuses %j naming %s', (props, property) => {
    let error: unknown;
    try { new OkeAddon(newStack(), 'a', { clusterId: CLUSTER, ...props } as any); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
  });
});
