import { App, TerraformStack } from 'cdktf';
import { HardeningCompliance } from '../../lib/compliance/hardening-compliance';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { CLUSTER_PROPS } from '../support';

/** A second copy of the framework, as npm installs cdktn next to cdktf 0.21 (both register cdktf's symbols). */
function foreignFramework(): typeof import('cdktf') {
  let copy: typeof import('cdktf') | undefined;
  jest.isolateModules(() => { copy = require('cdktf'); });
  return copy!;
}

describe('one framework for the app and the library', () => {
  test('a stack of another cdktf copy (cdktn side by side) is a named error that says what to install, not a TypeError at synth', () => {
    const other = foreignFramework();
    expect(other.TerraformStack).not.toBe(TerraformStack);
    // The copies accept each other's objects by symbol: that is why synth used to get far enough to fail obscurely.
    const app = new other.App();
    const stack = new other.TerraformStack(app, 'prod');
    expect(TerraformStack.isStack(stack)).toBe(true);
    expect(() => new HardenedCluster(stack, 'prod', CLUSTER_PROPS)).toThrow(
      /HardenedCluster\(scope\): the app was created with another copy of cdktf .*cdktn.*Fix: .*"cdktf": "npm:cdktn@0\.24\.0" in dependencies and in overrides/);
    expect(() => HardeningCompliance.enable(stack)).toThrow(/HardeningCompliance\.enable\(scope\): the app was created with another copy of cdktf/);
  });

  test('the library\'s own cdktf passes', () => {
    const stack = new TerraformStack(new App(), 'prod');
    expect(() => HardeningCompliance.enable(stack)).not.toThrow();
  });
});
