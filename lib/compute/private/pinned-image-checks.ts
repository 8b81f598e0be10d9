/**
 * Plan-time checks of a pinned node image (`imageId`), which synth cannot see: the plan reads the image and the
 * pool's preconditions fail, naming `imageId`, when it is not AVAILABLE (Core Services API, Image lifecycleState:
 * PROVISIONING, IMPORTING, AVAILABLE, EXPORTING, DISABLED, DELETED), or when it is an OKE image (by its name) built
 * for another Kubernetes version or CPU architecture than the pool's.
 *
 * Oracle, "Supported Images (Including Custom Images) and Shapes for Worker Nodes": OKE images are named
 * `<platform-image-name>-OKE-<kubernetes-version>-<OKE-build-number>`, "OKE images are built for a specific Kubernetes
 * version and CPU architecture", and "If you specify a Kubernetes version when creating and updating node pools, the
 * OKE image you select must have the same version number as the node pool". Platform and custom images carry no
 * version in their name: only their state is checked.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Reference/contengimagesshapes.htm
 * @see https://docs.oracle.com/en-us/iaas/api/#/en/iaas/20160918/Image/
 */
import { Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { parseKubernetesVersion } from '../../core/kubernetes-version';
import { planCondition } from '../../core/plan-checks';
import { DataOciCoreImage } from '../../generated/providers/oci/data-oci-core-image';
import { shapeArch } from './flex-shapes';

/** An OKE image name (RE2 and JavaScript): `Oracle-Linux-<major>.<minor>-...-OKE-<x.y.z>-<build>`. */
export const OKE_IMAGE_NAME = '^Oracle-Linux-[0-9]+\\.[0-9]+-.*-OKE-[0-9]+\\.[0-9]+\\.[0-9]+-[0-9]+$';
/** The Arm variant of an OKE (or platform) image name, right after the OS version. */
const AARCH64_NAME = '^Oracle-Linux-[0-9]+\\.[0-9]+-aarch64-';

/** Reads the pinned image and returns the pool's preconditions on it. */
export function pinnedImageConditions(scope: Construct, imageId: string, shape: string, kubernetesVersion: string): Precondition[] {
  const image = new DataOciCoreImage(scope, 'pinned-image', { imageId });
  const name = `${image.fqn}.display_name`;
  const v = parseKubernetesVersion(kubernetesVersion);
  if (!v) throw new Error(`not a Kubernetes version: ${kubernetesVersion}`); // validated before (validatePoolVersionSkew)
  const version = `${v.major}.${v.minor}.${v.patch}`;
  const isOke = `can(regex(${JSON.stringify(OKE_IMAGE_NAME)}, ${name}))`;
  const isArm = `can(regex(${JSON.stringify(AARCH64_NAME)}, ${name}))`;
  const arm = shapeArch(shape) === 'AARCH64';
  return [
    planCondition(`${image.fqn}.state == "AVAILABLE"`, 'imageId', 'the image is not AVAILABLE', 'pin an available image (oci compute image get --image-id <imageId>)'),
    planCondition(`!${isOke} || can(regex(${JSON.stringify(`-OKE-${version.replace(/\./g, '\\.')}-[0-9]+$`)}, ${name}))`, 'imageId',
      `the image is an OKE image built for another Kubernetes version than the pool's ${kubernetesVersion} (the version in its name), and OKE requires the same version`,
      `pin an OKE image whose name has -OKE-${version}-, or remove imageId to follow the newest OKE image of the pool's version`),
    planCondition(`!${isOke} || ${arm ? '' : '!'}${isArm}`, 'imageId',
      `the image is an OKE image for ${arm ? 'x86_64' : 'aarch64'}, but the pool's shape ${shape} is ${arm ? 'aarch64' : 'x86_64'}`,
      `pin an OKE image ${arm ? 'with' : 'without'} aarch64 in its name, or remove imageId to follow the newest OKE image for the shape`),
  ];
}
