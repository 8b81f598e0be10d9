/**
 * Where the library records, in a stack's synthesized JSON, the home region it was told about, so checks that read
 * only the output (lib/compliance) can judge identity resources. Terraform ignores `//` keys (JSON comments).
 */
/** Key under the stack JSON's top-level `//` object. */
export const REGION_MARKER_KEY = 'hardened-oke';
/** Field holding the declared home region: `{"//": {"hardened-oke": {"home_region": "eu-frankfurt-1"}}}`. */
export const HOME_REGION_MARKER_FIELD = 'home_region';
