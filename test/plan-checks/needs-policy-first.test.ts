import { buildCluster, resourcesOf, synthValid } from '../support';

/** Addresses a resource waits for: its depends_on plus the resources its attributes reference. */
function waitsFor(block: any): Set<string> {
  const deps = new Set<string>(block.depends_on ?? []);
  for (const m of JSON.stringify({ ...block, depends_on: undefined }).matchAll(/\$\{(oci_[a-z_]+\.[A-Za-z0-9_-]+)/g)) deps.add(m[1]);
  return deps;
}

/** Whether `from` waits for `to`, directly or through other resources of the stack. */
function reaches(json: any, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const address = stack.pop()!;
    if (address === to && address !== from) return true;
    if (seen.has(address)) continue;
    seen.add(address);
    const [type, name] = address.split('.');
    const block = json.resource?.[type]?.[name];
    if (block) stack.push(...waitsFor(block));
  }
  return false;
}

function addressOf(json: any, type: string, namePart: string): string {
  const names = Object.keys(resourcesOf(json, type)).filter((n) => n.includes(namePart));
  expect(names).toHaveLength(1);
  return `${type}.${names[0]}`;
}

describe('what needs an IAM policy first waits for it (depends_on)', () => {
  const { stack, cluster } = buildCluster({ nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', size: 3 }, { name: 'apps', shape: 'VM.Standard.E5.Flex', minSize: 1, maxSize: 3 }] });
  cluster.addNodePool({ name: 'late', shape: 'VM.Standard.E5.Flex', size: 1 });
  const json = synthValid(stack);
  const theCluster = `oci_containerengine_cluster.${Object.keys(resourcesOf(json, 'oci_containerengine_cluster'))[0]}`;
  const pools = Object.keys(resourcesOf(json, 'oci_containerengine_node_pool')).map((n) => `oci_containerengine_node_pool.${n}`);

  test('the cluster waits for the key policy and for the image-verification policy', () => {
    const block = resourcesOf(json, 'oci_containerengine_cluster')[theCluster.split('.')[1]];
    expect(block.depends_on).toEqual(expect.arrayContaining([addressOf(json, 'oci_identity_policy', 'prod_keys_key-policy'), addressOf(json, 'oci_identity_policy', 'verification-policy')]));
    expect(block.image_policy_config.is_policy_enabled).toBe(true);
  });

  test('every node pool (addNodePool too) waits for the key policy and the log agent policy, and the cluster', () => {
    expect(pools).toHaveLength(3);
    for (const pool of pools) {
      expect(reaches(json, pool, addressOf(json, 'oci_identity_policy', 'prod_keys_key-policy'))).toBe(true);
      expect(reaches(json, pool, addressOf(json, 'oci_identity_policy', 'agent-policy'))).toBe(true);
      expect(reaches(json, pool, theCluster)).toBe(true);
    }
  });

  test('the cluster autoscaler add-on comes after its workload-identity policy (next stack); connectors wait for theirs', () => {
    // The add-on needs running pods, so it lives in the Kubernetes stack after Cilium (see apply-order.test.ts); its
    // IAM policy is in this, the infrastructure stack, which is applied before the Kubernetes stack.
    expect(resourcesOf(json, 'oci_containerengine_addon')).toEqual({});
    addressOf(json, 'oci_identity_policy', 'cluster-autoscaler_policy');
    const k8s = synthValid(cluster.configStack);
    expect(Object.keys(resourcesOf(k8s, 'oci_containerengine_addon')).filter((n) => n.includes('autoscaler'))).toHaveLength(1);
    for (const name of Object.keys(resourcesOf(json, 'oci_sch_service_connector'))) {
      const deps: string[] = resourcesOf(json, 'oci_sch_service_connector')[name].depends_on;
      expect(deps.some((d) => d.startsWith('oci_identity_policy.'))).toBe(true);
    }
  });
});
