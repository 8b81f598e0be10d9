import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import type { NodePoolOptions } from './node-pool';
import { requireKnown } from '../core/tokens';
import { requireSshPublicKey } from '../core/ssh-key';
import { flexShapeProblem, isFlexShape, isKnownShape, KNOWN_FLEX_SHAPES } from './private/flex-shapes';
import { OKE_IMAGE_OS_VERSIONS } from './private/node-image';
import { validateNodePoolScheduling } from './validate-node-pool-scheduling';
import { NODE_POOL_DEFAULTS } from './node-pool-defaults';

/** Largest node pool the library accepts (OKE's per-pool node limit). */
const MAX_POOL_SIZE = 1000;

/** Validates the user-facing part of a node pool; `prefix` is the property path, e.g. `nodePools[1].`. */
export function validateNodePoolOptions(options: NodePoolOptions, prefix: string): void {
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(options.name ?? '')) {
    throw new HardenedOkeValidationError(`${prefix}name`, `"${options.name}" is not a valid pool name`, 'use 1 to 31 lowercase letters, digits and dashes, starting with a letter');
  }
  if (!options.shape) {
    throw new HardenedOkeValidationError(`${prefix}shape`, 'is required', 'name a compute shape, e.g. VM.Standard.E5.Flex');
  }
  requireKnown(`${prefix}shape`, options.shape);
  if (!isKnownShape(options.shape) && options.allowUnknownShape !== true) {
    throw new HardenedOkeValidationError(`${prefix}shape`, `"${options.shape}" is not in the library's shape table`,
      `use one of ${KNOWN_FLEX_SHAPES.join(', ')} (shape names are case-sensitive), or set allowUnknownShape: true on this pool for a new shape`);
  }
  for (const key of ['size', 'ocpus', 'memoryGbs', 'bootVolumeSizeGbs', 'maxPodsPerNode'] as const) requireKnown(`${prefix}${key}`, options[key]);
  const size = options.size ?? NODE_POOL_DEFAULTS.size;
  if (!Number.isInteger(size) || size < 1 || size > MAX_POOL_SIZE) {
    throw new HardenedOkeValidationError(`${prefix}size`, `${size} nodes is outside the allowed range`, `use 1 to ${MAX_POOL_SIZE} nodes`);
  }
  if (isFlexShape(options.shape)) {
    const problem = flexShapeProblem(options.shape, options.ocpus ?? NODE_POOL_DEFAULTS.ocpus, options.memoryGbs ?? NODE_POOL_DEFAULTS.memoryGbs);
    if (problem) throw new HardenedOkeValidationError(`${prefix}${problem.property}`, problem.problem, problem.fix);
  } else if (options.ocpus !== undefined || options.memoryGbs !== undefined) {
    throw new HardenedOkeValidationError(`${prefix}ocpus`, `${options.shape} is not a flex shape, so OCPUs and memory are fixed`, 'remove ocpus and memoryGbs, or choose a .Flex shape');
  }
  const boot = options.bootVolumeSizeGbs ?? NODE_POOL_DEFAULTS.bootVolumeSizeGbs;
  if (!Number.isInteger(boot) || boot < 50 || boot > 32768) {
    throw new HardenedOkeValidationError(`${prefix}bootVolumeSizeGbs`, `${boot} GB is outside OCI's boot volume range`, 'use 50 to 32768 GB');
  }
  if (options.maxPodsPerNode !== undefined && (!Number.isInteger(options.maxPodsPerNode) || options.maxPodsPerNode < 1 || options.maxPodsPerNode > 110)) {
    throw new HardenedOkeValidationError(`${prefix}maxPodsPerNode`, `${options.maxPodsPerNode} is outside 1 to 110`, 'use at most 110 pods per node (Kubernetes\' default limit)');
  }
  if (options.maximumSurge !== undefined && !/^([1-9]\d*|([1-9]\d?|100)%)$/.test(options.maximumSurge)) {
    throw new HardenedOkeValidationError(`${prefix}maximumSurge`, `"${options.maximumSurge}" does not add a node while cycling`, 'use a count of at least 1 (e.g. "1") or a percentage (e.g. "25%")');
  }
  if (options.evictionGraceDuration !== undefined && !/^PT(\d+M|\d+H|\d+H\d+M)$/.test(options.evictionGraceDuration)) {
    throw new HardenedOkeValidationError(`${prefix}evictionGraceDuration`, `"${options.evictionGraceDuration}" is not an ISO 8601 duration OKE accepts`, 'use e.g. "PT60M" (0 to 60 minutes)');
  }
  if (options.imageId !== undefined) requireOcid(`${prefix}imageId`, options.imageId, 'image');
  if (options.imageOsVersion !== undefined) {
    requireKnown(`${prefix}imageOsVersion`, options.imageOsVersion);
    if (!OKE_IMAGE_OS_VERSIONS.includes(options.imageOsVersion)) {
      throw new HardenedOkeValidationError(`${prefix}imageOsVersion`, `"${options.imageOsVersion}" is not an Oracle Linux version OKE publishes node images for`,
        `use one of ${OKE_IMAGE_OS_VERSIONS.map((v) => `"${v}"`).join(', ')}`);
    }
    if (options.imageId !== undefined) {
      throw new HardenedOkeValidationError(`${prefix}imageOsVersion`, 'has no effect with imageId: a pinned image is used as given',
        'remove imageOsVersion, or remove imageId to follow the newest OKE image of that Oracle Linux version');
    }
  }
  if (options.sshPublicKey !== undefined) requireSshPublicKey(`${prefix}sshPublicKey`, options.sshPublicKey);
  validateNodePoolScheduling(options, prefix);
}
