#!/usr/bin/env node
// `npm run bench`: measures synthesis speed, scaling, import time and the test suite's wall time, prints the
// figures and writes bench/RESULTS.md. Targets are reported, never enforced: the exit code is non-zero only when
// something crashes. Every figure comes from fresh child processes, and each is compared with a baseline
// measured the same way in the same run.
//   node bench/run.js [--runs N] [--skip-tests] [--scale 1,10,50]
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const NODE = process.execPath;
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Math.max(5, Number(opt('--runs', 9)));
const SCALE = opt('--scale', '1,10,50').split(',').map(Number);
const SKIP_TESTS = args.includes('--skip-tests');
const FLEET = Number(opt('--fleet', 100));
// --only fleet: just the fleet measurement, printed (RESULTS.md is written by full runs only).
const ONLY = opt('--only', '');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-bench-'));
const env = { ...process.env, CHECKPOINT_DISABLE: '1', JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' };
delete env.JEST_WORKER_ID; // the example synthesizes on import only outside jest

const log = (...a) => console.log(...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;

/** Runs a command, returns wall time (ms), stdout and peak RSS of the child (kB, from /usr/bin/time when present). */
function timed(cmd, argv, options = {}) {
  const useTime = fs.existsSync('/usr/bin/time');
  const file = useTime ? '/usr/bin/time' : cmd;
  const fullArgs = useTime ? ['-f', '__MAXRSS__%M', cmd, ...argv] : argv;
  const start = process.hrtime.bigint();
  const r = spawnSync(file, fullArgs, { cwd: options.cwd ?? ROOT, env: options.env ?? env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /__MAXRSS__(\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && !options.allowFailure) {
    throw new Error(`${cmd} ${argv.join(' ')} exited with ${r.status}:\n${(r.stderr ?? '').replace(/__MAXRSS__\d+\s*$/, '').slice(-3000)}`);
  }
  return { wall, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, maxRssKb: rss ? Number(rss[1]) : undefined };
}

function lastJson(stdout) {
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  return JSON.parse(line);
}

function countResources(outdir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  let resources = 0;
  const stacks = Object.keys(manifest.stacks);
  for (const name of stacks) {
    const json = JSON.parse(fs.readFileSync(path.join(outdir, manifest.stacks[name].synthesizedStackPath), 'utf8'));
    for (const section of ['resource', 'data']) for (const byName of Object.values(json[section] ?? {})) resources += Object.keys(byName).length;
  }
  return { stacks: stacks.length, resources };
}

const results = [];
const rows = [];
function row(metric, figure, target, ok, note = '') {
  rows.push({ metric, figure, target, status: ok === undefined ? '—' : ok ? 'met' : 'missed', note });
  log(`  ${metric}: ${figure}${target ? ` (target ${target}: ${ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED'})` : ''}${note ? ` — ${note}` : ''}`);
}

/** True when jsii's JavaScript exists for every library source and is newer than it. */
function compiledUpToDate() {
  const stale = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const js = p.slice(0, -3) + '.js';
        if (!fs.existsSync(js) || fs.statSync(js).mtimeMs < fs.statSync(p).mtimeMs) stale.push(path.relative(ROOT, p));
      }
    }
  };
  walk(path.join(ROOT, 'lib'));
  return stale;
}

/**
 * A copy of the repository whose lib/ is plain JavaScript, for when jsii's output is missing or stale: every
 * library source transpiled by swc (same JavaScript semantics as tsc; jsii adds only the assembly).
 */
function precompiledCopy() {
  const { transformSync } = require('@swc/core');
  const copy = path.join(work, 'precompiled');
  const skip = new Set(['node_modules', '.git', 'cdktf.out', 'dist', 'bench']);
  const copyDir = (from, to) => {
    fs.mkdirSync(to, { recursive: true });
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      if (skip.has(e.name)) continue;
      const [src, dst] = [path.join(from, e.name), path.join(to, e.name)];
      if (e.isDirectory()) copyDir(src, dst);
      else if (e.isFile()) {
        fs.copyFileSync(src, dst);
        if (src.startsWith(path.join(ROOT, 'lib') + path.sep) && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
          const source = fs.readFileSync(src, 'utf8');
          const { code } = transformSync(source, {
            filename: src, module: { type: 'commonjs' }, jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2020' },
          });
          fs.writeFileSync(dst.slice(0, -3) + '.js', code);
        }
      }
    }
  };
  copyDir(ROOT, copy);
  copyDir(__dirname, path.join(copy, 'bench'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

// (a) Cold synth of the example vs a bare app with the same resources and bindings.
function coldSynthIn(mode, root = ROOT, how = '') {
  const compiled = mode === 'compiled';
  const synthScript = path.join(root, 'scripts', 'synth-example.js');
  const example = path.join(root, 'examples', 'hardened-cluster', 'main.ts');
  const bareScript = path.join(root, 'bench', 'bare-app.js');
  // BENCH_COMPILED=1: ts-node runs only the example's TypeScript; the library loads from its compiled JavaScript.
  const modeEnv = { ...env, BENCH_COMPILED: compiled ? '1' : '0' };
  const label = compiled ? `compiled library${how}`
    : 'from TypeScript sources (`npm run synth`, ts-node)';
  const short = compiled ? 'compiled' : 'from sources';
  log(`\n(a) cold synth, ${label}: median of ${RUNS} fresh processes each, interleaved`);
  const reference = fs.mkdtempSync(path.join(work, 'reference-'));
  timed(NODE, [synthScript, example], { cwd: reference, env: modeEnv });
  const source = path.join(reference, 'cdktf.out');
  const shape = countResources(source);
  const exampleMs = [];
  const bare = [];
  let bareOut;
  for (let i = 0; i < RUNS; i++) {
    // Interleaved so drifts of the machine's speed hit both sides alike. Wall time covers process start to exit,
    // i.e. until every file is written.
    const cwd = fs.mkdtempSync(path.join(work, 'example-'));
    exampleMs.push(timed(NODE, [synthScript, example], { cwd, env: modeEnv }).wall);
    bareOut = path.join(fs.mkdtempSync(path.join(work, 'bare-')), 'cdktf.out');
    bare.push(timed(NODE, [bareScript, source, bareOut], { env: modeEnv }).wall);
  }
  const bareShape = countResources(bareOut);
  if (bareShape.resources !== shape.resources || bareShape.stacks !== shape.stacks) {
    throw new Error(`the bare app does not reproduce the example: ${JSON.stringify(bareShape)} vs ${JSON.stringify(shape)}`);
  }
  const ratio = median(exampleMs) / median(bare);
  results.push({ coldSynth: { mode, example: exampleMs, bare, ratio, shape } });
  row(`Cold synth of the example, ${label}`, `${ms(median(exampleMs))} (${shape.stacks} stacks, ${shape.resources} resources + data sources)`, '', undefined,
    `runs: ${exampleMs.map(Math.round).join(', ')} ms`);
  row(`Bare cdktf app, same resources and bindings, ${compiled ? 'compiled' : 'ts-node'}`, ms(median(bare)), '', undefined, `runs: ${bare.map(Math.round).join(', ')} ms`);
  row(`Cold synth ratio example / bare, ${short}`, ratio.toFixed(2), '≤ 1.30', ratio <= 1.3);
}

function coldSynth() {
  const stale = compiledUpToDate();
  if (stale.length === 0) coldSynthIn('compiled', ROOT, ' (jsii output)');
  else {
    log(`\nlib/*.js missing or older than its sources (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}): using a copy precompiled with swc`);
    coldSynthIn('compiled', precompiledCopy(), ' (lib/ precompiled by the bench: jsii output stale)');
  }
  coldSynthIn('sources');
}

// (b) Scaling: N clusters in one app.
function scaling() {
  log('\n(b) scaling: N clusters (own stack each, 2 node pools, plus the stacks HardenedCluster adds) in one app');
  const runsFor = (n) => (n <= 1 ? 3 : 1);
  const byN = {};
  const hi = Math.max(...SCALE);
  let bareAtHi;
  for (const n of SCALE) {
    const samples = [];
    for (let i = 0; i < runsFor(n); i++) {
      const out = path.join(fs.mkdtempSync(path.join(work, `scale-${n}-`)), 'cdktf.out');
      const r = timed(NODE, [path.join(__dirname, 'scale-app.js'), String(n), out]);
      const j = lastJson(r.stdout);
      samples.push({ wall: r.wall, inProcess: j.ms, maxRssKb: r.maxRssKb ?? j.maxRssKb, stacks: j.stacks, waived: j.waived });
      if (n === hi && i === 0) {
        // The same stacks from a bare cdktf app: what plain cdktf costs at this size.
        const bareDir = fs.mkdtempSync(path.join(work, `bare-scale-${n}-`));
        const bare = timed(NODE, [path.join(__dirname, 'bare-app.js'), out, path.join(bareDir, 'cdktf.out')]);
        fs.rmSync(bareDir, { recursive: true, force: true });
        bareAtHi = { wall: bare.wall, maxRssKb: bare.maxRssKb };
      }
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
    const inProcess = median(samples.map((s) => s.inProcess));
    byN[n] = { inProcess, perCluster: inProcess / n, wall: median(samples.map((s) => s.wall)), maxRssKb: Math.max(...samples.map((s) => s.maxRssKb)), stacks: samples[0].stacks };
    const waived = samples[0].waived ?? [];
    row(`${n} cluster(s): construct + synth / per cluster`, `${ms(byN[n].inProcess)} / ${ms(byN[n].perCluster)} per cluster`, '', undefined,
      `${byN[n].stacks} stacks; process wall ${ms(byN[n].wall)}; peak RSS ${mb(byN[n].maxRssKb)}${waived.length ? `; ${waived.join(', ')} waived (known multi-cluster issue, see bench/scale-app.js)` : ''}`);
  }
  if (bareAtHi) {
    byN[hi].bare = bareAtHi;
    row(`Bare cdktf app with the same ${hi}-cluster stacks (process wall)`, ms(bareAtHi.wall), '', undefined,
      `peak RSS ${mb(bareAtHi.maxRssKb ?? 0)}; library / bare ${(byN[hi].wall / bareAtHi.wall).toFixed(1)}x at ${hi} clusters`);
  }
  results.push({ scaling: byN });
  const lo = Math.min(...SCALE);
  if (byN[lo] && byN[hi] && hi > lo) {
    const ratio = byN[hi].perCluster / byN[lo].perCluster;
    row(`Per-cluster time at ${hi} / at ${lo}`, ratio.toFixed(2), '≤ 1.20', ratio <= 1.2,
      `marginal cost per added cluster ${ms((byN[hi].inProcess - byN[lo].inProcess) / (hi - lo))}`);
    row(`Peak memory at ${hi} clusters`, mb(byN[hi].maxRssKb), '< 1024 MB', byN[hi].maxRssKb < 1024 * 1024);
  }
}

// (c) Import time of the package entry point and the testing entry.
function importTimes() {
  log(`\n(c) import time, median of ${RUNS} fresh processes`);
  const measure = (file, ts) => {
    const samples = [];
    for (let i = 0; i < RUNS; i++) samples.push(lastJson(timed(NODE, [path.join(__dirname, 'import-time.js'), file, ...(ts ? ['--ts'] : [])]).stdout));
    return { ms: median(samples.map((s) => s.ms)), hookMs: median(samples.map((s) => s.hookMs)), rssKb: median(samples.map((s) => s.rssKb)) };
  };
  const entries = [
    ['Package entry lib/index.ts (ts-node, no build)', 'lib/index.ts', true, '< 400 ms'],
    ['Package entry lib/index.js (compiled by jsii)', 'lib/index.js', false, '< 400 ms'],
    ['Testing entry lib/testing/index.ts (ts-node)', 'lib/testing/index.ts', true, ''],
    ['Testing entry lib/testing/index.js (compiled)', 'lib/testing/index.js', false, ''],
  ];
  const out = {};
  const stale = compiledUpToDate().length > 0;
  for (const [label, file, ts, target] of entries) {
    if (!fs.existsSync(path.join(ROOT, file))) {
      row(label, 'not present', target, undefined, file.endsWith('.js') ? 'run `npm run compile` first to measure it' : 'module not written yet');
      continue;
    }
    const m = measure(file, ts);
    out[file] = m;
    const staleNote = !ts && stale ? 'jsii output older than some sources (run `npm run compile` for a current figure); ' : '';
    row(label, ms(m.ms), target, target ? m.ms < 400 : undefined, `${staleNote}${ts ? `plus ${ms(m.hookMs)} to register ts-node; ` : ''}RSS after import ${mb(m.rssKb)}`);
  }
  results.push({ importTimes: out });
}

// (d) The test suite's wall time.
function testSuite() {
  log('\n(d) test suite: `npx jest` once');
  const r = timed(NODE, [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci'], { allowFailure: true, env: { ...env, CI: 'true' } });
  const summary = /Tests:\s+([^\n]+)/.exec(r.stderr)?.[1]?.trim() ?? 'no summary';
  const suites = /Test Suites:\s+([^\n]+)/.exec(r.stderr)?.[1]?.trim() ?? '';
  results.push({ testSuite: { wall: r.wall, status: r.status, summary, suites } });
  row(`Test suite wall time (${os.cpus().length} cores, jest maxWorkers from jest.config.js)`, ms(r.wall), '< 60000 ms', r.wall < 60000,
    `${suites ? `suites ${suites}; ` : ''}tests ${summary}${r.status === 0 ? '' : ' (jest exited non-zero)'}`);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown', cores: cpus.length, memoryGb: (os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version, platform: `${os.type()} ${os.release()} ${os.arch()}`, date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}

function writeResults(m, totalMs) {
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.js) on ${m.date}; the whole run took ${Math.round(totalMs / 1000)} s.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory (${m.platform})`,
    `- Node.js ${m.node}`,
    '',
    '| Metric | Figure | Target | Status | Notes |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${esc(r.metric)} | ${esc(r.figure)} | ${esc(r.target || '—')} | ${r.status} | ${esc(r.note)} |`),
    '',
    '## How the figures are made',
    '',
    '- Every figure comes from fresh `node` child processes; ratios compare two things measured the same way in the',
    '  same run, so they hold across machines better than the absolute times.',
    '- Cold synth: `node scripts/synth-example.js` (what `npm run synth` runs; the example is the main module, as',
    '  under `cdktf synth`) in an empty working directory, from process start until it exits with every file',
    '  written. The baseline (bench/bare-app.js) reads the example\'s',
    '  synthesized stacks and re-creates every resource, data source, provider and output with the same generated',
    '  binding classes, loaded the same way, with the synthesized attributes as overrides: the same',
    '  Terraform JSON without the library\'s validation, defaults, manifests or report. Runs alternate between the two.',
    '  Measured two ways: with the library compiled to JavaScript (what npm users run; jsii\'s lib/*.js when',
    '  current, else a copy of lib/ transpiled by swc in a temporary folder; the example itself on ts-node), and',
    '  from the TypeScript sources on ts-node (swc transpiler, as tsconfig.dev.json configures it); the baseline',
    '  loads its bindings the same way each time.',
    '- Scaling: bench/scale-app.js builds N clusters (one infrastructure stack each, two node pools, plus every stack',
    '  HardenedCluster adds) in one app and synthesizes it; the time is construct + synth after the imports, the',
    '  memory is the child\'s peak resident set (`/usr/bin/time -f %M`, else `process.resourceUsage().maxRSS`).',
    '- Fleet: bench/fleet-app.js builds a `Fleet` of N clusters (half in eu-frankfurt-1, half in us-ashburn-1; two',
    '  Resource Manager stacks each), synthesizes it and packages every stack into a zip as `fleet package` does.',
    '- Import time: `require()` of the entry in a fresh process (bench/import-time.js), ts-node registered first for .ts.',
    '- Test suite: `jest --ci` once, wall time of the whole process.',
    '',
  ];
  fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), lines.join('\n'));
}

/** A Resource Manager fleet of FLEET clusters in two regions: synth + `fleet package`, within the memory bound. */
function fleet() {
  log(`\nFleet (Resource Manager mode, ${FLEET} clusters in two regions, synth + package)`);
  const out = path.join(fs.mkdtempSync(path.join(work, 'fleet-')), 'cdktf.out');
  const r = timed(NODE, [path.join(__dirname, 'fleet-app.js'), String(FLEET), out], { env: { ...env, CDKTF_HARDENED_OKE_QUIET: '1' } });
  const j = lastJson(r.stdout);
  const rss = r.maxRssKb ?? j.maxRssKb;
  row(`Fleet of ${FLEET} clusters in two regions: synth / package`, `${ms(j.synthMs)} / ${ms(j.packageMs)}`, '', undefined,
    `${j.stacks} ORM stacks, ${Math.round(j.zipBytes / 1024)} KB of zips; process wall ${ms(r.wall)}`);
  row(`Peak memory of the ${FLEET}-cluster fleet (synth + package)`, mb(rss), '< 1024 MB', rss < 1024 * 1024);
}

function main() {
  const start = Date.now();
  const m = machine();
  log(`cdktf-hardened-oke benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}`);
  let failed;
  try {
    if (ONLY === 'fleet') {
      fleet();
      return;
    }
    coldSynth();
    scaling();
    fleet();
    importTimes();
    if (!SKIP_TESTS) testSuite();
  } catch (err) {
    failed = err;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (failed) {
    console.error(`\nbench: a measurement crashed (figures so far are not written):\n${failed.stack ?? failed}`);
    process.exit(1);
  }
  writeResults(m, Date.now() - start);
  log(`\nwrote ${path.relative(process.cwd(), path.join(__dirname, 'RESULTS.md')) || 'bench/RESULTS.md'} (${Math.round((Date.now() - start) / 1000)} s)`);
}

main();
