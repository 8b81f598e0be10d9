import { Construct } from 'constructs';
import { Precondition, Token } from 'cdktf';
import { DataOciContainerengineNodePoolOption } from '../../generated/providers/oci/data-oci-containerengine-node-pool-option';
import { parseKubernetesVersion } from '../../core/kubernetes-version';
import { planCondition } from '../../core/plan-checks';
import { isGpuShape, shapeArch } from './flex-shapes';

/**
 * Oracle Linux major versions OKE publishes worker node images for: "All OKE Worker Node Oracle Linux 8.x Images"
 * (https://docs.oracle.com/en-us/iaas/images/oke-worker-node-oracle-linux-8x/index.htm) and "... 9.x Images"
 * (https://docs.oracle.com/iaas/images/oke-worker-node-oracle-linux-9x/index.htm). Oracle Linux 7 is left out: it has
 * been in extended support since 1 January 2025 (https://docs.cloud.oracle.com/iaas/images/oraclelinux-7x/); whether
 * OKE still builds OL7 images for the versions the library accepts was not confirmed.
 */
export const OKE_IMAGE_OS_VERSIONS: readonly string[] = ['8', '9'];

/** What a node image must be for a pool: the documented attributes OKE encodes in the image name. */
export interface NodeImageCriteria {
  /** Oracle Linux major version, `8` or `9`. */
  readonly osVersion: string;
  readonly arch: 'X86_64' | 'AARCH64';
  /** GPU shapes need Oracle's GPU images (CUDA libraries); every other shape a non-GPU image. */
  readonly gpu: boolean;
  /** The pool's exact Kubernetes version, e.g. `v1.33.1`. */
  readonly kubernetesVersion: string;
}

/** The criteria of a pool's shape, OS version and Kubernetes version. */
export function nodeImageCriteria(shape: string, osVersion: string, kubernetesVersion: string): NodeImageCriteria {
  return { osVersion, arch: shapeArch(shape), gpu: isGpuShape(shape), kubernetesVersion };
}

/**
 * The name an OKE image matching `c` has, as an RE2 pattern (the same text is a JavaScript RegExp).
 *
 * Oracle, "Supported Images (Including Custom Images) and Shapes for Worker Nodes", OKE Images
 * (https://docs.oracle.com/en-us/iaas/Content/ContEng/Reference/contengimagesshapes.htm): names are
 * `<platform-image-name>-OKE-<kubernetes-version>-<OKE-build-number>`, e.g. `Oracle-Linux-8.9-2024.01.26-0-OKE-1.29.1-679`,
 * and the image "must have the same version number as the node pool"; platform images have no `OKE` in the name.
 * The platform image name is `Oracle-Linux-<major>.<minor>[-<variant>]-<YYYY.MM.DD>-<n>`: no variant for x86_64,
 * `aarch64` for Arm, `Gen2-GPU` for the NVIDIA GPU images (Oracle's image lists above, e.g.
 * `Oracle-Linux-9.7-aarch64-2026.06.15-0-OKE-1.35.2-1505`, `Oracle-Linux-9.7-Gen2-GPU-2026.06.15-0-OKE-1.33.10-1505`).
 * The pattern is anchored, so a GPU image never matches a non-GPU pool, `1.33.1` never matches `1.33.10`, and an
 * image with a variant the library does not know (none documented) matches nothing: the plan then fails by name.
 *
 * Capture groups: 1 OS minor, 2 year, 3 month, 4 day, 5 platform rebuild `n`, 6 OKE build number.
 */
export function okeImageNamePattern(c: NodeImageCriteria): string {
  const v = parseKubernetesVersion(c.kubernetesVersion);
  if (!v) throw new Error(`not a Kubernetes version: ${c.kubernetesVersion}`); // validated before (requireSupportedKubernetesVersion)
  const variant = c.gpu ? 'Gen2-GPU-' : c.arch === 'AARCH64' ? 'aarch64-' : '';
  return `^Oracle-Linux-${c.osVersion}\\.([0-9]+)-${variant}([0-9]{4})\\.([0-9]{2})\\.([0-9]{2})-([0-9]+)-OKE-${v.major}\\.${v.minor}\\.${v.patch}-([0-9]+)$`;
}

/**
 * The HCL expression (without `${}`) of the matching images of `sources`, newest first, as `"<sort key> <image OCID>"`
 * strings. The data source documents no order for `sources`, so the order comes from the names: the sort key is
 * the platform image's build date YYYYMMDD, then its OS minor, rebuild and the OKE build number, zero-padded so
 * that Terraform's lexical `sort` is numeric (`format("%06d")`). Terraform 1.5 functions only.
 * Oracle's terraform-oci-oke module ranks OKE images the same way, by date and build parsed from `source_name`
 * (https://github.com/oracle-terraform-modules/terraform-oci-oke/blob/main/data-images.tf).
 */
