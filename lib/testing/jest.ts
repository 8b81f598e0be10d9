/**
 * Jest matchers and a snapshot serializer for users' repositories. Not part of the jsii API (jest is
 * JavaScript-only): import it from a jest setup file or a test, e.g. `import 'cdktf-hardened-oke/testing/jest';`
 * (it calls expect.extend itself when jest's global `expect` is present), then:
 *
 *   expect(stack).toBeHardened();
 *   expect(stack).toPassControl('NET-02');
 *   expect.addSnapshotSerializer(hardenedSnapshotSerializer);
 *   expect(Testing.synth(stack)).toMatchSnapshot();
 */
import { TerraformStack } from 'cdktf';
import { HardeningCheckOptions, HardeningCheckResult, HardeningTesting } from './hardening-testing';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** No control of the catalog fails on the stack (or synthesized JSON string). */
      toBeHardened(options?: HardeningCheckOptions): R;
      /** The control judged at least one resource and none failed. */
      toPassControl(controlId: string, options?: HardeningCheckOptions): R;
    }
  }
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

function check(received: unknown, options?: HardeningCheckOptions): HardeningCheckResult {
  if (TerraformStack.isStack(received)) return HardeningTesting.checkStack(received as TerraformStack, options);
  if (typeof received === 'string') return HardeningTesting.checkJson(received, options);
  if (received && typeof received === 'object') return HardeningTesting.checkJson(JSON.stringify(received), options);
  throw new Error('expected a cdktf TerraformStack or synthesized Terraform JSON');
}

function list(result: HardeningCheckResult, controlId?: string): string {
  return result.failures.filter((f) => !controlId || f.controlId === controlId)
    .map((f) => `  ${f.controlId} [${f.severity}] ${f.stack ? f.stack + ':' : ''}${f.address}: ${f.message}\n      Fix: ${f.fix}`).join('\n');
}

export const hardenedMatchers = {
  toBeHardened(received: unknown, options?: HardeningCheckOptions): MatcherResult {
    const result = check(received, options);
    return {
      pass: result.passed,
      message: () => result.passed
        ? 'expected hardening controls to fail, but every control passed'
        : `expected the stack to pass every hardening control, but ${result.failures.length} finding(s) failed:\n${list(result)}`,
    };
  },
  toPassControl(received: unknown, controlId: string, options?: HardeningCheckOptions): MatcherResult {
    if (!HardeningTesting.isControl(controlId)) throw new Error(`unknown hardening control "${controlId}"`);
    const result = check(received, options);
    const status = result.controlStatus[controlId];
    const pass = status === 'pass' || status === 'waived';
    return {
      pass,
      message: () => pass
        ? `expected ${controlId} to fail, but it ${status === 'waived' ? 'was waived' : 'passed'}`
        : status === 'fail'
          ? `expected ${controlId} to pass, but it failed:\n${list(result, controlId)}`
          : `expected ${controlId} to pass, but it judged no resource (not applicable): ${HardeningTesting.describeControl(controlId)}`,
    };
  },
};

function looksLikeTerraform(value: unknown): boolean {
  if (typeof value === 'string') return /^\s*\{/.test(value) && /"(resource|terraform|provider)"\s*:/.test(value);
  return !!value && typeof value === 'object' && !Array.isArray(value) && ('resource' in (value as object) || 'terraform' in (value as object));
}

/** Jest snapshot serializer: stable synthesized JSON (see HardeningTesting.normalizeJson). */
export const hardenedSnapshotSerializer = {
  test: (value: unknown): boolean => looksLikeTerraform(value),
  serialize: (value: unknown): string => HardeningTesting.normalizeJson(typeof value === 'string' ? value : JSON.stringify(value)),
};

const globalExpect = (globalThis as any).expect;
if (globalExpect && typeof globalExpect.extend === 'function') globalExpect.extend(hardenedMatchers);
