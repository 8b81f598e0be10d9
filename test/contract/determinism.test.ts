/**
 * Determinism across runs and machines: every file of a synth (stacks, manifests, reports, whatever the library
 * writes) is free of timestamps, random ids and absolute paths, and a synth in another process, from another
 * working directory, at another time, is byte-identical.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listFiles, ROOT, synthApp, SynthesizedApp, tempDir, TS_NODE } from '../support';

const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((name) => fs.existsSync(path.join(ROOT, 'examples', name, 'main.ts'))).sort();

/** What must never appear in output; each pattern explains itself in the failure message. */
export const NON_DETERMINISTIC: { what: string; pattern: RegExp }[] = [
  { what: 'an ISO 8601 timestamp', pattern: /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?/ },
  { what: 'a Date.toString() timestamp', pattern: /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2} \d{4}\b/ },
  { what: 'an epoch time in milliseconds (Date.now())', pattern: /(?<![\d.])1[6-9]\d{11}(?![\d.])/ },
  { what: 'a UUID (random id)', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/i },
];

/** Absolute paths of this machine that a synth could leak (not bare /tmp: manifests legitimately mount it). */
function machinePaths(outdir: string): string[] {
  const home = os.homedir();
  const real = fs.existsSync(outdir) ? fs.realpathSync(outdir) : outdir;
  return [outdir, real, ROOT, process.cwd(), ...(home && home !== '/' ? [home] : [])]
    .filter((p, i, all) => p.length > 1 && all.indexOf(p) === i);
}

export function findNonDeterminism(file: string, content: string, outdir: string): string[] {
  const problems: string[] = [];
  for (const { what, pattern } of NON_DETERMINISTIC) {
    const m = pattern.exec(content);
    if (m) problems.push(`${file}: ${what} "${m[0]}" near "${content.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20)}"`);
  }
  for (const p of machinePaths(outdir)) {
    const i = content.indexOf(p);
    if (i >= 0) problems.push(`${file}: absolute path "${p}" near "${content.slice(Math.max(0, i - 60), i + p.length + 20)}"`);
  }
  return problems;
}

function synthExample(name: string, outdir?: string): SynthesizedApp {
   
  return synthApp(require(path.join(ROOT, 'examples', name, 'main')).buildExampleApp, outdir);
}

describe.each(EXAMPLES)('deterministic output of examples/%s', (name) => {
  const app = synthExample(name);
  afterAll(() => app.cleanup());

  test('no file holds a timestamp, a random id or an absolute path', () => {
    expect(app.files.length).toBeGreaterThan(1);
    const problems = app.files.flatMap((f) => findNonDeterminism(f, fs.readFileSync(path.join(app.outdir, f), 'utf8'), app.outdir));
    expect(problems).toEqual([]);
  });

  test('a synth in another process, working directory and time is byte-identical', () => {
    const other = tempDir('oke-determinism-');
    try {
      // A different cwd, TMPDIR and clock than this jest worker; JEST_WORKER_ID unset would synth to ./cdktf.out.
      const script = `require(${JSON.stringify(path.join(ROOT, 'examples', name, 'main.ts'))}).buildExampleApp(${JSON.stringify(other)}).synth();`;
      execFileSync(process.execPath, [...TS_NODE.args, '-e', script], {
        cwd: os.homedir() && fs.existsSync(os.homedir()) ? os.homedir() : '/',
        env: TS_NODE.env({ JEST_WORKER_ID: '1', TMPDIR: other, TZ: 'Pacific/Kiritimati' }),
        stdio: 'pipe',
      });
      const files = listFiles(other).map((f) => path.relative(other, f).split(path.sep).join('/'));
      expect(files).toEqual(app.files);
      const different = files.filter((f) => !fs.readFileSync(path.join(other, f)).equals(fs.readFileSync(path.join(app.outdir, f))));
      expect(different).toEqual([]);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

test('the scanner catches each kind of non-determinism', () => {
  const outdir = '/tmp/oke-x';
  const cases = [
    '{"created": "2026-11-26T15:14:31.123Z"}',
    '{"at": "Thu Nov 26 2026 15:14:31 GMT+0000"}',
    '{"nonce": 1764170071123}',
    '{"id": "3b241101-e2bb-4255-8caf-4136c566a962"}',
    `{"path": "${ROOT}/lib/index.ts"}`,
  ];
  for (const content of cases) expect({ content, found: findNonDeterminism('f', content, outdir).length }).toEqual({ content, found: 1 });
  // Deterministic look-alikes pass: cdktf's logical-id hashes, versions, CIDRs, a plain date (e.g. a waiver expiry).
  expect(findNonDeterminism('f', '{"a": "oci_kms_key.prod_keys_secrets_3C3C2A11", "v": "v1.33.1", "c": "10.0.0.0/16", "expires": "2027-01-31", "n": 1000000}', outdir)).toEqual([]);
});
