/**
 * The one error type for invalid construct input. It names the property (as a path such as
 * `nodePools[1].ocpus`) and says how to fix it, so users never see a stack trace from deep inside cdktf.
 * It is not part of the jsii surface (jsii cannot export subclasses of Error): TypeScript users import it from
 * `cdktf-hardened-oke/lib/core/errors`; other languages see the message.
 */
export class HardenedOkeValidationError extends Error {
  /** Path of the offending property, e.g. `bastion.clientCidrs[0]`. */
  public readonly property: string;
  /** What is wrong with the value, e.g. `"0.0.0.0/0" opens the bastion to the internet`. */
  public readonly problem: string;
  /** What to change to make the input valid. */
  public readonly fix: string;

  constructor(property: string, problem: string, fix: string) {
    super(`${property}: ${problem}. Fix: ${fix}`);
    this.name = 'HardenedOkeValidationError';
    this.property = property;
    this.problem = problem;
    this.fix = fix;
    Object.setPrototypeOf(this, HardenedOkeValidationError.prototype);
  }
}

/**
 * Runs `build` and re-throws its validation errors with `prefix` put before the property path, so a composite
 * reports `network.subnetCidrs.workers` rather than the inner construct's `subnetCidrs.workers`.
 */
export function withPropertyPrefix<T>(prefix: string, build: () => T): T {
  prefixes.push(prefix);
  try {
    return build();
  } catch (err) {
    if (err instanceof HardenedOkeValidationError) {
      throw new HardenedOkeValidationError(`${prefix}${err.property}`, err.problem, err.fix);
    }
    throw err;
  } finally {
    prefixes.pop();
  }
}

/** Prefixes of the withPropertyPrefix calls under way, outermost first. */
const prefixes: string[] = [];

/**
 * The full property path of `property` as the user wrote it (`encryption.existingVault` for a ClusterKeys built inside
 * HardenedCluster), for messages that are not thrown at synth: plan-time conditions name the prop like synth errors do.
 */
export function propertyPath(property: string): string {
  return `${prefixes.join('')}${property}`;
}