export function rankedImagesExpression(sources: string, c: NodeImageCriteria): string {
  const pattern = JSON.stringify(okeImageNamePattern(c));
  // source_type: "`IMAGE` means the OCID is of an image" (provider docs, oci_containerengine_node_pool_option).
  const matching = `[for s in ${sources} : { id = s.image_id, v = regex(${pattern}, s.source_name) } if s.source_type == "IMAGE" && can(regex(${pattern}, s.source_name))]`;
  return `reverse(sort([for m in ${matching} : format("%s%s%s-%06d-%06d-%09d %s", m.v[1], m.v[2], m.v[3], tonumber(m.v[0]), tonumber(m.v[4]), tonumber(m.v[5]), m.id)]))`;
}

/** OKE's `nodePoolOsType` filter for an OS version, if the API has one (undefined: filter by name only). */
function osTypeFilter(osVersion: string): string | undefined {
  // GetNodePoolOptions' nodePoolOsType enum is OL7, OL8, UBUNTU (oci-go-sdk v65, vendored by the provider:
  // https://github.com/oracle/terraform-provider-oci/blob/master/vendor/github.com/oracle/oci-go-sdk/v65/containerengine/get_node_pool_options_request_response.go);
  // the SDK refuses any other value before sending the request, so OL9 images are selected by name alone.
  return osVersion === '8' ? 'OL8' : undefined;
}

/** The image selection of a pool that follows OKE's images. */
export interface NodeImageSelection {
  readonly options: DataOciContainerengineNodePoolOption;
  /** `${...}` expression of the newest matching image's OCID. */
  readonly imageId: string;
  /** Fails the plan, naming `imageId`, when OKE offers no matching image. */
  readonly precondition: Precondition;
}

/**
 * The `node_pool_option_id` the options are read with: `"all"`, unless the cluster's OCID is a literal (a cluster
 * that already exists, `OkeCluster.fromClusterAttributes`). "Use "all" get all options, or use a cluster ID to get
 * options specific to the provided cluster" (provider docs). The OCID of a cluster created in the same apply is
 * unknown at plan, so Terraform would defer the read, the image choice and the "no matching image" precondition to
 * apply, after the cluster is created; `"all"` with the compartment is known at plan, and is what Oracle's docs
 * (`oci ce node-pool-options get --node-pool-option-id all`, "Supported Images ... for Worker Nodes") and its
 * terraform-oci-oke module (data-images.tf) read images with.
 */
export function nodePoolOptionId(clusterId: string): string {
  return Token.isUnresolved(clusterId) ? 'all' : clusterId;
}

/**
 * Reads OKE's node pool options (`nodePoolOptionId`) and selects the newest image matching the pool by name (above),
 * with OKE's own filters (Kubernetes version, architecture, OS type where the API has one) narrowing the list first.
 * Provider docs: https://registry.terraform.io/providers/oracle/oci/latest/docs/data-sources/containerengine_node_pool_option
 */
export function selectNodeImage(scope: Construct, input: {
  readonly clusterId: string; readonly compartmentId: string; readonly poolName: string; readonly criteria: NodeImageCriteria;
}): NodeImageSelection {
  const c = input.criteria;
  const optionId = nodePoolOptionId(input.clusterId);
  const options = new DataOciContainerengineNodePoolOption(scope, 'image-options', {
    nodePoolOptionId: optionId,
    compartmentId: input.compartmentId,
    nodePoolK8SVersion: c.kubernetesVersion,
    nodePoolOsType: osTypeFilter(c.osVersion),
    nodePoolOsArch: c.arch,
  });
  const ranked = rankedImagesExpression(`${options.fqn}.sources`, c);
  const what = `Oracle Linux ${c.osVersion} ${c.arch === 'AARCH64' ? 'aarch64' : 'x86_64'}${c.gpu ? ' GPU' : ''} image for Kubernetes ${c.kubernetesVersion}`;
  return {
    options,
    imageId: `\${split(" ", ${ranked}[0])[1]}`,
    precondition: planCondition(`length(${ranked}) > 0`, 'imageId',
      `node pool ${input.poolName}: OKE offers no OKE ${what} (oci ce node-pool-options get --node-pool-option-id ${optionId === 'all' ? 'all' : '<cluster OCID>'}, data.sources)`,
      'pin imageId to an OKE image OCID (Oracle\'s "OKE Worker Node" image lists), or choose a kubernetesVersion, imageOsVersion or shape OKE has an image for'),
  };
}
