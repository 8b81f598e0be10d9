import { App, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { buildModel, ComplianceModel, StackInput } from './model';

/** Every TerraformStack of the App that `scope` belongs to, in tree order. */
export function stacksOf(scope: IConstruct): TerraformStack[] {
  return App.of(scope).node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
}

/**
 * The final Terraform JSON of every stack (tokens resolved, as cdktf writes it). A stack that cannot be
 * resolved yet is skipped unless it is `mustResolve`: it is checked again when its own synthesis runs.
 */
export function appModel(scope: IConstruct, mustResolve?: TerraformStack): ComplianceModel {
  return buildModel(appInputs(scope, mustResolve));
}

/** The resolved JSON of every stack that can be resolved now (see {@link appModel}). */
export function appInputs(scope: IConstruct, mustResolve?: TerraformStack): StackInput[] {
  const inputs: StackInput[] = [];
  for (const stack of stacksOf(scope)) {
    try {
      inputs.push({ name: stack.node.id, json: stack.toTerraform() });
    } catch (err) {
      if (stack === mustResolve) throw err;
    }
  }
  return inputs;
}

/** The model of one stack's JSON only (for matchers on a single synthesized string). */
export function jsonModel(json: string | object, name = 'stack'): ComplianceModel {
  return buildModel([{ name, json: typeof json === 'string' ? JSON.parse(json) : json }]);
}
