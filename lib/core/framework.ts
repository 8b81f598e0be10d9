import { App, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { HardenedOkeValidationError } from './errors';

const RECIPE = 'use one framework for both: with CDK Terrain, install the library with the recipe of README "CDK Terrain" '
  + '("cdktf": "npm:cdktn@0.24.0" in dependencies and in overrides, so the library loads cdktn as "cdktf"); with cdktf, '
  + 'install cdktf@0.21.0 and no cdktn';

/**
 * Refuses a scope whose stack (or app) comes from another copy of the framework than the one this library loads,
 * e.g. a CDK Terrain (`cdktn`) app next to the library's `cdktf` 0.21: the two share cdktf's symbols, so cdktf's own
 * lookups accept each other's objects, and synth later fails deep inside with a TypeError
 * (`_resetResolveDiscoveredProviderFeatureUsage is not a function`). Checked by class identity, not by symbols.
 */
export function requireSameFramework(scope: IConstruct, where: string): void {
  const root = scope.node.root;
  const stack = scope.node.scopes.find((c) => TerraformStack.isStack(c));
  const foreign = (stack !== undefined && !(stack instanceof TerraformStack)) || (App.isApp(root) && !(root instanceof App));
  if (foreign) {
    throw new HardenedOkeValidationError(where, 'the app was created with another copy of cdktf than the one this library loads (for example cdktn, CDK Terrain, installed side by side with cdktf 0.21)', RECIPE);
  }
}
