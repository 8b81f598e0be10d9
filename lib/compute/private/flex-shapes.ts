/** OCPU and memory limits of the flex shapes OKE node pools commonly use (OCI Compute shapes documentation). */
export interface FlexShapeLimits {
  readonly minOcpus: number;
  readonly maxOcpus: number;
  /** Memory per OCPU, GB. */
  readonly minMemoryPerOcpu: number;
  readonly maxMemoryPerOcpu: number;
  /** Total memory ceiling, GB. */
  readonly maxMemoryGbs: number;
  readonly arch: 'X86_64' | 'AARCH64';
}

const FLEX_SHAPES: Record<string, FlexShapeLimits> = {
  'VM.Standard.E3.Flex': { minOcpus: 1, maxOcpus: 100, minMemoryPerOcpu: 1, maxMemoryPerOcpu: 64, maxMemoryGbs: 1024, arch: 'X86_64' },
  'VM.Standard.E4.Flex': { minOcpus: 1, maxOcpus: 114, minMemoryPerOcpu: 1, maxMemoryPerOcpu: 64, maxMemoryGbs: 1760, arch: 'X86_64' },
  'VM.Standard.E5.Flex': { minOcpus: 1, maxOcpus: 94, minMemoryPerOcpu: 1, maxMemoryPerOcpu: 64, maxMemoryGbs: 1049, arch: 'X86_64' },
  'VM.Standard3.Flex': { minOcpus: 1, maxOcpus: 32, minMemoryPerOcpu: 1, maxMemoryPerOcpu: 64, maxMemoryGbs: 512, arch: 'X86_64' },
  'VM.Optimized3.Flex': { minOcpus: 1, maxOcpus: 18, minMemoryPerOcpu: 1, maxMemoryPerOcpu: 64, maxMemoryGbs: 256, arch: 'X86_64' },
  'VM.Standard.A1.Flex': { minOcpus: 1, maxOcpus: 80, minMemoryPerOcpu: 1, maxMemoryPerOcpu: 64, maxMemoryGbs: 512, arch: 'AARCH64' },
};

/** Limits used for flex shapes missing from the table: OCI's general per-OCPU memory range. */
const GENERIC_FLEX: FlexShapeLimits = { minOcpus: 1, maxOcpus: 128, minMemoryPerOcpu: 1, maxMemoryPerOcpu: 64, maxMemoryGbs: 2048, arch: 'X86_64' };

/** The flex shapes whose limits the table knows. */
export const KNOWN_FLEX_SHAPES: readonly string[] = Object.keys(FLEX_SHAPES);

/** True when the shape is in the library's table (the names are case-sensitive, as OCI's API is). */
export function isKnownShape(shape: string): boolean {
  return Object.prototype.hasOwnProperty.call(FLEX_SHAPES, shape);
}

export function isFlexShape(shape: string): boolean {
  return shape.endsWith('.Flex');
}

export function flexShapeLimits(shape: string): FlexShapeLimits {
  return FLEX_SHAPES[shape] ?? { ...GENERIC_FLEX, arch: isArmShape(shape) ? 'AARCH64' : 'X86_64' };
}

/**
 * Arm (Ampere) shapes are the Standard A-series: VM.Standard.A1.Flex, VM.Standard.A2.Flex, BM.Standard.A1.160, ...
 * (Oracle, "Compute Shapes": https://docs.oracle.com/en-us/iaas/Content/Compute/References/computeshapes.htm). GPU
 * shapes named after their NVIDIA GPU (VM.GPU.A10.1, BM.GPU.A100-v2.8) have Intel or AMD CPUs (same page), so the
 * pattern is anchored on `.Standard.`.
 */
function isArmShape(shape: string): boolean {
  return /^(VM|BM)\.Standard\.A\d+\./.test(shape);
}

/**
 * GPU shapes (VM.GPU.A10.1, VM.GPU3.1, BM.GPU.H100.8, ...: "GPU shapes supported by Kubernetes Engine",
 * https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengrunninggpunodes.htm): OKE's page says a GPU shape
 * needs "a compatible Oracle Linux GPU image that has the CUDA libraries pre-installed. The names of compatible
 * images include 'GPU'".
 */
export function isGpuShape(shape: string): boolean {
  return /^(VM|BM)\.GPU/.test(shape);
}

/** Image architecture OKE's node pool options filter on. */
export function shapeArch(shape: string): 'X86_64' | 'AARCH64' {
  return isFlexShape(shape) ? flexShapeLimits(shape).arch : isArmShape(shape) ? 'AARCH64' : 'X86_64';
}

/** Returns a problem description, or undefined when ocpus and memory fit the shape. */
export function flexShapeProblem(shape: string, ocpus: number, memoryGbs: number): { property: 'ocpus' | 'memoryGbs'; problem: string; fix: string } | undefined {
  const l = flexShapeLimits(shape);
  if (!(ocpus >= l.minOcpus && ocpus <= l.maxOcpus)) {
    return { property: 'ocpus', problem: `${ocpus} OCPUs is outside ${shape}'s range`, fix: `use ${l.minOcpus} to ${l.maxOcpus} OCPUs` };
  }
  const min = ocpus * l.minMemoryPerOcpu;
  const max = Math.min(ocpus * l.maxMemoryPerOcpu, l.maxMemoryGbs);
  if (!(memoryGbs >= min && memoryGbs <= max)) {
    return { property: 'memoryGbs', problem: `${memoryGbs} GB is outside ${shape}'s range for ${ocpus} OCPUs`, fix: `use ${min} to ${max} GB` };
  }
  return undefined;
}
