/**
 * The compliance check runs on cdktf's public extension points only (`node.addValidation` on the App and on
 * enabled stacks): app.synth() and stack.toTerraform() stay cdktf's own, changes made by Aspects or between two
 * synths are judged, and a failing control fails `app.synth()` in a plain `node` process as under `cdktf synth`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Aspects, IAspect, TerraformOutput } from 'cdktf';
import { IConstruct } from 'constructs';
import { HardeningCompliance } from '../../lib/compliance';
import { App, ROOT, tempDir, TerraformStack, Testing, TS_NODE } from '../support';

/** Two stacks with an output each, compliance enabled. */
function app() {
  const a = new App({ outdir: fs.mkdtempSync(path.join(Testing.app().outdir, 'hooks-')) });
  const stacks = ['one', 'two'].map((name) => {
    const s = new TerraformStack(a, name);
    new TerraformOutput(s, 'out', { value: name });
    HardeningCompliance.enable(s);
    return s;
  });
  const written = (name: string) => JSON.parse(fs.readFileSync(path.join(a.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  return { a, stacks, written };
}

describe('the compliance check on cdktf\'s public hooks', () => {
  afterEach(() => jest.restoreAllMocks());

  test('enable() adds validations and replaces no method of the App or its stacks', () => {
    const { a, stacks } = app();
    expect(Object.getOwnPropertyNames(a)).not.toContain('synth');
    for (const s of stacks) expect(Object.getOwnPropertyNames(s)).not.toContain('toTerraform');
    a.synth();
    expect(Object.getOwnPropertyNames(a)).not.toContain('synth');
    for (const s of stacks) expect(Object.getOwnPropertyNames(s)).not.toContain('toTerraform');
  });

  test('a synth writes the stacks and the report; each stack is resolved by the check and by cdktf', () => {
    const { a, written } = app();
    const resolve = jest.spyOn(TerraformStack.prototype, 'toTerraform');
    a.synth();
    expect(written('two').output.out.value).toBe('two');
    expect(fs.existsSync(path.join(a.outdir, 'hardening-report.json'))).toBe(true);
    expect(fs.existsSync(path.join(a.outdir, 'hardening-report.md'))).toBe(true);
    // Once for the check (all stacks, while the first synthesizes) and once when cdktf writes each stack.
    expect(resolve).toHaveBeenCalledTimes(4);
  });

  test('a second synth sees changes made in between', () => {
    const { a, stacks, written } = app();
    a.synth();
    new TerraformOutput(stacks[1], 'late', { value: 'added after the first synth' });
    a.synth();
    expect(written('two').output.late.value).toBe('added after the first synth');
  });

  test('what an Aspect adds when its stack synthesizes is in the written stack and judged by the App-wide check', () => {
    const { a, stacks, written } = app();
    class AddOutput implements IAspect {
      public visit(node: IConstruct): void {
        if (node === stacks[1] && !node.node.tryFindChild('from-aspect')) new TerraformOutput(stacks[1], 'from-aspect', { value: 'aspect' });
      }
    }
    Aspects.of(stacks[1]).add(new AddOutput());
    const resolve = jest.spyOn(TerraformStack.prototype, 'toTerraform');
    a.synth();
    expect(written('two').output['from-aspect'].value).toBe('aspect');
    // The App-wide check evaluates again after the aspect ran: more than the check's and cdktf's one each.
    expect(resolve.mock.calls.length).toBeGreaterThan(4);
  });
});

describe('a plain `node` app (no cdktf-cli)', () => {
  /** Runs a TypeScript app on ts-node in a fresh process with its own output folder. */
  function runApp(body: string) {
    const dir = tempDir('oke-node-app-');
    const file = path.join(dir, 'main.ts');
    fs.writeFileSync(file, [
      `import { App, TerraformStack } from ${JSON.stringify(path.dirname(require.resolve('cdktf/package.json')))};`,
      `import { HardeningCompliance } from ${JSON.stringify(path.join(ROOT, 'lib', 'compliance'))};`,
      `import { CoreVcn } from ${JSON.stringify(path.join(ROOT, 'lib', 'generated', 'providers', 'oci', 'core-vcn'))};`,
      `const app = new App({ outdir: ${JSON.stringify(path.join(dir, 'cdktf.out'))} });`,
      "const stack = new TerraformStack(app, 'infra');",
      'HardeningCompliance.enable(stack);',
      body,
      'app.synth();',
    ].join('\n'));
    const r = spawnSync(process.execPath, [...TS_NODE.args, file], { cwd: dir, encoding: 'utf8', env: TS_NODE.env({ JEST_WORKER_ID: '', CDKTF_HARDENED_OKE_QUIET: '1' }) });
    return { ...r, out: path.join(dir, 'cdktf.out') };
  }

  test('a failing control makes app.synth() throw with the control id and fix, and the report is written', () => {
    // A bare VCN: its default security list is left as OCI creates it, which a network control fails.
    const r = runApp("new CoreVcn(stack, 'vcn', { compartmentId: 'ocid1.compartment.oc1..aaaaaaaatest', cidrBlocks: ['10.0.0.0/16'] });");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Hardening control NET-\d+ failed on oci_core_vcn\.vcn in stack infra: .*Fix: /);
    expect(fs.existsSync(path.join(r.out, 'hardening-report.json'))).toBe(true);
    expect(fs.existsSync(path.join(r.out, 'manifest.json'))).toBe(false);
  });

  test('a passing app writes its stacks, the report and manifest.json', () => {
    const r = runApp('');
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    for (const f of ['manifest.json', 'hardening-report.json', 'hardening-report.md', 'stacks/infra/cdk.tf.json']) {
      expect({ f, exists: fs.existsSync(path.join(r.out, f)) }).toEqual({ f, exists: true });
    }
  });
});
