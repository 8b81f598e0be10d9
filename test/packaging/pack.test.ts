/**
 * What `npm pack` publishes. `npm test` runs on a fresh clone before any build, so the test checks both what can
 * be checked without a build (the "files" globs against the repository and main/types/bin, the documents and
 * schemas, nothing that must stay private) and, once jsii has compiled lib/, that every compiled module ships
 * with its declarations and the .jsii assembly.
 *   PACKAGING_ROOT=<a built copy of the repo> npx jest test/packaging   checks another tree (e.g. a CI build).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(process.env.PACKAGING_ROOT ?? path.join(__dirname, '..', '..'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const built = fs.existsSync(path.join(ROOT, 'lib', 'index.js'));

/** Paths `npm pack --dry-run` would put in the tarball (no lifecycle scripts run). */
function packList(): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  return (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path.split(path.sep).join('/')).sort();
}

/** npm's "files" globs as regular expressions (enough for the patterns package.json uses). */
function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/\/$/, '/**').split(/(\*\*\/|\*\*|\*|\?)/).map((part) => {
    if (part === '**/') return '(?:.*/)?';
    if (part === '**') return '.*';
    if (part === '*') return '[^/]*';
    if (part === '?') return '[^/]';
    return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return new RegExp(`^${body}(?:/.*)?$`);
}

/** True when the "files" field would include `file` (later negations win, as in npm). */
export function filesFieldIncludes(files: string[], file: string): boolean {
  let included = false;
  for (const entry of files) {
    const negated = entry.startsWith('!');
    if (globToRegExp(negated ? entry.slice(1) : entry).test(file)) included = !negated;
  }
  return included;
}

function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '.git' ? [] : walk(dir, p);
    return [p];
  });
}

