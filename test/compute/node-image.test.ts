import { NodePool } from '../../lib/compute/node-pool';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { buildCluster, CLUSTER_ID, dataOf, newStack, OCIDS, resourcesOf, synthValid, importedCluster, importedKeys, importedNetwork, SYSTEM_POOL } from '../support';

/**
 * OKE image names as Oracle lists them ("All OKE Worker Node Oracle Linux 8.x/9.x Images", and the example of
 * "Supported Images ... for Worker Nodes"), plus platform images (no OKE part) and a name of an unknown variant.
 */
const SOURCES: Array<{ source_type: string; image_id: string; source_name: string }> = [
  ['ol8-x86-2024', 'Oracle-Linux-8.9-2024.01.26-0-OKE-1.33.1-679'],
  ['ol8-x86-2025-build999', 'Oracle-Linux-8.10-2025.09.30-0-OKE-1.33.1-999'],
  ['ol8-x86-2025-build1200', 'Oracle-Linux-8.10-2025.09.30-0-OKE-1.33.1-1200'],
  ['ol8-x86-2025-rebuild1', 'Oracle-Linux-8.10-2025.09.30-1-OKE-1.33.1-1100'],
  ['ol8-x86-2025-12', 'Oracle-Linux-8.10-2025.12.01-0-OKE-1.33.1-1300'],
  ['ol8-x86-1.33.10', 'Oracle-Linux-8.10-2026.06.15-0-OKE-1.33.10-1505'],
  ['ol8-x86-1.34.1', 'Oracle-Linux-8.10-2026.06.15-0-OKE-1.34.1-1505'],
  ['ol8-arm-old', 'Oracle-Linux-8.10-aarch64-2025.09.30-0-OKE-1.33.1-1200'],
  ['ol8-arm-new', 'Oracle-Linux-8.10-aarch64-2025.12.01-0-OKE-1.33.1-1300'],
  ['ol8-gpu', 'Oracle-Linux-8.10-Gen2-GPU-2025.12.01-0-OKE-1.33.1-1300'],
  ['ol8-gpu-older', 'Oracle-Linux-8.10-Gen2-GPU-2025.09.30-0-OKE-1.33.1-1200'],
  ['ol9-x86', 'Oracle-Linux-9.7-2026.06.15-0-OKE-1.33.1-1505'],
  ['ol9-arm', 'Oracle-Linux-9.7-aarch64-2026.06.15-0-OKE-1.33.1-1505'],
  ['ol8-platform', 'Oracle-Linux-8.10-2026.06.15-0'],
  ['ol8-unknown-variant', 'Oracle-Linux-8.10-Gen2-GPU-AMD-2026.06.15-0-OKE-1.33.1-1505'],
  ['ol8-unknown-suffix', 'Oracle-Linux-8.10-2026.06.15-0-OKE-1.33.1-1505-preview'],
].map(([image_id, source_name]) => ({ source_type: 'IMAGE', image_id, source_name }));

function lifecycleOf(block: any): { precondition?: Array<{ condition: string; error_message: string }>; ignore_changes?: string[] } {
  return block.lifecycle ?? {};
}

/** The node pool resources and their image data sources of a synthesized stack. */
function pools(json: any) {
  return Object.values(resourcesOf(json, 'oci_containerengine_node_pool')) as any[];
}

/** The `ranked` list expression inside `${split(" ", <ranked>[0])[1]}`. */
function rankedOf(imageId: string): string {
  const m = /^\$\{split\(" ", (reverse\(sort\(.*\)\))\[0\]\)\[1\]\}$/.exec(imageId);
  expect(m).not.toBeNull();
  return m![1];
}

/**
 * Evaluates the synthesized selection on `sources` in JavaScript, reading every part from the expression: the RE2
 * pattern (RE2 and JavaScript agree on this subset: anchors, classes, counted repeats, groups), the source_type
 * filter, and the format() sort key with its argument order; then reverse(sort()) and [0] as Terraform does them.
 * Terraform itself runs the same expression in `npm run check:terraform` (see the CHANGELOG); npm test needs no terraform.
 */
