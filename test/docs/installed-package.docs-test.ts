/**
 * Docs as tests, against the package as users get it: `npm pack` (its prepack builds with jsii), the tarball and
 * the peer dependencies installed into a fresh app outside the repository, then every TypeScript snippet of the
 * documentation (test/docs/snippets.ts) compiled under moduleResolution node16, node10 and bundler, app snippets
 * run with node (they must synthesize, and `cdktf-hardened-oke audit` must agree), jest snippets run under jest.
 * Not part of `npm test` (it needs the registry or a warm npm cache, and about two minutes); CI runs it after the
 * build:   npx jest -c test/docs/jest.docs.config.js
 */
import { execFileSync, ExecFileSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DOCUMENTED_FILES, extractSnippets, Snippet } from './snippets';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = { ...process.env, CHECKPOINT_DISABLE: '1', npm_config_update_notifier: 'false', CI: 'true' };

function run(cmd: string, args: string[], opts: ExecFileSyncOptions & { cwd: string }): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env, maxBuffer: 64 << 20, ...opts }) as string;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; status?: number };
    throw new Error(`${cmd} ${args.join(' ')} (in ${opts.cwd}) exited ${e.status}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

const snippets: Snippet[] = DOCUMENTED_FILES.flatMap((f) => extractSnippets(fs.readFileSync(path.join(ROOT, f), 'utf8'), f))
  .filter((s) => s.kind !== 'fragment');
const fileName = (s: Snippet) => `${s.file.replace(/[^A-Za-z0-9]+/g, '_')}_L${s.line}${s.kind === 'jest' ? '.test' : ''}.ts`;

let app: string;
let packed: string[];

beforeAll(() => {
  app = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hardened-oke-docs-'));
  // The prepack script (jsii) prints to the same stdout: the JSON starts at the first line that is just "[".
  const packText = run(npm, ['pack', '--json', '--pack-destination', app], { cwd: ROOT });
  const packOut = JSON.parse(packText.slice(packText.search(/^\[$/m)))[0];
  packed = packOut.files.map((f: { path: string }) => f.path);
  const dev = pkg.devDependencies;
  const peers = Object.fromEntries(Object.keys(pkg.peerDependencies).map((p) => [p, dev[p]]));
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({
    name: 'docs-app', private: true, version: '0.0.0',
    // cdk8s-plus-34 is no peer (the library never loads it): the README's cdk8s chart snippet uses it.
    dependencies: { 'cdktf-hardened-oke': `file:./${packOut.filename}`, ...peers, 'cdk8s-plus-34': dev['cdk8s-plus-34'] },
    devDependencies: {
      'typescript': dev.typescript, 'jest': dev.jest, '@types/jest': dev['@types/jest'], '@types/node': dev['@types/node'],
      // lib/testing/README.md "Setting up jest": the transform it documents.
      '@swc/jest': dev['@swc/jest'], '@swc/core': dev['@swc/core'],
    },
  }, null, 2));
  run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app });
  fs.mkdirSync(path.join(app, 'src'));
  for (const s of snippets) fs.writeFileSync(path.join(app, 'src', fileName(s)), `// ${s.file}:${s.line}\n${s.code}`);
  const base = { target: 'ES2022', strict: true, skipLibCheck: true, esModuleInterop: true, types: ['node', 'jest'], rootDir: 'src' };
  const configs: Record<string, object> = {
    node16: { ...base, module: 'node16', moduleResolution: 'node16', outDir: 'out' },
    node10: { ...base, module: 'commonjs', moduleResolution: 'node10', noEmit: true },
    bundler: { ...base, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
  };
  for (const [name, compilerOptions] of Object.entries(configs)) {
    fs.writeFileSync(path.join(app, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
  }
  fs.writeFileSync(path.join(app, 'jest.config.js'), "module.exports = { testEnvironment: 'node', roots: ['<rootDir>/out'], testMatch: ['**/*.test.js'] };\n");
}, 600_000);

afterAll(() => {
  if (app && !process.env.KEEP_DOCS_APP) fs.rmSync(app, { recursive: true, force: true });
});

test('the tarball is complete without a prior build: .jsii, compiled entry points and declarations', () => {
  for (const f of ['.jsii', 'lib/index.js', 'lib/index.d.ts', 'lib/oci.js', 'lib/errors.js', 'lib/testing/jest.js', 'lib/compliance/cli.js', 'bin/cdktf-hardened-oke.js']) {
    expect({ f, packed: packed.includes(f) }).toEqual({ f, packed: true });
  }
});

test('there is something to run', () => {
  expect(snippets.filter((s) => s.kind === 'app').length).toBeGreaterThan(0);
  expect(snippets.filter((s) => s.kind === 'jest').length).toBeGreaterThan(0);
});

test.each(['node16', 'node10', 'bundler'])('every snippet compiles with moduleResolution %s', (name) => {
  run(process.execPath, [path.join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', `tsconfig.${name}.json`], { cwd: app });
}, 300_000);

describe.each(snippets.filter((s) => s.kind === 'app').map((s) => [`${s.file}:${s.line}`, s] as const))('app snippet %s', (_at, s) => {
  test('synthesizes, and audit agrees with synth', () => {
    const dir = path.join(app, 'run', fileName(s).replace(/\.ts$/, ''));
    fs.mkdirSync(dir, { recursive: true });
    run(process.execPath, [path.join(app, 'out', fileName(s).replace(/\.ts$/, '.js'))], { cwd: dir });
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.out', 'hardening-report.json'), 'utf8'));
    expect(report.passed).toBe(true);
    expect(fs.existsSync(path.join(dir, 'cdktf.out', 'manifest.json'))).toBe(true);
    const audit = JSON.parse(run(path.join(app, 'node_modules', '.bin', 'cdktf-hardened-oke'), ['audit', 'cdktf.out', '--json'], { cwd: dir }));
    expect(audit.summary).toEqual(report.summary);
  }, 300_000);
});

test('jest snippets pass under jest in the app', () => {
  run(process.execPath, [path.join(app, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci=false'], { cwd: app });
}, 300_000);

/**
 * README "CDK Terrain": the packed library installed into a fresh app with cdktn aliased as cdktf (dependencies and
 * overrides, exactly as the README's package.json), the README's first app synthesized under Node >= 22.19 (cdktn's
 * engines; CI passes its pinned Node 24 as CDKTN_NODE), and the output compared with cdktf 0.21's apart from metadata.
 */
describe('CDK Terrain recipe (README "CDK Terrain")', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## CDK Terrain'));
  const recipe = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]);

  function nodeForCdktn(): string {
    const [major, minor] = process.versions.node.split('.').map(Number);
    if (major > 22 || (major === 22 && minor >= 19)) return process.execPath;
    const node = process.env.CDKTN_NODE;
    if (!node) throw new Error(`cdktn needs Node >= 22.19 and this is ${process.version}: set CDKTN_NODE to a newer node binary (.ci/run passes its Node 24)`);
    return node;
  }

  /**
   * Every file of a synthesized app except cdktf's manifest and the report, with the "//" metadata removed from the
   * stacks and the app's folder written as <cwd> (cdktf's default local backend of the user's stack is absolute).
   */
  function output(cwd: string): Record<string, unknown> {
    const dir = path.join(cwd, 'cdktf.out');
    const strip = (v: unknown): unknown => typeof v === 'string' ? v.split(cwd).join('<cwd>') : Array.isArray(v) ? v.map(strip)
      : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== '//').map(([k, x]) => [k, strip(x)])) : v;
    const out: Record<string, unknown> = {};
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const f = path.join(d, e.name);
        if (e.isDirectory()) walk(f);
        else {
          const rel = path.relative(dir, f);
          if (rel === 'manifest.json' || /^hardening-report/.test(rel)) continue;
          const text = fs.readFileSync(f, 'utf8');
          out[rel] = rel.endsWith('.tf.json') ? strip(JSON.parse(text)) : text;
        }
      }
    };
    walk(dir);
    return out;
  }

  test('the README example synthesizes under cdktn 0.24 with the same stacks and manifests as under cdktf 0.21', () => {
    const first = snippets.find((s) => s.file === 'README.md' && s.kind === 'app')!;
    const compiled = path.join(app, 'out', fileName(first).replace(/\.ts$/, '.js'));
    const cdktfRun = path.join(app, 'run', 'cdktn-baseline');
    fs.mkdirSync(cdktfRun, { recursive: true });
    run(process.execPath, [compiled], { cwd: cdktfRun });

    const tn = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hardened-oke-cdktn-'));
    try {
      const tarball = fs.readdirSync(app).find((f) => f.endsWith('.tgz'))!;
      fs.copyFileSync(path.join(app, tarball), path.join(tn, tarball));
      const dependencies = { ...recipe.dependencies, 'cdktf-hardened-oke': `file:./${tarball}` };
      fs.writeFileSync(path.join(tn, 'package.json'), JSON.stringify({ name: 'cdktn-app', private: true, version: '0.0.0', dependencies, overrides: recipe.overrides }, null, 2));
      run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: tn });
      // One framework: the app's cdktf and the library's are cdktn.
      const lib = path.dirname(require.resolve('cdktf-hardened-oke/package.json', { paths: [tn] }));
      for (const from of [tn, lib]) {
        const pkgJson = require.resolve('cdktf/package.json', { paths: [from] });
        expect(JSON.parse(fs.readFileSync(pkgJson, 'utf8'))).toMatchObject({ name: 'cdktn', version: '0.24.0' });
      }
      fs.copyFileSync(compiled, path.join(tn, 'main.js'));
      run(nodeForCdktn(), [path.join(tn, 'main.js')], { cwd: tn });
      const report = JSON.parse(fs.readFileSync(path.join(tn, 'cdktf.out', 'hardening-report.json'), 'utf8'));
      expect(report.passed).toBe(true);
      const expected = output(cdktfRun);
      const actual = output(tn);
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      expect(Object.keys(expected).filter((f) => f.endsWith('.tf.json')).length).toBe(2);
      for (const f of Object.keys(expected)) expect({ f, content: actual[f] }).toEqual({ f, content: expected[f] });
    } finally {
      if (!process.env.KEEP_DOCS_APP) fs.rmSync(tn, { recursive: true, force: true });
    }
  }, 600_000);
});

