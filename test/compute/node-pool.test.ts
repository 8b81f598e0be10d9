import { NodePool } from '../../lib/compute/node-pool';
import { flexShapeProblem, shapeArch } from '../../lib/compute/private/flex-shapes';
import { CniType } from '../../lib/network/cni-type';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { newStack, synthValid, resourcesOf, dataOf, OCIDS, CLUSTER_ID, NSG, importedCluster, importedKeys, importedNetwork } from '../support';

const CLUSTER = CLUSTER_ID;
const WORKER_NSG = NSG('workers');
const POD_NSG = NSG('pods');

function synthPool({ cni, ...props }: Partial<ConstructorParameters<typeof NodePool>[2]> & { cni?: CniType } = {}) {
  const stack = newStack();
  new NodePool(stack, 'pool', {
    name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3,
    cluster: importedCluster(stack), network: importedNetwork(stack, { cni }), keys: importedKeys(stack),
    ...props,
  });
  const json = synthValid(stack);
  return { json, pool: Object.values(resourcesOf(json, 'oci_containerengine_node_pool'))[0] };
}

describe('NodePool', () => {
  test('cycles nodes with a surge node and none unavailable, with eviction settings', () => {
    const { pool } = synthPool();
    expect(pool.node_pool_cycling_details).toEqual({ is_node_cycling_enabled: true, maximum_surge: '1', maximum_unavailable: '0' });
    expect(pool.node_eviction_node_pool_settings).toEqual({ eviction_grace_duration: 'PT60M', is_force_delete_after_grace_duration: false });
  });

  test('legacy IMDS is off and there is no SSH key', () => {
    const { pool } = synthPool();
    expect(pool.node_metadata.areLegacyImdsEndpointsDisabled).toBe('true');
    expect(Object.keys(pool.node_metadata).sort()).toEqual(['areLegacyImdsEndpointsDisabled', 'user_data']);
    expect(pool.ssh_public_key).toBeUndefined();
  });

  test('boot volumes use the Vault key and in-transit encryption', () => {
    const { pool } = synthPool();
    const cfg = pool.node_config_details;
    expect(cfg.kms_key_id).toBe(OCIDS.key);
    expect(cfg.is_pv_encryption_in_transit_enabled).toBe(true);
    expect(cfg.nsg_ids).toEqual([WORKER_NSG]);
  });

  test('spreads over every availability domain and uses the pod subnet and NSG for VCN-native pods', () => {
    const { pool, json } = synthPool();
    const cfg = pool.node_config_details;
    const placement = cfg.dynamic.placement_configs;
    expect(placement.for_each).toMatch(/data\.oci_identity_availability_domains\..*\.availability_domains/);
    expect(placement.content).toEqual({ availability_domain: '${each.value.name}', subnet_id: OCIDS.subnet('workers') });
    expect(Object.keys(dataOf(json, 'oci_identity_availability_domains'))).toHaveLength(1);
    expect(cfg.node_pool_pod_network_option_details).toEqual({ cni_type: 'OCI_VCN_IP_NATIVE', pod_subnet_ids: [OCIDS.subnet('pods')], pod_nsg_ids: [POD_NSG], max_pods_per_node: 31 });
  });

  test('follows the newest OKE image for the cluster version; the pool version equals the cluster version', () => {
    const { pool, json } = synthPool();
    expect(pool.kubernetes_version).toBe('v1.33.1');
    const options = Object.values(dataOf(json, 'oci_containerengine_node_pool_option'))[0];
    expect(options).toMatchObject({ node_pool_option_id: CLUSTER, node_pool_k8s_version: 'v1.33.1', node_pool_os_arch: 'X86_64' });
    // Selection by name, newest first: test/compute/node-image.test.ts.
    expect(pool.node_source_details.image_id).toMatch(/^\$\{split\(" ", reverse\(sort\(\[for m in \[for s in data\.oci_containerengine_node_pool_option\.[^.]+\.sources : /);
    expect(pool.node_shape_config).toEqual({ ocpus: 2, memory_in_gbs: 16 });
  });

  test('a pinned image is used as given, with no image lookup', () => {
    const image = 'ocid1.image.oc1.eu-frankfurt-1.aaaaaaaapinned';
    const { pool, json } = synthPool({ imageId: image });
    expect(pool.node_source_details.image_id).toBe(image);
    expect(dataOf(json, 'oci_containerengine_node_pool_option')).toEqual({});
  });

  test('flex shape limits and architectures come from the shape table', () => {
    expect(flexShapeProblem('VM.Standard.E5.Flex', 2, 16)).toBeUndefined();
    expect(flexShapeProblem('VM.Standard.E5.Flex', 95, 16)?.property).toBe('ocpus');
    expect(flexShapeProblem('VM.Standard.E5.Flex', 2, 129)?.property).toBe('memoryGbs');
    expect(flexShapeProblem('VM.Standard.E5.Flex', 4, 2)?.property).toBe('memoryGbs');
    expect(shapeArch('VM.Standard.A1.Flex')).toBe('AARCH64');
    expect(shapeArch('VM.Standard.E5.Flex')).toBe('X86_64');
    expect(shapeArch('VM.Standard.A2.Flex')).toBe('AARCH64');
    expect(shapeArch('BM.Standard.A1.160')).toBe('AARCH64');
    // GPU shapes named after NVIDIA's A10/A100 have Intel or AMD CPUs ("Compute Shapes", GPU Shapes).
    expect(shapeArch('VM.GPU.A10.1')).toBe('X86_64');
    expect(shapeArch('BM.GPU.A10.4')).toBe('X86_64');
  });

  test.each([
    [{ size: 0 }, 'size'],
    [{ size: 1001 }, 'size'],
    [{ ocpus: 200 }, 'ocpus'],
    [{ memoryGbs: 0.5 }, 'memoryGbs'],
    [{ name: 'System Pool' }, 'name'],
    [{ maximumSurge: '0' }, 'maximumSurge'],
    [{ imageId: 'ocid1.key.oc1..x' }, 'imageId'],
    [{ cluster: undefined }, 'cluster'],
    [{ network: undefined }, 'network'],
    [{ keys: undefined }, 'keys'],
    [{ shape: 'VM.Standard2.4', allowUnknownShape: true, ocpus: 4 }, 'ocpus'],
  ])('refuses %j naming %s', (props, property) => {
    let error: unknown;
    try { synthPool(props as any); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
  });
});