function evaluate(imageId: string, sources = SOURCES): string[] {
  const ranked = rankedOf(imageId);
  const patterns = [...ranked.matchAll(/regex\(("(?:[^"\\]|\\.)*"), s\.source_name\)/g)].map((m) => JSON.parse(m[1]) as string);
  expect(patterns).toHaveLength(2);
  expect(patterns[0]).toBe(patterns[1]);
  const pattern = new RegExp(patterns[0]);
  expect(ranked).toContain('if s.source_type == "IMAGE" && can(regex(');
  const fmt = /format\("([^"]+)", (.+)\)\]\)\)$/.exec(ranked);
  expect(fmt).not.toBeNull();
  const args = fmt![2].split(', ');
  const keys = sources.filter((s) => s.source_type === 'IMAGE' && pattern.test(s.source_name)).map((s) => {
    const v = pattern.exec(s.source_name)!.slice(1);
    const values = args.map((a) => {
      const idx = /^(tonumber\()?m\.v\[(\d)\]\)?$/.exec(a);
      if (a === 'm.id') return s.image_id;
      expect(idx).not.toBeNull();
      return idx![1] ? Number(v[Number(idx![2])]) : v[Number(idx![2])];
    });
    let i = 0;
    return fmt![1].replace(/%(0(\d+))?([sd])/g, (_, _p, width, kind) => {
      const value = values[i++];
      return kind === 'd' ? String(value).padStart(Number(width ?? 0), '0') : String(value);
    });
  });
  // Terraform's sort is lexical on strings, like JavaScript's default sort.
  return keys.sort().reverse().map((k) => k.split(' ')[1]);
}

function synthPool(props: Partial<ConstructorParameters<typeof NodePool>[2]> = {}) {
  const stack = newStack();
  const construct = new NodePool(stack, 'pool', {
    name: 'system', shape: 'VM.Standard.E5.Flex', size: 3,
    cluster: importedCluster(stack), network: importedNetwork(stack), keys: importedKeys(stack), ...props,
  });
  const json = synthValid(stack);
  return { json, construct, pool: pools(json)[0], options: Object.values(dataOf(json, 'oci_containerengine_node_pool_option')) as any[] };
}

describe('node image selection', () => {
  test('default: the newest OKE Oracle Linux 8 x86_64 non-GPU image of the exact version, newest by the date and build in its name', () => {
    const { pool, options } = synthPool();
    expect(options).toHaveLength(1);
    expect(options[0]).toMatchObject({ node_pool_k8s_version: 'v1.33.1', node_pool_os_type: 'OL8', node_pool_os_arch: 'X86_64' });
    const ranked = evaluate(pool.node_source_details.image_id);
    // Newest first: a later date wins over a higher build, rebuild 1 over 0 on the same date, build 1200 over 999
    // (numeric, not lexical), and 8.10 of 2025 over 8.9 of 2024 (8.9 sorts after 8.10 as text).
    expect(ranked).toEqual(['ol8-x86-2025-12', 'ol8-x86-2025-rebuild1', 'ol8-x86-2025-build1200', 'ol8-x86-2025-build999', 'ol8-x86-2024']);
  });

  test('each attribute narrows the match: Kubernetes version exactly, architecture, GPU, OS version, OKE images only', () => {
    const pick = (props: Partial<ConstructorParameters<typeof NodePool>[2]>) => evaluate(synthPool(props).pool.node_source_details.image_id);
    // 1.33.1 never matches 1.33.10; the pool's own version is used, not the cluster's.
    expect(pick({ kubernetesVersion: 'v1.33.1' })).not.toContain('ol8-x86-1.33.10');
    const stack = newStack();
    const newer = new NodePool(stack, 'pool', {
      name: 'system', shape: 'VM.Standard.E5.Flex', cluster: importedCluster(stack, { kubernetesVersion: 'v1.34.1' }),
      network: importedNetwork(stack), keys: importedKeys(stack),
    });
    expect(newer.kubernetesVersion).toBe('v1.34.1');
    expect(evaluate((pools(synthValid(stack))[0]).node_source_details.image_id)).toEqual(['ol8-x86-1.34.1']);
    // Arm shapes take aarch64 images only (and OKE's arch filter says so too).
    expect(pick({ shape: 'VM.Standard.A1.Flex' })).toEqual(['ol8-arm-new', 'ol8-arm-old']);
    expect(synthPool({ shape: 'VM.Standard.A1.Flex' }).options[0].node_pool_os_arch).toBe('AARCH64');
    expect(pick({ shape: 'BM.Standard.A1.160', allowUnknownShape: true })).toEqual(['ol8-arm-new', 'ol8-arm-old']);
    // GPU shapes (x86_64 CPUs, although named after an A10 GPU) take the GPU images; no other shape does.
    const gpu = synthPool({ shape: 'VM.GPU.A10.1', allowUnknownShape: true });
    expect(gpu.options[0].node_pool_os_arch).toBe('X86_64');
    expect(evaluate(gpu.pool.node_source_details.image_id)).toEqual(['ol8-gpu', 'ol8-gpu-older']);
    for (const shape of ['VM.Standard.E5.Flex', 'VM.Standard.A1.Flex']) {
      expect(pick({ shape }).filter((id) => id.includes('gpu'))).toEqual([]);
    }
    // Oracle Linux 9: OKE's nodePoolOsType filter has no OL9 value, so only the name selects.
    const ol9 = synthPool({ imageOsVersion: '9' });
    expect(ol9.options[0].node_pool_os_type).toBeUndefined();
    expect(evaluate(ol9.pool.node_source_details.image_id)).toEqual(['ol9-x86']);
    expect(pick({ imageOsVersion: '9', shape: 'VM.Standard.A1.Flex' })).toEqual(['ol9-arm']);
    // Platform images, other source types and unknown name variants never match.
    const all = ['8', '9'].flatMap((os) => ['VM.Standard.E5.Flex', 'VM.Standard.A1.Flex'].flatMap((shape) => pick({ imageOsVersion: os, shape })));
    expect(all).not.toContain('ol8-platform');
    expect(all).not.toContain('ol8-unknown-variant');
    expect(all).not.toContain('ol8-unknown-suffix');
    const notImage = SOURCES.map((s) => ({ ...s, source_type: 'BOOT_VOLUME' }));
    expect(evaluate(synthPool().pool.node_source_details.image_id, notImage)).toEqual([]);
  });

  test('a plan-time precondition names imageId when no image matches, on the same ranked list the image comes from', () => {
    const { pool } = synthPool();
    // The pool's other preconditions (availability domains, capacity reservations) are about placement.
    const pre = (lifecycleOf(pool).precondition ?? []).filter((c) => /imageId/.test(c.error_message));
    expect(pre).toHaveLength(1);
    expect(pre[0].condition).toBe(`\${length(${rankedOf(pool.node_source_details.image_id)}) > 0}`);
    expect(pre[0].error_message).toMatch(/^imageId: node pool system: OKE offers no OKE Oracle Linux 8 x86_64 image for Kubernetes v1\.33\.1 \(oci ce node-pool-options get --node-pool-option-id <cluster OCID>, data\.sources\)\. Fix: pin imageId .*kubernetesVersion, imageOsVersion or shape/);
    expect(evaluate(pool.node_source_details.image_id, [])).toEqual([]);
  });

  test('every pool of a HardenedCluster has the precondition, addNodePool pools included, named by their prop path', () => {
    const { stack, cluster } = buildCluster({ nodePools: [SYSTEM_POOL, { name: 'arm', shape: 'VM.Standard.A1.Flex', ocpus: 2, memoryGbs: 12, size: 1 }] });
    cluster.addNodePool({ name: 'late', shape: 'VM.Standard.E5.Flex', size: 1, imageOsVersion: '9' });
    const json = synthValid(stack);
    const byName = Object.fromEntries(pools(json).map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['prod-arm', 'prod-late', 'prod-system']);
    const messages = Object.fromEntries(Object.entries(byName).map(([n, p]) => [n, (lifecycleOf(p).precondition ?? []).map((c) => c.error_message).filter((m) => /imageId: /.test(m))]));
    expect(messages['prod-system']).toEqual([expect.stringMatching(/^nodePools\[0\]\.imageId: node pool system: .*Oracle Linux 8 x86_64 /)]);
    expect(messages['prod-arm']).toEqual([expect.stringMatching(/^nodePools\[1\]\.imageId: node pool arm: .*Oracle Linux 8 aarch64 /)]);
    expect(messages['prod-late']).toEqual([expect.stringMatching(/^addNodePool\.imageId: node pool late: .*Oracle Linux 9 x86_64 /)]);
    expect(evaluate(byName['prod-late'].node_source_details.image_id)).toEqual(['ol9-x86']);
    expect(Object.keys(dataOf(json, 'oci_containerengine_node_pool_option'))).toHaveLength(3);
    expect(messages['prod-system'][0]).toMatch(/--node-pool-option-id all, data\.sources\)/);
  });

  test('the cluster the library creates has no OCID at plan: its pools read the options with "all" and the compartment, known at plan', () => {
    const json = synthValid(buildCluster().stack);
    const options = Object.values(dataOf(json, 'oci_containerengine_node_pool_option')) as any[];
    expect(options).toEqual([expect.objectContaining({ node_pool_option_id: 'all', compartment_id: OCIDS.compartment, node_pool_k8s_version: 'v1.33.1' })]);
    // Nothing in the read refers to a resource of the apply, so Terraform reads it, and judges the image, at plan.
    expect(JSON.stringify(options[0])).not.toMatch(/\$\{/);
  });

  test('an existing cluster (a literal OCID) is asked for its own options', () => {
    expect(synthPool().options[0]).toMatchObject({ node_pool_option_id: CLUSTER_ID, compartment_id: OCIDS.compartment });
  });

  test('a pinned imageId is used as given: no image options, but the image is read and checked at plan', () => {
    const image = 'ocid1.image.oc1.eu-frankfurt-1.aaaaaaaapinned';
    const { json, pool, options, construct } = synthPool({ imageId: image });
    expect(pool.node_source_details.image_id).toBe(image);
    expect(options).toEqual([]);
    expect(construct.imageOptions).toBeUndefined();
    const reads = Object.entries(dataOf(json, 'oci_core_image')) as Array<[string, any]>;
    expect(reads.map(([, r]) => r.image_id)).toEqual([image]);
    const pre = (lifecycleOf(pool).precondition ?? []).filter((c) => /^imageId: /.test(c.error_message));
    expect(pre.map((c) => c.condition)).toContainEqual(`\${data.oci_core_image.${reads[0][0]}.state == "AVAILABLE"}`);
    for (const c of pre) expect(c.error_message).toMatch(/^imageId: .+\. Fix: .+/);
  });

  test('a pinned OKE image must have the pool\'s Kubernetes version and the shape\'s architecture in its name; other images only their state', () => {
    /** `${...}` of a condition on the image's display_name, judged like Terraform's can(regex()) would. */
    const judge = (condition: string, displayName: string): boolean => {
      const expr = condition.slice(2, -1).replace(/can\(regex\(("(?:[^"\\]|\\.)*"), [^)]+\)\)/g, (_m, p: string) => String(new RegExp(JSON.parse(p)).test(displayName)));
      expect(expr).toMatch(/^(true|false|!| \|\| )+$/);
      return Function(`return ${expr}`)() as boolean;
    };
    const failing = (props: Partial<ConstructorParameters<typeof NodePool>[2]>, displayName: string) => (lifecycleOf(synthPool({ imageId: 'ocid1.image.oc1.eu-frankfurt-1.aaaaaaaapinned', ...props }).pool).precondition ?? [])
      .filter((c) => c.condition.includes('display_name') && !judge(c.condition, displayName)).map((c) => c.error_message.split('. Fix:')[0]);
    const x86 = 'Oracle-Linux-8.10-2025.09.30-0-OKE-1.33.1-1200';
    const arm = 'Oracle-Linux-8.10-aarch64-2025.09.30-0-OKE-1.33.1-1200';
    expect(failing({}, x86)).toEqual([]);
    expect(failing({}, 'Oracle-Linux-9.6-Gen2-GPU-2025.09.30-0-OKE-1.33.1-1200')).toEqual([]);
    expect(failing({ shape: 'VM.Standard.A1.Flex', ocpus: 2, memoryGbs: 12 }, arm)).toEqual([]);
    // Platform and custom images carry no version: only their state is checked.
    expect(failing({}, 'Oracle-Linux-8.10-2025.09.30-0')).toEqual([]);
    expect(failing({}, 'my-hardened-node-image')).toEqual([]);
    expect(failing({}, 'Oracle-Linux-8.10-2025.09.30-0-OKE-1.33.10-1200')).toEqual([
      'imageId: the image is an OKE image built for another Kubernetes version than the pool\'s v1.33.1 (the version in its name), and OKE requires the same version']);
    expect(failing({ kubernetesVersion: 'v1.32.1' }, x86)).toEqual([expect.stringMatching(/another Kubernetes version than the pool's v1\.32\.1/)]);
    expect(failing({}, arm)).toEqual(['imageId: the image is an OKE image for aarch64, but the pool\'s shape VM.Standard.E5.Flex is x86_64']);
    expect(failing({ shape: 'VM.Standard.A1.Flex', ocpus: 2, memoryGbs: 12 }, x86)).toEqual(['imageId: the image is an OKE image for x86_64, but the pool\'s shape VM.Standard.A1.Flex is aarch64']);
  });

  test('imageOsVersion: only the versions OKE publishes images for, and not together with imageId', () => {
    const err = (props: Partial<ConstructorParameters<typeof NodePool>[2]>) => {
      try { synthPool(props); } catch (e) { return e as HardenedOkeValidationError; }
      throw new Error('no error');
    };
    expect(err({ imageOsVersion: '7' })).toMatchObject({ property: 'imageOsVersion', message: expect.stringMatching(/^imageOsVersion: "7" is not an Oracle Linux version OKE publishes node images for\. Fix: use one of "8", "9"$/) });
    expect(err({ imageOsVersion: '8.10' }).property).toBe('imageOsVersion');
    expect(err({ imageOsVersion: '8', imageId: 'ocid1.image.oc1.eu-frankfurt-1.aaaaaaaapinned' })).toMatchObject({ property: 'imageOsVersion', message: expect.stringContaining('has no effect with imageId') });
    expect(() => buildCluster({ nodePools: [{ ...SYSTEM_POOL, imageOsVersion: 'OL9' }] })).toThrow(/^nodePools\[0\]\.imageOsVersion: /);
  });
});
