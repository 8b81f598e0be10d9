import * as fs from 'fs';
import * as path from 'path';
import { evaluate, failures } from './engine';
import { AuditInputError, loadCdktfOut } from './loader';
import { buildModel } from './model';
import { REPORT_JSON, reportJson } from './report';
import { SarifLocation, toSarif } from './sarif';
import { readSynthRecord } from './synth-record';
import { NormalizedWaiver, validateWaiver } from './waiver-rules';

/** Where the CLI writes; injectable for tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Clock for waiver expiry. */
  readonly now?: Date;
}

export const USAGE = [
  'Usage: cdktf-hardened-oke audit <cdktf.out> [--json | --sarif] [--waivers FILE] [--ignore-synth-report]',
  '       cdktf-hardened-oke fleet <package|plan|apply|drift|destroy> <cdktf.out> [options]   (fleet --help)',
  '',
  'Runs the hardening control catalog over a synthesized cdktf output (any cdktf app, not only ours).',
  'When the output holds hardening-report.json (written by synth), audit judges the stacks synth judged and',
  'honours the waivers synth recorded, so it agrees with synth; otherwise it judges every stack in manifest.json',
  'and every YAML/JSON file under manifests/.',
  '  --json                 print the hardening report as JSON',
  '  --sarif                print SARIF 2.1.0 (for code scanning upload; file paths relative to the current directory)',
  '  --waivers FILE         more waivers, JSON: [{ "controlId", "reason", "scope"?, "expires"? }, ...] or { "waivers": [...] }',
  '  --ignore-synth-report  judge everything on disk, without the waivers recorded at synth',
  '  -h, --help             this text',
  'Exit codes: 0 no failing control, 1 failing controls, 2 bad input or usage.',
].join('\n');

function readWaivers(file: string): NormalizedWaiver[] {
  let parsed: any;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new AuditInputError(`waivers file ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message.split('\n')[0]}`);
  }
  const list = Array.isArray(parsed) ? parsed : parsed?.waivers;
  if (!Array.isArray(list)) throw new AuditInputError(`waivers file ${file}: expected an array of waivers or { "waivers": [...] }`);
  return list.map((w: any, i: number) => {
    try {
      return validateWaiver(`waivers[${i}]`, w ?? {}, `file:${file}`);
    } catch (err) {
      throw new AuditInputError(`waivers file ${file}: ${(err as Error).message}`);
    }
  });
}

/**
 * SARIF locations: the stack's cdk.tf.json (or the manifest file) relative to the current directory, which is
 * where code scanning uploads run from, with the line of the resource's block when it can be found.
 */
function locator(dir: string, stackFiles: Record<string, string>, objects: readonly { address: string; stack?: string; source: string }[]): (f: { stack?: string; address: string }) => SarifLocation {
  const texts = new Map<string, string[]>();
  const lines = (rel: string) => {
    if (!texts.has(rel)) {
      try {
        texts.set(rel, fs.readFileSync(path.join(dir, rel), 'utf8').split('\n'));
      } catch {
        texts.set(rel, []);
      }
    }
    return texts.get(rel)!;
  };
  const uri = (rel: string) => path.relative(process.cwd(), path.join(dir, rel)).split(path.sep).join('/');
  const byObjectFile = new Map(objects.filter((o) => !o.stack).map((o) => [o.address, o.source]));
  return (f) => {
    const objectFile = byObjectFile.get(f.address);
    if (objectFile) return { uri: uri(objectFile) };
    const rel = f.stack ? stackFiles[f.stack] : undefined;
    if (!rel) return { uri: uri('manifest.json') };
    const dot = f.address.indexOf('.');
    const [type, name] = [f.address.slice(0, dot), f.address.slice(dot + 1)];
    const text = lines(rel);
    const typeLine = text.findIndex((l) => l.trim() === `"${type}": {`);
    const nameLine = typeLine < 0 ? -1 : text.findIndex((l, i) => i > typeLine && l.trim() === `"${name}": {`);
    return nameLine < 0 ? { uri: uri(rel) } : { uri: uri(rel), startLine: nameLine + 1 };
  };
}