test('lib/testing/README.md "Setting up jest": its jest.config.js, src/platform.ts and snapshot test pass in a fresh project', () => {
  const md = fs.readFileSync(path.join(ROOT, 'lib/testing/README.md'), 'utf8');
  const section = md.slice(md.indexOf('## Setting up jest'), md.indexOf('## A complete test'));
  const project = path.join(app, 'jest-project');
  fs.mkdirSync(project, { recursive: true });
  fs.writeFileSync(path.join(project, 'jest.config.js'), /```js\n([\s\S]*?)\n```/.exec(section)![1] + '\n');
  fs.writeFileSync(path.join(project, 'tsconfig.json'), /```json\n([\s\S]*?)\n```/.exec(section)![1] + '\n');
  const files = extractSnippets(section, 'lib/testing/README.md').filter((x) => x.kind === 'fragment');
  for (const f of files) {
    const file = /^\/\/ (\S+)/.exec(f.code)![1];
    fs.mkdirSync(path.join(project, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(project, file), f.code);
  }
  expect(fs.existsSync(path.join(project, 'src', 'platform.ts')) && fs.existsSync(path.join(project, 'test', 'platform.test.ts'))).toBe(true);
  const jest = path.join(app, 'node_modules', 'jest', 'bin', 'jest.js');
  run(process.execPath, [jest, '--ci=false'], { cwd: project });
  // The snapshot written by the first run matches on the next one (what CI runs with --ci).
  expect(fs.existsSync(path.join(project, 'test', '__snapshots__', 'platform.test.ts.snap'))).toBe(true);
  run(process.execPath, [jest, '--ci'], { cwd: project });
  // The tsconfig the section gives type-checks the project with jest's types.
  fs.writeFileSync(path.join(project, 'main.ts'), "import { App } from 'cdktf';\nimport { platform } from './src/platform';\nconst app = new App();\nplatform(app);\napp.synth();\n");
  run(process.execPath, [path.join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: project });
}, 300_000);
