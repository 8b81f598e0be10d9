/**
 * Shared helpers of the contract, example and property tests: synthesize a whole app (every stack it has, so
 * stacks the library adds later are covered without changing the tests), schema-validate every stack, and audit
 * the output with lib/compliance when that module is present.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { schemaValidator } from '../support';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface SynthesizedStack {
  readonly name: string;
  /** Path of cdk.tf.json relative to the output directory. */
  readonly file: string;
  readonly json: any;
}

export interface SynthesizedApp {
  readonly outdir: string;
  readonly stacks: SynthesizedStack[];
  /** Every file written, relative to outdir, sorted. */
  readonly files: string[];
  cleanup(): void;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  }).sort();
}

/**
 * Synthesizes an app into `outdir` (created by the caller, e.g. with tempDir) and checks every stack listed in
 * cdktf's manifest.json against the provider schemas: the same validation as synthValid, for every stack.
 */
export function synthApp(build: (outdir: string) => App, outdir = tempDir('oke-app-')): SynthesizedApp {
  try {
    return readSynthesized(build, outdir);
  } catch (err) {
    fs.rmSync(outdir, { recursive: true, force: true });
    throw err;
  }
}

function readSynthesized(build: (outdir: string) => App, outdir: string): SynthesizedApp {
  build(outdir).synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const stacks: SynthesizedStack[] = Object.keys(manifest.stacks).sort().map((name) => {
    const file = manifest.stacks[name].synthesizedStackPath as string;
    const json = JSON.parse(fs.readFileSync(path.join(outdir, file), 'utf8'));
    try {
      schemaValidator.assertValid(json);
    } catch (err) {
      throw new Error(`stack "${name}" fails provider schema validation: ${(err as Error).message}`);
    }
    return { name, file, json };
  });
  return {
    outdir,
    stacks,
    files: listFiles(outdir).map((f) => path.relative(outdir, f).split(path.sep).join('/')),
    cleanup: () => fs.rmSync(outdir, { recursive: true, force: true }),
  };
}

/** `type.name` of every resource and data source of a synthesized stack, sorted. */
export function addressesOf(json: any): string[] {
  const out: string[] = [];
  for (const [section, prefix] of [['resource', ''], ['data', 'data.']] as const) {
    for (const [type, byName] of Object.entries<Record<string, unknown>>(json[section] ?? {})) {
      for (const name of Object.keys(byName)) out.push(`${prefix}${type}.${name}`);
    }
  }
  return out.sort();
}

/** A failing control of the audit: `ID address (stack)` plus its message, for readable assertion output. */
export interface AuditFailure {
  readonly controlId: string;
  readonly detail: string;
}

export interface Auditor {
  /** Failing controls of a cdktf output directory (no waivers). */
  failures(outdir: string): AuditFailure[];
}

/**
 * The compliance engine, when lib/compliance exists (issue 5; it lands in parallel). Only the module's absence
 * skips the audit: once its files are there, a load error or a changed API fails the tests loudly.
 */
export function loadAuditor(): Auditor | undefined {
  const dir = path.join(ROOT, 'lib', 'compliance');
  const present = (name: string) => fs.existsSync(path.join(dir, `${name}.ts`)) || fs.existsSync(path.join(dir, `${name}.js`));
  if (!present('engine') || !present('model') || !present('loader')) return undefined;
  /* eslint-disable @typescript-eslint/no-var-requires */
  const loader = require(path.join(dir, 'loader'));
  const model = require(path.join(dir, 'model'));
  const engine = require(path.join(dir, 'engine'));
  for (const [mod, fn] of [[loader, 'loadCdktfOut'], [model, 'buildModel'], [engine, 'evaluate'], [engine, 'failures']] as const) {
    if (typeof mod[fn] !== 'function') {
      throw new Error(`lib/compliance no longer exports ${fn}(): update loadAuditor() in test/contract/support.ts to its new API`);
    }
  }
  return {
    failures(outdir: string): AuditFailure[] {
      // Once HardenedCluster enables HardeningCompliance, the app writes its own report, waivers applied: use it.
      const reportFile = path.join(outdir, 'hardening-report.json');
      if (fs.existsSync(reportFile)) {
        const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
        return (report.controls as any[]).flatMap((c) => (c.findings as any[]).filter((f) => f.status === 'fail').map((f) => ({
          controlId: c.id as string,
          detail: `${c.id} ${f.address}${f.stack ? ` (stack ${f.stack})` : ''}: ${f.message ?? c.title}`,
        })));
      }
      const out = loader.loadCdktfOut(outdir);
      const evaluation = engine.evaluate(model.buildModel(out.stacks, out.manifests), []);
      return engine.failures(evaluation).map((f: any) => ({
        controlId: f.control.id,
        detail: `${f.control.id} ${f.finding.address}${f.finding.stack ? ` (stack ${f.finding.stack})` : ''}: ${f.finding.message ?? f.control.title}`,
      }));
    },
  };
}

/**
 * Controls the reference example (examples/hardened-cluster) fails today. Until the lead wires supply chain,
 * observability and the Kubernetes stack into HardenedCluster, the reference itself fails some controls; tests
 * then require "no control fails that the reference passes". Once the reference passes every control, this is
 * empty and the same tests require every control to pass.
 */
export function referenceFailures(auditor: Auditor): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { buildExampleApp } = require('../../examples/hardened-cluster/main');
  const app = synthApp(buildExampleApp, tempDir('oke-reference-'));
  try {
    return new Set(auditor.failures(app.outdir).map((f) => f.controlId));
  } finally {
    app.cleanup();
  }
}

/** Failures beyond those the reference example has (see referenceFailures). */
export function newFailures(auditor: Auditor, outdir: string, reference: Set<string>): string[] {
  return auditor.failures(outdir).filter((f) => !reference.has(f.controlId)).map((f) => f.detail);
}
