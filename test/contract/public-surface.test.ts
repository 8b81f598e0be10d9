/**
 * The package's surface is made on purpose: every barrel lists its exports by name (values with `export {}`,
 * interfaces with `export type {}`), and the package root re-exports exactly what the folder barrels list, so a
 * name added to a folder's barrel and not to lib/index.ts (or the other way round) fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support';

const LIB = path.join(ROOT, 'lib');
const barrels = (function find(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : find(p);
    return e.name === 'index.ts' ? [p] : [];
  });
})(LIB);

/** `{ from: names }` of a barrel's `export [type] { ... } from '...'` statements. */
function listed(file: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/export (?:type )?\{([^}]*)\} from '([^']+)';/g)) {
    out[m[2]] = [...(out[m[2]] ?? []), ...m[1].split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!).filter(Boolean)];
  }
  return out;
}

describe('public surface', () => {
  test.each(barrels.map((b) => [path.relative(ROOT, b)]))('%s lists its exports by name (no `export *` but the oci submodule)', (rel) => {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    expect(text.match(/^export \* from .*$/gm) ?? []).toEqual([]);
    expect((text.match(/^export \* as (\w+) from .*$/gm) ?? []).map((l) => l.split(' ')[3])).toEqual(rel === 'lib/index.ts' ? ['oci'] : []);
  });

  test('the package root re-exports exactly what each folder barrel lists', () => {
    const root = listed(path.join(LIB, 'index.ts'));
    for (const folder of ['network', 'encryption', 'access', 'cluster', 'compute', 'addons', 'kubernetes', 'supply-chain', 'observability', 'storage', 'compliance', 'testing']) {
      const own = Object.values(listed(path.join(LIB, folder, 'index.ts'))).flat().sort();
      expect({ folder, names: (root[`./${folder}`] ?? []).slice().sort() }).toEqual({ folder, names: own });
    }
  });

  test('helpers that are not API stay out of the package root', () => {
    const lib = require('../../lib');
    for (const name of ['helmReleaseSpec', 'mountTargetRules', 'FSS_PORTS', 'renderMountTargetRule', 'fileStorageCsiStatements', 'vaultSecretStatements']) {
      expect({ name, exported: name in lib }).toEqual({ name, exported: false });
    }
  });
});
