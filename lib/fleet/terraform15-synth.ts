import * as fs from 'fs';
import * as path from 'path';
import { IStackSynthesizer, ISynthesisSession, TerraformStack } from 'cdktf';
import { HardenedOkeValidationError } from '../core/errors';
import { lintTerraform15 } from './terraform15-lint';

const enforced = new WeakSet<TerraformStack>();

/**
 * Runs {@link lintTerraform15} on the stack's synthesized JSON at synth (idempotent): a construct Terraform 1.5.x
 * or Resource Manager would not accept fails synth, naming its JSON path.
 */
export function enforceTerraform15(stack: TerraformStack): void {
  if (enforced.has(stack)) return;
  enforced.add(stack);
  const inner = stack.synthesizer;
  const wrapped: IStackSynthesizer = {
    synthesize(session: ISynthesisSession): void {
      inner.synthesize(session);
      const file = path.join(session.outdir, session.manifest.forStack(stack).synthesizedStackPath);
      if (!fs.existsSync(file) || !file.endsWith('.json')) return;
      const problems = lintTerraform15(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (problems.length > 0) {
        throw new HardenedOkeValidationError(`stack ${stack.node.id}`,
          `is a Resource Manager stack, and ORM runs Terraform 1.5.x: ${problems.map((p) => `${p.path}: ${p.problem}`).join('; ')}`,
          'remove the construct or override (or keep this stack out of Resource Manager mode)');
      }
    },
  };
  stack.synthesizer = wrapped;
}
