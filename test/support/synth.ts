/**
 * Whole-app helpers of the contract, example and property tests: synthesize a whole app (every stack it has, so
 * stacks the library adds later are covered without changing the tests), schema-validate every stack, and audit
 * the output independently of synth.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { App } from 'cdktf';
import { listFiles, tempDir } from './files';
import { schemaValidator } from './schema';

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

/**
 * An independent audit of a cdktf output directory: the catalog run on what was written (every stack and
 * manifest), without waivers. Synth's own report says which findings a waiver accepted; every other failure is
 * returned. Synth already fails on unwaived failures, so this catches a report or a loader that tells another
 * story than the files on disk.
 */
export function unwaivedFailures(outdir: string): AuditFailure[] {
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'hardening-report.json'), 'utf8'));
  const waived = new Set<string>((report.controls as any[]).flatMap((c) => (c.findings as any[])
    .filter((f) => f.status === 'waived').map((f) => `${c.id} ${f.stack} ${f.address}`)));
  // Loaded on first use: most test files never audit.
  const { failures, evaluate } = require('../../lib/compliance/engine') as typeof import('../../lib/compliance/engine');
  const { loadCdktfOut } = require('../../lib/compliance/loader') as typeof import('../../lib/compliance/loader');
  const { buildModel } = require('../../lib/compliance/model') as typeof import('../../lib/compliance/model');
  const out = loadCdktfOut(outdir);
  return failures(evaluate(buildModel(out.stacks, out.manifests), []))
    .filter(({ control, finding }) => !waived.has(`${control.id} ${finding.stack} ${finding.address}`))
    .map(({ control, finding }) => ({
      controlId: control.id,
      detail: `${control.id} ${finding.address}${finding.stack ? ` (stack ${finding.stack})` : ''}: ${finding.message ?? control.title}`,
    }));
}
