import * as fs from 'fs';
import * as path from 'path';
import { evaluate, failures } from './engine';
import { AuditInputError, loadCdktfOut } from './loader';
import { buildModel } from './model';
import { reportJson } from './report';
import { toSarif } from './sarif';
import { NormalizedWaiver, validateWaiver } from './waiver-rules';

/** Where the CLI writes; injectable for tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Clock for waiver expiry. */
  readonly now?: Date;
}

export const USAGE = [
  'Usage: cdktf-hardened-oke audit <cdktf.out> [--json | --sarif] [--waivers FILE]',
  '',
  'Runs the hardening control catalog over a synthesized cdktf output (any cdktf app, not only ours).',
  '  --json           print the hardening report as JSON',
  '  --sarif          print SARIF 2.1.0 (for code scanning upload)',
  '  --waivers FILE   JSON file: [{ "controlId", "reason", "scope"?, "expires"? }, ...] or { "waivers": [...] }',
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

/** Entry point of `cdktf-hardened-oke`; returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  const command = args.shift();
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (command !== 'audit') {
    io.stderr(`cdktf-hardened-oke: ${command ? `unknown command "${command}"` : 'missing command'} (try: cdktf-hardened-oke audit cdktf.out)\n`);
    return 2;
  }
  let dir: string | undefined;
  let format: 'text' | 'json' | 'sarif' = 'text';
  let waiversFile: string | undefined;
  while (args.length) {
    const a = args.shift()!;
    if (a === '--json' || a === '--sarif') {
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
    const waivers = waiversFile ? readWaivers(waiversFile) : [];
    const e = evaluate(buildModel(loaded.stacks, loaded.manifests), waivers, io.now ?? new Date());
    const failed = failures(e);
    if (format === 'json') {
      io.stdout(JSON.stringify(reportJson(e), null, 2) + '\n');
    } else if (format === 'sarif') {
      const uriFor = (f: { stack?: string; address: string }) => (f.stack && loaded.stackFiles[f.stack]) ?? (f.address.startsWith('k8s:') ? 'manifests' : 'manifest.json');
      const byObjectFile = new Map(e.model.objects.filter((o) => !o.stack).map((o) => [o.address, o.source]));
      io.stdout(JSON.stringify(toSarif(e, (f) => byObjectFile.get(f.address) ?? uriFor(f)), null, 2) + '\n');
    } else {
      const json = reportJson(e);
      for (const { control, finding } of failed) {
        io.stdout(`FAIL ${control.id} [${control.severity}] ${finding.stack ? finding.stack + ':' : ''}${finding.address}: ${finding.message ?? control.title}\n     Fix: ${control.fix}\n`);
      }
      io.stdout(`${path.resolve(dir)}: ${e.results.length} controls, ${json.summary.pass} pass, ${json.summary.fail} fail, ${json.summary.waived} waived, ${json.summary.notApplicable} not applicable\n`);
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
