/**
 * What `npm run synth` of the example loads: only what the synth uses (bench/RESULTS.md, cold synth). The package
 * entry's `oci` submodule, the bindings of resources the example does not create, cdk8s and the yaml package stay
 * unloaded; the synth is still complete.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support';

/** Module files a synth of `example` loads, and the stacks it wrote. */
function synthLoads(example: string): { loaded: string[]; stacks: string[] } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-synth-loads-'));
  try {
    const probe = path.join(cwd, 'probe.js');
    fs.writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync('loaded.json', JSON.stringify(Object.keys(require.cache))));\n");
    execFileSync(process.execPath, ['-r', probe, path.join(ROOT, 'scripts', 'synth-example.js'), path.join(ROOT, 'examples', example, 'main.ts')],
      { cwd, stdio: 'pipe', env: { ...process.env, JEST_WORKER_ID: '' } });
    const loaded: string[] = JSON.parse(fs.readFileSync(path.join(cwd, 'loaded.json'), 'utf8'));
    // After a build, a library module is cached under its compiled .js name (the hook still runs the .ts source).
    const relative = loaded.map((f) => path.relative(ROOT, f).split(path.sep).join('/').replace(/^(lib\/.*)\.js$/, '$1.ts'));
    return { loaded: relative, stacks: fs.readdirSync(path.join(cwd, 'cdktf.out', 'stacks')).sort() };
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

describe('what a synth loads', () => {
  const { loaded, stacks } = synthLoads('hardened-cluster');

  test('the synth is complete', () => {
    expect(stacks).toEqual(['prod', 'prod-prod-k8s']);
    expect(loaded).toContain('lib/hardened-cluster.ts');
  });

  test('no cdk8s and no yaml package (the library writes its YAML itself)', () => {
    expect(loaded.filter((f) => /node_modules\/(.+\/)?(cdk8s|cdk8s-plus-\d+|yaml)\//.test(f))).toEqual([]);
  });

  test('not the `oci` submodule index: each construct requires its own bindings', () => {
    expect(loaded).not.toContain('lib/generated/providers/oci/index.ts');
    expect(loaded).toContain('lib/generated/providers/oci/containerengine-cluster/index.ts');
  });

  test('no binding of a resource the example does not create', () => {
    const unused = ['cloud-guard-target', 'audit-configuration', 'artifacts-container-repository', 'containerengine-addon',
      'core-internet-gateway', 'ons-subscription', 'streaming-stream', 'streaming-stream-pool'];
    expect(unused.filter((b) => loaded.includes(`lib/generated/providers/oci/${b}/index.ts`))).toEqual([]);
  });

  test('a construct that needs one of those bindings loads it when created (examples/production)', () => {
    const production = synthLoads('production').loaded;
    expect(production).toContain('lib/generated/providers/oci/containerengine-addon/index.ts');
  });
});