// Arguments are read by hand, compared with commander and Node's built-in util.parseArgs: one command and four
// flags, with the exact messages and exit codes scripts rely on (test/compliance/cli.test.ts); util.parseArgs is
// the replacement once the flags grow (no dependency, Node >= 18.3).
/** Entry point of `cdktf-hardened-oke`; returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  const command = args.shift();
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (command === 'fleet') {
    // The fleet commands are asynchronous (lib/fleet/cli.ts); the exit code is set when they finish.
    // Loaded on demand: the OCI SDK (an optional dependency) is needed by the fleet commands only.
    void import('../fleet/cli').then(({ fleetMain }) => fleetMain(args, io)).then((code) => { process.exitCode = code; }, (err) => {
      io.stderr(`cdktf-hardened-oke fleet: ${err?.message ?? err} (the fleet commands need the optional dependencies oci-resourcemanager, oci-common and jszip)\n`);
      process.exitCode = 1;
    });
    return 0;
  }
  if (command !== 'audit') {
    io.stderr(`cdktf-hardened-oke: ${command ? `unknown command "${command}"` : 'missing command'} (try: cdktf-hardened-oke audit cdktf.out)\n`);
    return 2;
  }
  let dir: string | undefined;
  let format: 'text' | 'json' | 'sarif' = 'text';
  let waiversFile: string | undefined;
  let useSynthRecord = true;
  if (args.some((a) => a === '--help' || a === '-h')) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  while (args.length) {
    const a = args.shift()!;
    if (a === '--ignore-synth-report') {
      useSynthRecord = false;
    } else if (a === '--json' || a === '--sarif') {
      const f = a === '--json' ? 'json' : 'sarif';
      if (format !== 'text' && format !== f) {
        io.stderr('cdktf-hardened-oke: choose one of --json and --sarif\n');
        return 2;
      }
      format = f;
    } else if (a === '--waivers') {
      waiversFile = args.shift();
      if (!waiversFile) {
        io.stderr('cdktf-hardened-oke: --waivers needs a file\n');
        return 2;
      }
    } else if (a.startsWith('--waivers=')) {
      waiversFile = a.slice('--waivers='.length);
    } else if (a.startsWith('-')) {
      io.stderr(`cdktf-hardened-oke: unknown option ${a}\n`);
      return 2;
    } else if (dir === undefined) {
      dir = a;
    } else {
      io.stderr(`cdktf-hardened-oke: unexpected argument ${a}\n`);
      return 2;
    }
  }
  if (!dir) {
    io.stderr('cdktf-hardened-oke: audit needs the cdktf output directory, e.g. cdktf-hardened-oke audit cdktf.out\n');
    return 2;
  }
  try {
    const loaded = loadCdktfOut(dir);
    const record = useSynthRecord ? readSynthRecord(dir, REPORT_JSON) : undefined;
    let stacks = loaded.stacks;
    let manifests = loaded.manifests;
    if (record) {
      const missing = record.stacks.filter((n) => !stacks.some((s) => s.name === n));
      if (missing.length) throw new AuditInputError(`${record.file} judged stack(s) ${missing.join(', ')}, which manifest.json does not list (synthesize again, or pass --ignore-synth-report)`);
      stacks = stacks.filter((s) => record.stacks.includes(s.name));
      // Synth judges the stacks' JSON (kubernetes_manifest objects included); the YAML under manifests/ holds the same objects for GitOps.
      manifests = [];
    }
    const waivers = [...(record?.waivers ?? []), ...(waiversFile ? readWaivers(waiversFile) : [])];
    const e = evaluate(buildModel(stacks, manifests), waivers, io.now ?? new Date());
    const failed = failures(e);
    if (format === 'json') {
      io.stdout(JSON.stringify(reportJson(e), null, 2) + '\n');
    } else if (format === 'sarif') {
      io.stdout(JSON.stringify(toSarif(e, locator(dir, loaded.stackFiles, e.model.objects)), null, 2) + '\n');
    } else {
      const json = reportJson(e);
      for (const { control, finding } of failed) {
        io.stdout(`FAIL ${control.id} [${control.severity}] ${finding.stack ? finding.stack + ':' : ''}${finding.address}: ${finding.message ?? control.title}\n     Fix: ${control.fix}\n`);
      }
      const basis = record ? ` (the stacks and ${record.waivers.length} waiver(s) recorded at synth in ${REPORT_JSON})` : '';
      io.stdout(`${path.resolve(dir)}: ${e.results.length} controls, ${json.summary.pass} pass, ${json.summary.fail} fail, ${json.summary.waived} waived, ${json.summary.notApplicable} not applicable${basis}\n`);
    }
    return failed.length > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof AuditInputError) {
      io.stderr(`cdktf-hardened-oke: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
