/**
 * The one place that knows how cdktf encodes things it does not expose. cdktf 0.21 has no public API that splits
 * a string into literal text and token markers, so this reads its encoding; test/core/cdktf-internals.test.ts
 * fails loudly when a cdktf upgrade changes it.
 */

/** How cdktf encodes an unresolved string token inside a string (`${TfToken[TOKEN.12]}`), as a capture group. */
export const STRING_TOKEN_MARKER = /(\$\{TfToken\[[^\]]*\]\})/;
