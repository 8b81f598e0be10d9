import * as fs from 'fs';
import * as path from 'path';
import { Aspects, IAspect, TerraformOutput } from 'cdktf';
import { IConstruct } from 'constructs';
import { HardeningCompliance } from '../../lib/compliance';
import { App, TerraformStack, Testing } from '../support';

/** Two stacks with an output each, compliance enabled; counts every stack.toTerraform() call. */
function app() {
  const a = new App({ outdir: fs.mkdtempSync(path.join(Testing.app().outdir, 'handoff-')) });
  const stacks = ['one', 'two'].map((name) => {
    const s = new TerraformStack(a, name);
    new TerraformOutput(s, 'out', { value: name });
    HardeningCompliance.enable(s);
    return s;
  });
  const calls: string[] = [];
  for (const s of stacks) {
    const original = s.toTerraform.bind(s);
    s.toTerraform = () => {
      calls.push(s.node.id);
      return original();
    };
  }
  const written = (name: string) => JSON.parse(fs.readFileSync(path.join(a.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  return { a, stacks, calls, written };
}

describe('the compliance check and cdktf share each stack\'s resolved JSON within a synth', () => {
  test('each stack is resolved once per synth, and what is written is that JSON', () => {
    const { a, calls, written } = app();
    a.synth();
    // Once by the check (both stacks, while the first synthesizes); cdktf's own calls get the same JSON.
    expect(calls.sort()).toEqual(['one', 'two']);
    expect(written('two').output.out.value).toBe('two');
    expect(fs.existsSync(path.join(a.outdir, 'hardening-report.json'))).toBe(true);
  });

  test('a second synth resolves afresh and sees changes made in between', () => {
    const { a, stacks, calls, written } = app();
    a.synth();
    new TerraformOutput(stacks[1], 'late', { value: 'added after the first synth' });
    calls.length = 0;
    a.synth();
    expect(calls.sort()).toEqual(['one', 'two']);
    expect(written('two').output.late.value).toBe('added after the first synth');
  });

  test('with an Aspect (it runs when its stack synthesizes, after the check) cdktf resolves again', () => {
    const { a, stacks, calls, written } = app();
    class AddOutput implements IAspect {
      public visit(node: IConstruct): void {
        if (node === stacks[1] && !node.node.tryFindChild('from-aspect')) new TerraformOutput(stacks[1], 'from-aspect', { value: 'aspect' });
      }
    }
    Aspects.of(stacks[1]).add(new AddOutput());
    a.synth();
    expect(written('two').output['from-aspect'].value).toBe('aspect');
    // The check's resolution plus cdktf's own for each stack, plus the App-wide re-check an aspect forces.
    expect(calls.filter((c) => c === 'two').length).toBeGreaterThanOrEqual(2);
  });

  test('outside app.synth (Testing.synth) nothing is kept: the stack is resolved for the check and again for the output', () => {
    const { stacks, calls } = app();
    const json = JSON.parse(Testing.synth(stacks[0], true));
    expect(json.output.out.value).toBe('one');
    expect(calls.filter((c) => c === 'one')).toHaveLength(2);
  });
});
