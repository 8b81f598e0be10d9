/**
 * `cdktf-hardened-oke/errors`: the error every construct throws for invalid input, for TypeScript and JavaScript
 * callers that want to catch it by class (`err instanceof HardenedOkeValidationError`). It is not in the jsii
 * surface (jsii cannot export subclasses of Error); other languages see the message `property: problem. Fix: ...`.
 */
export { HardenedOkeValidationError } from './core/errors';