/** Must never ship: tests and fixtures, caches, synth output, build configuration, CI, sources of the bench. */
const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'tests', pattern: /(^|\/)(test|tests|__tests__)\// },
  { what: 'test files', pattern: /\.test\.(t|j)s$|\.test\.d\.ts$/ },
  { what: 'snapshots', pattern: /(^|\/)__snapshots__\// },
  { what: 'fixtures', pattern: /(^|\/)fixtures?\// },
  { what: 'caches', pattern: /(^|\/)(\.cache|\.jest-cache|coverage|\.nyc_output|node_modules|\.terraform)\// },
  { what: 'synth output', pattern: /(^|\/)cdktf\.out\// },
  { what: 'TypeScript build configuration', pattern: /(^|\/)tsconfig[^/]*\.json$|\.tsbuildinfo$/ },
  { what: 'CI configuration', pattern: /^\.ci\/|^\.github\// },
  { what: 'jsii packages', pattern: /^dist\/|\.tgz$/ },
  { what: 'bench and examples', pattern: /^bench\/|^examples\// },
  { what: 'Terraform state', pattern: /\.tfstate(\.backup)?$/ },
];

/** "files" entries that only exist after a build, or optionally. */
const BUILD_OUTPUTS = ['.jsii', 'lib/**/*.js', 'lib/**/*.js.map', 'lib/**/*.d.ts'];
const OPTIONAL = ['vendor/', 'CHANGELOG.md'];

describe('npm pack contents', () => {
  const list = packList();
  const repo = walk(ROOT);
  const files: string[] = pkg.files;

  test('ships the documents, the licence, package.json and the provider schemas', () => {
    for (const f of ['README.md', 'LICENSE', 'API.md', 'package.json']) {
      expect({ file: f, inRepo: fs.existsSync(path.join(ROOT, f)), packed: list.includes(f) }).toEqual({ file: f, inRepo: true, packed: true });
    }
    // The committed provider schema ships with the bindings generated from it.
    const schemas = repo.filter((f) => /^schema\/[^/]+\.json$/.test(f));
    expect(schemas.length).toBeGreaterThan(0);
    for (const s of schemas) expect({ schema: s, packed: list.includes(s) }).toEqual({ schema: s, packed: true });
  });

  test('bundles its one non-jsii run-time dependency, yaml (jsii requires non-jsii dependencies bundled)', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['yaml']);
    expect(pkg.bundledDependencies).toEqual(['yaml']);
    expect(list).toContain('node_modules/yaml/package.json');
  });

  test('ships nothing private: no tests, fixtures, caches, synth output, tsconfig or CI', () => {
    // Bundled dependencies ship under node_modules/<name>/ and are checked above.
    const bundled = (f: string) => (pkg.bundledDependencies ?? []).some((d: string) => f.startsWith(`node_modules/${d}/`));
    const leaks = list.filter((f) => !bundled(f)).flatMap((f) => FORBIDDEN.filter(({ pattern }) => pattern.test(f)).map(({ what }) => `${f} (${what})`));
    expect(leaks).toEqual([]);
  });

  test('"files" covers main, types and bin, and every entry matches something in the repo', () => {
    for (const entry of [pkg.main, pkg.types, ...Object.values<string>(pkg.bin ?? {})]) {
      const file = entry.replace(/^\.\//, '');
      expect({ entry: file, included: filesFieldIncludes(files, file) }).toEqual({ entry: file, included: true });
    }
    // Compiled output of every library module is included; tests are not (they live in test/, outside "files").
    expect(filesFieldIncludes(files, 'lib/core/errors.js')).toBe(true);
    expect(filesFieldIncludes(files, 'lib/core/errors.d.ts')).toBe(true);
    expect(filesFieldIncludes(files, 'test/hardened-cluster.test.ts')).toBe(false);
    expect(repo.filter((f) => filesFieldIncludes(files, f) && /\.test\.[jt]s$/.test(f))).toEqual([]);
    const dead = files.filter((e) => !e.startsWith('!') && ![...BUILD_OUTPUTS, ...OPTIONAL].includes(e))
      .filter((e) => !repo.some((f) => globToRegExp(e).test(f)));
    expect(dead).toEqual([]);
    // What the repo holds under a "files" glob is what npm packs (no .gitignore or .npmignore surprise).
    const expected = repo.filter((f) => filesFieldIncludes(files, f) && !FORBIDDEN.some(({ pattern }) => pattern.test(f)));
    expect(expected.filter((f) => !list.includes(f))).toEqual([]);
  });

  test('every exports entry point ships, has types, and node10 (typesVersions) sees the same subpaths', () => {
    const entries = Object.entries<any>(pkg.exports).filter(([k]) => !k.includes('*') && k !== './package.json');
    expect(entries.map(([k]) => k).sort()).toEqual(['.', './errors', './oci', './testing', './testing/jest']);
    for (const [subpath, target] of entries) {
      for (const file of [target.types, target.default].map((f: string) => f.replace(/^\.\//, ''))) {
        // Each target is compiled from a source file in lib/ and included by "files".
        expect({ subpath, file, source: fs.existsSync(path.join(ROOT, file.replace(/\.d\.ts$|\.js$/, '.ts'))), included: filesFieldIncludes(files, file) })
          .toEqual({ subpath, file, source: true, included: true });
        if (built) expect({ file, packed: list.includes(file) }).toEqual({ file, packed: true });
      }
    }
    const nonRoot = entries.filter(([k]) => k !== '.');
    expect(Object.fromEntries(nonRoot.map(([k, t]) => [k.slice(2), [t.types.slice(2)]]))).toEqual(pkg.typesVersions['*']);
    // Deep paths are exported only with their file name; an extension-less pattern would map to a missing file.
    expect(Object.keys(pkg.exports).filter((k) => k.includes('*'))).toEqual(['./lib/*.js']);
    // A tarball or git dependency is built before packing, so it never lacks .jsii or lib/*.js.
    expect(pkg.scripts.prepack).toMatch(/npm run (compile|build)/);
  });

  (built ? test : test.skip)('after a build: every compiled module ships with its declarations, its source map, and the .jsii assembly', () => {
    const compiled = repo.filter((f) => /^lib\/.+\.js$/.test(f) && fs.existsSync(path.join(ROOT, f.replace(/\.js$/, '.ts'))));
    expect(compiled.length).toBeGreaterThan(0);
    // Source maps are files of their own (tsconfig sourceMap, not inlineSourceMap): a module loads without parsing
    // its map, and `node --enable-source-maps` still points at the TypeScript line.
    const missing = compiled.flatMap((js) => [js, js.replace(/\.js$/, '.d.ts'), `${js}.map`]).filter((f) => !list.includes(f));
    expect(missing).toEqual([]);
    for (const f of [pkg.main, pkg.types]) expect({ file: f, packed: list.includes(f) }).toEqual({ file: f, packed: true });
    expect({ file: '.jsii', inRepo: fs.existsSync(path.join(ROOT, '.jsii')), packed: list.includes('.jsii') }).toEqual({ file: '.jsii', inRepo: true, packed: true });
  });

  (built ? test : test.skip)('after a build: the package entry exports the `oci` bindings (jsii submodule), and they work', () => {
    const probe = [
      `const lib = require(${JSON.stringify(path.join(ROOT, 'lib', 'index.js'))});`,
      `const oci = require(${JSON.stringify(path.join(ROOT, 'lib', 'oci.js'))});`,
      'const cls = lib.oci.containerengineCluster.ContainerengineCluster;',
      'console.log(JSON.stringify({ binding: cls.tfResourceType, same: oci.containerengineCluster.ContainerengineCluster === cls }));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ binding: 'oci_containerengine_cluster', same: true });
  });
});
