/**
 * What `npm run synth` of the example loads (scripts/synth-example.js on ts-node): the library from its sources, the
 * `yaml` package it writes manifests with, and not cdk8s (a peer dependency only for users' own charts).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, TS_NODE } from '../support';

/** Module files a synth of `example` loads, and the stacks it wrote. */
function synthLoads(example: string): { loaded: string[]; stacks: string[] } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-synth-loads-'));
  try {
    const probe = path.join(cwd, 'probe.js');
    fs.writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync('loaded.json', JSON.stringify(Object.keys(require.cache))));\n");
    execFileSync(process.execPath, ['-r', probe, path.join(ROOT, 'scripts', 'synth-example.js'), path.join(ROOT, 'examples', example, 'main.ts')],
      { cwd, stdio: 'pipe', env: TS_NODE.env({ JEST_WORKER_ID: '' }) });
    const loaded: string[] = JSON.parse(fs.readFileSync(path.join(cwd, 'loaded.json'), 'utf8'));
    const relative = loaded.map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
    return { loaded: relative, stacks: fs.readdirSync(path.join(cwd, 'cdktf.out', 'stacks')).sort() };
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

describe('what a synth loads', () => {
  const { loaded, stacks } = synthLoads('hardened-cluster');

  test('the synth is complete', () => {
    expect(stacks).toEqual(['prod', 'prod-prod-k8s']);
    expect(loaded).toContain('lib/hardened-cluster/hardened-cluster.ts');
  });

  test('the library runs from its TypeScript sources, also when a build left JavaScript next to them', () => {
    expect(loaded.filter((f) => /^lib\/.+\.js$/.test(f))).toEqual([]);
  });

  test('manifests are written by the yaml package; cdk8s is not loaded', () => {
    expect(loaded.some((f) => /node_modules\/yaml\//.test(f))).toBe(true);
    expect(loaded.filter((f) => /node_modules\/(.+\/)?(cdk8s|cdk8s-plus-\d+)\//.test(f))).toEqual([]);
  });
});
